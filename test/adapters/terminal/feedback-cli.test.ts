import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/adapters/terminal/feedback-cli.js';
import type { Core, FeedbackEntry, Store } from '../../../src/core/index.js';
import { createRedisStore, createSqliteStore } from '../../../src/infra/store/index.js';
import { memoryLogger, testCore } from '../../helpers/core.js';
import { ROOT } from '../../helpers/paths.js';
import { HAS_REDIS, startRedisServer } from '../../helpers/redis-server.js';
import { cli as runCliInProcess } from './run-cli-io.js';

const HOUR = 3_600_000;
const now = Date.now();
const wrong = (at: number, overrides: Partial<FeedbackEntry> = {}): FeedbackEntry => ({
  at,
  verdict: 'wrong',
  channel: 'slack:T0FAKE:C0ONCALL',
  replyId: 'Ev0TRACE0001',
  userId: 'U0ALICE',
  textHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  excerpt: 'deploy 10054 done\nnot an error at all',
  findings: ['10054'],
  removed: true,
  ...overrides,
});
const seed = async (store: Store) => {
  await store.addFeedback(wrong(now - 2 * HOUR));
  await store.addFeedback(wrong(now - 10 * 24 * HOUR, { replyId: 'EvOLD' }));
  await store.addFeedback(wrong(now - HOUR, { verdict: 'helpful', removed: false, userId: 'U0BOB' }));
};

// The clock is fixed and `sockerr feedback` reads the seeded store's core.
const cli = (args: string[], seeded: Core) =>
  runCliInProcess(args, '', {
    now: () => now,
    openFeedback: async () => ({ core: seeded, close: async () => {} }),
  });

describe('sockerr feedback', () => {
  it('prints the replies marked wrong in the last 7 days, with what was found and the excerpt', async () => {
    const { core, store } = testCore();
    await seed(store);
    const { code, out } = await cli(['feedback'], core);
    expect(code).toBe(0);
    expect(out).toContain('1 reply marked "Not this error" since');
    expect(out).toContain('(1 marked helpful)');
    expect(out).toContain('slack:T0FAKE:C0ONCALL · reply Ev0TRACE0001 · by U0ALICE (removed)');
    expect(out).toContain('found: 10054 WSAECONNRESET');
    expect(out).toContain('    │ deploy 10054 done');
    expect(out).not.toContain('EvOLD');
  });

  it('prints only JSON with --json, and reaches further back with --since', async () => {
    const { core, store } = testCore();
    await seed(store);
    const { code, out } = await cli(['feedback', '--json', '--since', '30d'], core);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.helpful).toBe(1);
    expect(json.wrong.map((e: { replyId: string }) => e.replyId)).toEqual(['EvOLD', 'Ev0TRACE0001']);
    expect(json.wrong[1]).toMatchObject({
      findings: [{ id: '10054', label: '10054 WSAECONNRESET' }],
      excerpt: 'deploy 10054 done\nnot an error at all',
      removed: true,
    });
  });

  it('prints an excerpt as the chat showed it: no terminal code, no bidirectional control, no line separator', async () => {
    // An excerpt is what someone pasted: a colour code or a window title would be obeyed by the
    // terminal, and a right-to-left override (U+202E) would show the rest of the line reversed.
    const { core, store } = testCore();
    const excerpt =
      'read \u001b[31mECONNRESET\u001b[0m \u001b]0;owned\u0007from\u202e 10.0.0.5\u202c:443\u2028next\u2066x\u2069';
    await store.addFeedback(wrong(now - HOUR, { excerpt }));
    const { out } = await cli(['feedback'], core);
    expect(out).toContain('    │ read [31mECONNRESET[0m ]0;ownedfrom 10.0.0.5:443nextx');
    for (const c of ['\u001b', '\u0007', '\u202e', '\u202c', '\u2028', '\u2066', '\u2069']) {
      expect(out).not.toContain(c);
    }
  });

  it('exits 1 when nothing was marked wrong, and 2 for a period it cannot read', async () => {
    const { core } = testCore();
    expect((await cli(['feedback'], core)).code).toBe(1);
    const bad = await cli(['feedback', '--since', 'yesterday'], core);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--since takes a period such as 24h, 7d or 2w');
    expect((await cli(['10054', '--since', '7d'], core)).code).toBe(2);
    expect([parsePeriod('24h'), parsePeriod('2w'), parsePeriod('0d'), parsePeriod('7')]).toEqual([
      24 * HOUR,
      14 * 24 * HOUR,
      null,
      null,
    ]);
  });
});

describe('sockerr feedback, as a process, from the store the environment names', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-feedback-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sockerr = (env: Record<string, string>) =>
    run(
      process.execPath,
      // From an empty folder, so no .env of the developer's is read; tsx named by its full path.
      [
        '--import',
        import.meta.resolve('tsx'),
        join(ROOT, 'src/adapters/terminal/cli.ts'),
        'feedback',
        '--json',
      ],
      {
        env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
        cwd: dir,
      },
    );

  it('reads the SQLite file at SOCKERR_STORE_PATH', async () => {
    const path = join(dir, 'sockerr.db');
    const store = createSqliteStore({ path, logger: memoryLogger() });
    await seed(store);
    await store.close();
    const { stdout } = await sockerr({ SOCKERR_STORE_PATH: path });
    expect(JSON.parse(stdout).wrong.map((e: { replyId: string }) => e.replyId)).toEqual(['Ev0TRACE0001']);
  }, 30_000);

  it('says so, and creates nothing, when there is no store yet', async () => {
    const path = join(dir, 'none', 'sockerr.db');
    const failed = await sockerr({ SOCKERR_STORE_PATH: path }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain(`no store at ${path}`);
    expect(existsSync(path)).toBe(false);
  }, 30_000);

  it('reads .env as npm start does: a UTF-16 one is refused, not read as no variables; DOTENV_PATH names it', async () => {
    const prod = join(dir, 'prod.env');
    const named = join(dir, 'prod', 'sockerr.db');
    writeFileSync(prod, `SOCKERR_STORE_PATH=${named}\n`);
    const fromNamed = await sockerr({ DOTENV_PATH: prod }).catch((e: { code: number; stderr: string }) => e);
    expect(fromNamed).toMatchObject({ code: 2 });
    expect((fromNamed as { stderr: string }).stderr).toContain(`no store at ${named}`);
    // What Windows PowerShell 5's `>` writes: read by dotenv as no variable at all.
    const utf16 = join(dir, 'utf16.env');
    writeFileSync(utf16, Buffer.from(`\ufeffSOCKERR_STORE_PATH=${named}\n`, 'utf16le'));
    const fromUtf16 = await sockerr({ DOTENV_CONFIG_PATH: utf16 }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(fromUtf16).toMatchObject({ code: 2 });
    expect((fromUtf16 as { stderr: string }).stderr).toContain(`${utf16} is saved as UTF-16`);
  }, 30_000);

  it('turns neither an empty file nor a device into a store just to read it', async () => {
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const failed = await sockerr({ SOCKERR_STORE_PATH: empty }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain(`no store at ${empty}`);
    expect(statSync(empty).size).toBe(0);
    const device = await sockerr({ SOCKERR_STORE_PATH: '/dev/null' }).catch((e: { stderr: string }) => e);
    expect((device as { stderr: string }).stderr).toContain('SOCKERR_STORE_PATH /dev/null is not a file');
  }, 30_000);

  it.skipIf(!HAS_REDIS)(
    'reads Redis at REDIS_URL',
    async () => {
      const server = await startRedisServer();
      try {
        const store = await createRedisStore({ url: server.url, logger: memoryLogger(), prefix: 'sockerr:' });
        await seed(store);
        await store.close();
        const { stdout } = await sockerr({
          REDIS_URL: server.url,
          SOCKERR_STORE_PATH: join(dir, randomUUID()),
        });
        expect(JSON.parse(stdout).helpful).toBe(1);
      } finally {
        await server.dispose();
      }
    },
    30_000,
  );
});
