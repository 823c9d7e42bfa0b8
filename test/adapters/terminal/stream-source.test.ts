import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStreamSource } from '../../../src/adapters/terminal/stream-source.js';
import { processIdle } from '../../helpers/process-idle.js';
import { spawnCli } from '../../helpers/spawn-cli.js';

const fifo = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sockerr-fifo-')), 'app.pipe');
  execFileSync('mkfifo', [path]);
  return path;
};

/** Resolves once process `pid` has `path` open. */
async function holdsOpen(pid: number, path: string): Promise<void> {
  const opened = () =>
    readdirSync(`/proc/${pid}/fd`).some((fd) => readLinkOrNot(`/proc/${pid}/fd/${fd}`) === path);
  while (!opened()) await new Promise((resolve) => setTimeout(resolve, 50));
}

function readLinkOrNot(link: string): string | null {
  try {
    return readlinkSync(link);
  } catch {
    return null;
  }
}

const canMakeFifo = existsSync('/proc/self/status') && process.platform !== 'win32';

describe('isStreamSource', () => {
  it.skipIf(!canMakeFifo)(
    'is true for a FIFO and a device, not a file, a directory, a missing name or -',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'sockerr-fifo-'));
      writeFileSync(join(dir, 'app.log'), 'x\n');
      expect([fifo(), '/dev/zero'].map(isStreamSource)).toEqual([true, true]);
      expect([join(dir, 'app.log'), dir, join(dir, 'gone.log'), '-', ''].map(isStreamSource)).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
    },
  );
});

describe('the sockerr process, scanning a pipe or a device that does not end (`scan <(tail -f app.log)`)', () => {
  it.skipIf(!canMakeFifo).each([
    ['SIGINT', 'Ctrl-C'],
    ['SIGTERM', 'SIGTERM'],
  ] as const)(
    'answers with what it read when %s comes, as for standard input',
    async (signal, said) => {
      const path = fifo();
      const { child, closed, out, err } = spawnCli(['scan', path, '--json']);
      // The writer stays, as `tail -f` does: the pipe never ends by itself.
      const writer = await open(path, 'w');
      await writer.write('2025-03-01T10:00:00Z ERROR connect ECONNREFUSED 10.0.0.5:5432\n');
      await processIdle(child.pid as number);
      child.kill(signal);
      const code = await closed;
      await writer.close().catch(() => {});
      expect(err()).toContain(`stopped reading at ${said}, after 1 line:`);
      expect(JSON.parse(out()).findings.map((f: { id: string }) => f.id)).toEqual(['10061']);
      expect(code).toBe(0);
    },
    30_000,
  );

  it.skipIf(!canMakeFifo)(
    'ends once it refused a compressed pipe, without waiting for a writer that stays (standard input too)',
    async () => {
      // xz's magic, then nothing more for as long as the writer lives, as `tail -f app.log.xz` gives.
      const XZ = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]);
      for (const viaStdin of [false, true]) {
        const path = fifo();
        const writerOpened = open(path, 'w');
        // A pipe on standard input, from the FIFO, when that is what is tried.
        const input = viaStdin ? await open(path, 'r') : undefined;
        const { closed, err } = spawnCli(['scan', viaStdin ? '-' : path], input?.fd ?? 'ignore');
        await input?.close();
        const writer = await writerOpened;
        await writer.write(XZ);
        // The writer is still open: the process ends by itself, or this test times out.
        const code = await closed;
        await writer.close();
        expect(err(), String(viaStdin)).toContain('is xz-compressed; read it with:');
        expect(code).toBe(2);
      }
    },
    30_000,
  );

  it.skipIf(!canMakeFifo)(
    'answers at Ctrl-C on a device that never ends (`/dev/zero`), where it read on and said nothing',
    async () => {
      const { child, closed, out, err } = spawnCli(['scan', '/dev/zero', '--json']);
      // The process is busy with NULs, never idle: it is reading once it holds the device open
      // (its handlers for the signals are set before it opens what it reads).
      await holdsOpen(child.pid as number, '/dev/zero');
      child.kill('SIGINT');
      const code = await closed;
      expect(err()).toContain('stopped reading at Ctrl-C');
      expect(JSON.parse(out()).findings).toEqual([]);
      expect(code).toBe(1);
    },
    30_000,
  );
});
