import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { StoreUnavailableError } from '../../../../src/core/index.js';
import { createSqliteStore } from '../../../../src/infra/store/sqlite/sqlite-store.js';
import { memoryLogger } from '../../../helpers/core.js';

const dir = mkdtempSync(join(tmpdir(), 'sockerr-full-'));
/** A full disk needs a small file system of its own: a 1 MB tmpfs, which only root may mount. */
const MOUNTED = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status === 0;
afterAll(() => {
  if (MOUNTED) spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
});
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Fills the file system with files, as many and as big as will go (down to 1 KiB). */
function fill(): void {
  for (let kib = 1024; kib >= 1; kib = Math.floor(kib / 2)) {
    for (let i = 0; ; i += 1) {
      try {
        writeFileSync(join(dir, `filler-${kib}-${i}`), new Uint8Array(kib * 1024));
      } catch {
        break;
      }
    }
  }
}

describe.skipIf(!MOUNTED)('the SQLite store on a full disk', () => {
  it('pauses claims instead of reporting ones it cannot keep, logs it once, and resumes when there is room', async () => {
    const path = join(dir, 'sockerr.db');
    const logger = memoryLogger();
    const store = createSqliteStore({ path, logger, busyTimeoutMs: 100 });
    onTestFinished(() => store.close());
    expect(await store.claimOnce('event:before', 60_000)).toBe(true);
    await turn();
    fill();
    // The first turn's writes are lost when its commit fails: only that turn's, and a decision
    // that asks is told so before it acts on a claim said won there (a redelivery would win it again).
    expect(await store.claimOnce('event:first', 60_000)).toBe(true);
    await expect(store.committed()).rejects.toBeInstanceOf(StoreUnavailableError);
    for (let i = 0; i < 20; i += 1) {
      await expect(store.claimOnce(`event:full-${i}`, 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      await store.getSettings('slack:T:C');
      await turn();
    }
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    const said = logger.lines.join('\n');
    expect(said.match(/cannot be used right now/g)).toHaveLength(1);
    expect(said).not.toContain('store works again');

    for (const name of readdirSync(dir)) if (name.startsWith('filler-')) rmSync(join(dir, name));
    await store.ping();
    expect(logger.lines.join('\n').match(/store works again/g)).toHaveLength(1);
    expect(await store.claimOnce('event:after', 60_000)).toBe(true);
    await turn();
    const db = new Database(path, { readonly: true });
    const kept = db.prepare('SELECT key FROM claims ORDER BY key').all();
    db.close();
    expect(kept).toEqual([{ key: 'event:after' }, { key: 'event:before' }]);
  });

  it('does not say a setting was saved when the commit of its turn fails', async () => {
    for (const name of readdirSync(dir)) if (name.startsWith('filler-')) rmSync(join(dir, name));
    const path = join(dir, 'settings.db');
    const store = createSqliteStore({ path, logger: memoryLogger(), busyTimeoutMs: 100 });
    onTestFinished(() => store.close());
    await store.updateSettings('slack:T:C', { lang: 'en' });
    await turn();
    fill();
    const saving = store.updateSettings('slack:T:C', { autoReply: false });
    await expect(saving).rejects.toBeInstanceOf(StoreUnavailableError);
    for (const name of readdirSync(dir)) if (name.startsWith('filler-')) rmSync(join(dir, name));
    await store.ping();
    expect(await store.getSettings('slack:T:C')).toEqual({ lang: 'en' });
  });
});
