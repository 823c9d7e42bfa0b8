import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { type SockerrProcess, startSockerr } from '../helpers/sockerr-process.js';

const TRACE =
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host';

/**
 * Two `npm start` shells on one SQLite file, as the Procfile's two processes share one host's
 * disk: what one changes holds at once in the other, and neither loses the other's writes.
 */
describe('two sockerr processes on one SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-two-'));
  const env = { SOCKERR_STORE_PATH: join(dir, 'state', 'sockerr.db') };
  const running: SockerrProcess[] = [];
  const start = () => {
    const proc = startSockerr(env);
    running.push(proc);
    return proc;
  };
  /**
   * Types a line into a shell and waits for the reply that follows it; returns that reply. A
   * process's first reply also waits for it to start (tsx compiling `src/` while other test files
   * start theirs): that wait is longer than the others.
   */
  const say = async (proc: SockerrProcess, line: string, reply: RegExp, ms = 15_000) => {
    const from = proc.stdout().length;
    proc.write(`${line}\n${line.startsWith('/') ? '' : '\n'}`);
    await eventually(() => reply.test(proc.stdout().slice(from)), `"${reply.source}" after ${line}`, ms);
    return proc.stdout().slice(from);
  };
  const FIRST_REPLY_MS = 45_000;
  afterAll(() => {
    for (const proc of running) proc.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('share settings, cooldowns and counts at once, and keep both processes’ writes across a restart', async () => {
    const a = start();
    const b = start();

    expect(await say(a, TRACE, /↳ sockerr, in a thread:[\s\S]*WSAECONNRESET/, FIRST_REPLY_MS)).toContain(
      '10054',
    );
    // B has never seen this error, but A explained it in the same channel a moment ago.
    expect(await say(b, TRACE, /explained here a moment ago/, FIRST_REPLY_MS)).not.toContain(
      '↳ sockerr, in a thread',
    );

    await say(a, '/sockerr auto off', /Auto-replies are now off/);
    expect(await say(b, '/sockerr status', /Language: English/)).toMatch(/Auto-replies: off/);
    // The shell answers in order: an auto-reply to the paste would come before the status.
    const before = b.stdout().length;
    b.write('connect ECONNREFUSED 127.0.0.1:5432\n\n');
    await say(b, '/sockerr status', /Language:/);
    expect(b.stdout().slice(before)).not.toMatch(/↳|WSAECONNREFUSED/);

    await say(b, '/sockerr lang zh-TW', /繁體中文/);
    expect(await say(a, '/sockerr status', /語言：繁體中文/)).toMatch(/自動回覆：關閉/);

    expect(await Promise.all([a.endInput(), b.endInput()])).toEqual([0, 0]);

    const c = start();
    const status = await say(c, '/sockerr status', /語言：繁體中文/, FIRST_REPLY_MS);
    expect(status).toMatch(/自動回覆：關閉/);
    const top = await say(c, '/sockerr top', /其他期間/);
    expect(top).toMatch(/`█{10}` 2 次 10054 WSAECONNRESET 新出現/);
    expect(await c.endInput()).toBe(0);
    expect(a.stderr() + b.stderr() + c.stderr()).toBe('');
  }, 150_000);
});
