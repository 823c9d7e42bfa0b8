import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { StoreUnavailableError } from '../../../../src/core/index.js';
import { createSqliteStore } from '../../../../src/infra/store/sqlite/sqlite-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { mountSmallDisk } from '../../../helpers/small-disk.js';

/** A full disk needs a small file system of its own (1 MB). */
const disk = mountSmallDisk('sockerr-full-', '1m');
const { dir } = disk;
afterAll(() => disk.remove());
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe.skipIf(!disk.mounted)('the SQLite store on a full disk', () => {
  it('pauses claims instead of reporting ones it cannot keep, logs it once, and resumes when there is room', async () => {
    const path = join(dir, 'sockerr.db');
    const logger = memoryLogger();
    const store = createSqliteStore({ path, logger, busyTimeoutMs: 100 });
    onTestFinished(() => store.close());
    expect(await store.claimOnce('event:before', 60_000)).toBe(true);
    await turn();
    disk.fill();
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

    disk.makeRoom();
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
    disk.makeRoom();
    const path = join(dir, 'settings.db');
    const store = createSqliteStore({ path, logger: memoryLogger(), busyTimeoutMs: 100 });
    onTestFinished(() => store.close());
    await store.updateSettings('slack:T:C', { lang: 'en' });
    await turn();
    disk.fill();
    const saving = store.updateSettings('slack:T:C', { autoReply: false });
    await expect(saving).rejects.toBeInstanceOf(StoreUnavailableError);
    disk.makeRoom();
    await store.ping();
    expect(await store.getSettings('slack:T:C')).toEqual({ lang: 'en' });
  });
});
