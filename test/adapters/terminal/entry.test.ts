import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createShellAdapter } from '../../../src/adapters/terminal/entry.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { testCore } from '../../helpers/core.js';

function startShell(lines: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => {
    printed += c.toString('utf8');
  });
  const { core, logger } = testCore();
  const shell = createShellAdapter({ core, config: loadConfig({}), logger }, { input, output });
  return {
    shell,
    run: async () => {
      await shell.start();
      input.end(lines);
      await shell.closed;
      return printed;
    },
  };
}

describe('the shell adapter with piped input', () => {
  it('answers commands and auto-replies to a multi-line paste as one message, then ends on EOF', async () => {
    const paste = [
      '/sockerr 10053',
      'Traceback (most recent call last):',
      '  File "db.py", line 3, in <module>',
      'socket.gaierror: [Errno -2] Name or service not known',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      '',
      'just chatting, nothing to see',
    ].join('\n');
    const printed = await startShell(paste).run();
    expect(printed).toContain('WSAECONNABORTED');
    expect(printed.match(/↳ sockerr, in a thread:/g)).toHaveLength(1);
    expect(printed).toMatch(/2 socket errors in this paste/);
  });

  it('leaves on /quit', async () => {
    const printed = await startShell('/quit\n/sockerr 10054\n').run();
    expect(printed).not.toContain('WSAECONNRESET');
  });

  it('prints no colour codes when not on a terminal', async () => {
    const printed = await startShell('/sockerr 10054\n').run();
    expect(printed).not.toContain('\u001b[');
  });
});
