import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/adapters/terminal/read-text.js';
import { ROOT } from '../../helpers/paths.js';
import { processIdle } from '../../helpers/process-idle.js';
import { spawnCli } from '../../helpers/spawn-cli.js';
import { cli } from './run-cli-io.js';

/**
 * Standard input that gives `first`, then waits as `kubectl logs -f` does, until it is let go;
 * `taken` settles once `first` was read and the next piece is asked for.
 */
function endlessInput(first: string) {
  let letGo: () => void = () => {};
  let asked: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  const taken = new Promise<void>((resolve) => {
    asked = resolve;
  });
  async function* readText(): AsyncGenerator<string> {
    yield first;
    asked();
    await released;
    yield 'read ECONNREFUSED after Ctrl-C\n';
  }
  return { readText, taken, letGo: () => letGo() };
}

describe('Ctrl-C while scan reads standard input', () => {
  it('reports the errors read so far, says where it stopped, and lets go of its handler', async () => {
    const input = endlessInput(
      '2025-03-01T10:00:00Z ERROR read ECONNRESET\n2025-03-01T10:00:01Z INFO retry\n',
    );
    let stop: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    let released = false;
    const run = cli(['scan', '-', '--json'], '', {
      readText: input.readText,
      onInterrupt: (handler) => {
        stop = handler;
        return () => {
          released = true;
        };
      },
    });
    // The first piece is read; the next is waited for, as a pipe that never ends is.
    await input.taken;
    expect(stop).toBeDefined();
    stop?.('SIGINT');
    const { code, out, err } = await run;
    input.letGo();
    expect(JSON.parse(out).findings.map((f: { id: string }) => f.id)).toEqual(['10054']);
    expect(err).toBe('sockerr: stopped reading at Ctrl-C, after 2 lines: the errors read follow\n');
    expect(code).toBe(0);
    expect(released).toBe(true);
  });

  it('names SIGTERM when that is what stopped it (a supervisor, `timeout`)', async () => {
    const input = endlessInput('2025-03-01T10:00:00Z ERROR read ECONNRESET\n');
    let stop: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const run = cli(['scan', '-'], '', {
      readText: input.readText,
      onInterrupt: (handler) => {
        stop = handler;
        return () => {};
      },
    });
    await input.taken;
    stop?.('SIGTERM');
    const { code, err } = await run;
    input.letGo();
    expect(err).toBe('sockerr: stopped reading at SIGTERM, after 1 line: the errors read follow\n');
    expect(code).toBe(0);
  });

  it('reports a first line shorter than any compression’s magic, typed then left at Ctrl-C', async () => {
    // At a terminal: `EPIPE`, Enter, then Ctrl-C rather than Ctrl-D. Its 6 bytes are all there is.
    let asked: () => void = () => {};
    const taken = new Promise<void>((resolve) => {
      asked = resolve;
    });
    let letGo: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    async function* typed() {
      yield Buffer.from('EPIPE\n');
      asked();
      await released;
    }
    let stop: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const run = cli(['scan', '-', '--json'], '', {
      readText: (source, encoding) => readText(source, typed(), encoding),
      onInterrupt: (handler) => {
        stop = handler;
        return () => {};
      },
    });
    await taken;
    stop?.('SIGINT');
    const { code, out, err } = await run;
    letGo();
    expect(err).toBe('sockerr: stopped reading at Ctrl-C, after 1 line: the errors read follow\n');
    expect(JSON.parse(out).findings.map((f: { id: string }) => f.id)).toEqual(['EPIPE']);
    expect(code).toBe(0);
  });

  it('counts a line begun but not ended among the lines read', async () => {
    const input = endlessInput('2025-03-01T10:00:00Z INFO up\nconnect ECONNREFUSED 10.0.0.5:5432');
    let stop: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const run = cli(['scan', '-'], '', {
      readText: input.readText,
      onInterrupt: (handler) => {
        stop = handler;
        return () => {};
      },
    });
    await input.taken;
    stop?.('SIGINT');
    const { code, err } = await run;
    input.letGo();
    expect(err).toBe('sockerr: stopped reading at Ctrl-C, after 2 lines: the errors read follow\n');
    expect(code).toBe(0);
  });

  it('is not watched for a file, and is taken back when standard input ends', async () => {
    const asked: string[] = [];
    let released = 0;
    const io = {
      onInterrupt: () => {
        asked.push('watched');
        return () => {
          released++;
        };
      },
    };
    const file = join(ROOT, 'test/fixtures/corpus/dev.jsonl');
    expect((await cli(['scan', file, '--json'], '', io)).code).toBe(0);
    expect(asked).toEqual([]);
    const piped = await cli(['scan', '-'], 'connect ECONNREFUSED 10.0.0.5:5432\n', io);
    expect(piped.code).toBe(0);
    expect(piped.err).toBe('');
    expect(asked).toEqual(['watched']);
    expect(released).toBe(1);
  });
});

describe('the sockerr process, reading a pipe that does not end', () => {
  // SIGTERM is how a supervisor, `timeout` or `kill` stops `tail -f app.log | sockerr scan -`.
  it.skipIf(!existsSync('/proc/self/status')).each([
    ['SIGINT', 'Ctrl-C'],
    ['SIGTERM', 'SIGTERM'],
  ] as const)(
    'answers with what it read when %s comes, and exits with the found code',
    async (signal, said) => {
      const { child, closed, out, err } = spawnCli(['scan', '-', '--json'], 'pipe');
      child.stdin?.write('2025-03-01T10:00:00Z ERROR connect ECONNREFUSED 10.0.0.5:5432\n');
      // Ctrl-C once it waits for more (before, Node's default would end it, as it should).
      await processIdle(child.pid as number);
      child.kill(signal);
      // Its standard input is still open: the process ends because it lets go of it.
      const code = await closed;
      child.stdin?.destroy();
      expect(err()).toContain(`stopped reading at ${said}, after 1 line:`);
      expect(JSON.parse(out()).findings.map((f: { id: string }) => f.id)).toEqual(['10061']);
      expect(code).toBe(0);
    },
    30_000,
  );
});
