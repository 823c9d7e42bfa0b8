import { readText } from '../../../src/adapters/terminal/read-text.js';
import { type CliIo, runCli } from '../../../src/adapters/terminal/run-cli.js';
import type { Core } from '../../../src/core/index.js';
import { testCore } from '../../helpers/core.js';

/** A core as `bin/sockerr.js` builds one: its answers name commands as a terminal types them. */
export const { core } = testCore({ invoke: 'sockerr' });

/**
 * Runs the CLI in-process, with its streams captured and stdin given as a string; `io` replaces parts
 * of the terminal (a clock, where feedback is read), `on` the core (the shared test core by default).
 */
export async function cli(
  args: string[],
  stdin: string | Buffer = '',
  io: Partial<CliIo> = {},
  on: Core = core,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const terminal: CliIo = {
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
    ...io,
  };
  const code = await runCli(args, on, terminal);
  return { code, out, err };
}
