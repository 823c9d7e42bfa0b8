import { PassThrough } from 'node:stream';
import { createShellAdapter, type ShellAdapter } from '../../../src/adapters/terminal/entry.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { testCore } from '../../helpers/core.js';
import { type AdapterHarness, type ContractReply, describeAdapterContract } from '../adapter-contract.js';

/** Splits what the shell printed into the replies it wrote. */
function readReplies(output: string): ContractReply[] {
  return output
    .split(/\n(?=sockerr \(only you can see this\):| {2}↳ )/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => ({
      text: chunk,
      ephemeral: chunk.startsWith('sockerr (only you'),
      threaded: chunk.startsWith('  ↳'),
      // A terminal cannot notify anyone.
      pings: false,
    }));
}

function shellHarness(): AdapterHarness {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const { core, logger } = testCore();
  const shell: ShellAdapter = createShellAdapter({ core, config: loadConfig({}), logger }, { input, output });
  const capture = async (work: () => Promise<void>) => {
    printed = '';
    await work();
    return readReplies(printed);
  };
  return {
    start: () => shell.start(),
    stop: () => shell.stop(),
    command: (text) => capture(() => shell.runCommand(text)),
    message: ({ id, text, fromBot }) => capture(() => shell.receive({ id, text, fromBot: fromBot ?? false })),
  };
}

describeAdapterContract('shell', shellHarness);
