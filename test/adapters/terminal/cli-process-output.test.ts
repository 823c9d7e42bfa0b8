import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';

/** The sockerr process, its stdio as given; resolves with its exit code and what it wrote on stderr. */
function sockerr(args: string[], stdio: StdioOptions, onStart: (child: ChildProcess) => void = () => {}) {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/adapters/terminal/cli.ts'), ...args],
    { cwd: ROOT, stdio },
  );
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  onStart(child);
  return new Promise<{ code: number | null; err: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, err }));
  });
}

/** The sockerr process with `stdin` as its standard input: its exit code, stdout and stderr. */
function sockerrOut(args: string[], stdin: 'ignore' | number) {
  let out = '';
  const run = sockerr(args, [stdin, 'pipe', 'pipe'], (child) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
  });
  return run.then(({ code, err }) => ({ code, err, out }));
}

describe('the sockerr process and its output', () => {
  it('stops quietly, with the answer’s exit code, when the reader of its output goes away (EPIPE)', async () => {
    const { code, err } = await sockerr(['catalog', '--json'], ['ignore', 'pipe', 'pipe'], (child) => {
      // As `sockerr catalog --json | head -1` does: one read, then the pipe is closed.
      child.stdout?.once('data', () => child.stdout?.destroy());
    });
    expect(err).toBe('');
    expect(code).toBe(0);
  }, 30_000);

  it.skipIf(!existsSync('/dev/full'))(
    'says in one line that its output could not be written, and exits 2 (a full disk)',
    async () => {
      const full = openSync('/dev/full', 'w');
      try {
        const { code, err } = await sockerr(['10054'], ['ignore', full, 'pipe']);
        expect(err).toBe('sockerr: cannot write to standard output: no space left on device (ENOSPC)\n');
        expect(code).toBe(2);
      } finally {
        closeSync(full);
      }
    },
    30_000,
  );

  it('reads standard input redirected from a file, gzip or not, as it reads the file named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sockerr-stdin-'));
    // Lines that compress poorly: the gzip file takes several reads of standard input (64 KB each).
    const log = Array.from(
      { length: 20_000 },
      (_, i) =>
        `${i} ERROR read ECONNRESET peer 10.0.0.${i % 256}:443 id=${((i * 2654435761) >>> 0).toString(36)}`,
    ).join('\n');
    const plain = join(dir, 'app.log');
    writeFileSync(plain, log);
    writeFileSync(`${plain}.gz`, gzipSync(log));
    const named = await sockerrOut(['scan', plain, '--json'], 'ignore');
    expect(JSON.parse(named.out).findings[0]).toMatchObject({ id: '10054', count: 20_000 });
    for (const file of [plain, `${plain}.gz`]) {
      const fd = openSync(file, 'r');
      try {
        expect(await sockerrOut(['scan', '-', '--json'], fd)).toEqual(named);
      } finally {
        closeSync(fd);
      }
    }
  }, 30_000);

  it('refuses a directory as standard input rather than find no errors in it', async () => {
    const dir = openSync(mkdtempSync(join(tmpdir(), 'sockerr-stdin-')), 'r');
    try {
      const { code, err } = await sockerr(['scan', '-', '--json'], [dir, 'ignore', 'pipe']);
      expect(err).toBe('sockerr: cannot read standard input: it is a directory (EISDIR)\n');
      expect(code).toBe(2);
    } finally {
      closeSync(dir);
    }
  }, 30_000);
});
