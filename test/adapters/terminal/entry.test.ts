import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createShellAdapter } from '../../../src/adapters/terminal/entry.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { testCore } from '../../helpers/core.js';
import { eventually } from '../../helpers/eventually.js';

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

  it('answers a chained traceback with blank lines once, not once per block', async () => {
    const paste = [
      'Traceback (most recent call last):',
      '  File "urllib3/connection.py", line 174, in _new_conn',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "urllib3/connectionpool.py", line 699, in urlopen',
      'urllib3.exceptions.NewConnectionError: Failed to establish a new connection: [Errno 111] Connection refused',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded",
    ].join('\n');
    const printed = await startShell(`${paste}\n`).run();
    expect(printed.match(/↳ sockerr, in a thread:/g)).toHaveLength(1);
    expect(printed).not.toContain('explained here a moment ago');
    expect(printed).toContain("`ss -ltnp 'sport = :8000'`");
  });

  it('switches bracketed paste on at a terminal and takes a bracketed paste as one message', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
    const output = new PassThrough();
    let printed = '';
    output.on('data', (c: Buffer) => {
      printed += c.toString('utf8');
    });
    const { core, logger } = testCore();
    const shell = createShellAdapter(
      { core, config: loadConfig({}), logger },
      { input, output, interactive: true, pasteQuietMs: 10_000 },
    );
    await shell.start();
    expect(printed).toContain('\u001b[?2004h');
    input.write('\u001b[200~read ECONNRESET\r\rconnect ECONNREFUSED 127.0.0.1:5432\r\u001b[201~');
    await eventually(() => printed.includes('↳ sockerr'), 'the reply');
    await shell.stop();
    expect(printed.match(/↳ sockerr, in a thread:/g)).toHaveLength(1);
    expect(printed).toMatch(/2 socket errors in this paste/);
    expect(printed).toContain('\u001b[?2004l');
  });

  it('ends quietly, as on EOF, when the reader of its output goes away (EPIPE)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const { core, logger } = testCore();
    const shell = createShellAdapter({ core, config: loadConfig({}), logger }, { input, output });
    await shell.start();
    // What process.stdout does under `npm start | head -1` once head has gone.
    output.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(await shell.closed).toEqual({});
    input.end('/sockerr 10054\n');
    await shell.runCommand('10054');
    expect(output.read()).toBeNull();
  });

  it('ends saying why when its output cannot be written (a full disk), and counts as a failure', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const { core, logger } = testCore();
    const shell = createShellAdapter({ core, config: loadConfig({}), logger }, { input, output });
    await shell.start();
    // What process.stdout does under `npm start > /dev/full`.
    output.emit(
      'error',
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
    );
    expect(await shell.closed).toEqual({
      failure: 'cannot write to standard output: no space left on device (ENOSPC)',
    });
  });

  it('ends saying why when its input cannot be read, and counts as a failure', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const { core, logger } = testCore();
    const shell = createShellAdapter({ core, config: loadConfig({}), logger }, { input, output });
    await shell.start();
    // What process.stdin does when a terminal hangs up under it.
    input.emit('error', Object.assign(new Error('read EIO'), { code: 'EIO' }));
    expect(await shell.closed).toEqual({ failure: 'cannot read standard input: input/output error (EIO)' });
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
