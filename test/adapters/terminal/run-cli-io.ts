import { readText } from '../../../src/adapters/terminal/read-text.js';
import { type CliIo, runCli } from '../../../src/adapters/terminal/run-cli.js';
import { testCore } from '../../helpers/core.js';

export const { core } = testCore();

// Runs the CLI in-process on the shared test core, with its streams captured and stdin given as a string.
export async function cli(
  args: string[],
  stdin: string | Buffer = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    defaultLang: 'en',
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readText: (source, encoding) => readText(source, [Buffer.from(stdin)], encoding),
    color: false,
    version: '9.9.9',
  };
  const code = await runCli(args, core, io);
  return { code, out, err };
}
