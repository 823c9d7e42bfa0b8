import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../../src/core/index.js';
import { createSqliteStore } from '../../../../src/infra/store/sqlite/sqlite-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { describeRecordsContract } from '../records-contract.js';
import { describeStoreContract, type StoreBackend } from '../store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'sockerr-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
/** Lets the current turn of the event loop end (the store commits its writes then). */
const endOfTurn = () => new Promise((resolve) => setImmediate(resolve));
let path = '';

const sqlite: StoreBackend = {
  fresh: async (options) => {
    files += 1;
    path = join(dir, `contract-${files}`, 'sockerr.db');
    return createSqliteStore({ path, logger: memoryLogger(), ...options });
  },
  again: async (options) => createSqliteStore({ path, logger: memoryLogger(), ...options }),
};
describeStoreContract('SQLite', sqlite);
describeRecordsContract('SQLite', sqlite);

describe('the SQLite store, beyond the contract', () => {
  const fresh = (name: string) => join(dir, name, 'sockerr.db');

  it('creates its folder and file in WAL mode, at the current schema version', async () => {
    const file = fresh('create/deeper');
    const store = createSqliteStore({ path: file, logger: memoryLogger() });
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('deletes expired claims and counts past retention when it prunes', async () => {
    const file = fresh('prune');
    const clock = { t: Date.UTC(2026, 0, 1) };
    const store = createSqliteStore({
      path: file,
      logger: memoryLogger(),
      now: () => clock.t,
      keptHours: 24,
    });
    await store.claimOnce('event:a', 1000);
    await store.countSeen('c', ['10054']);
    clock.t += 25 * 3_600_000;
    await store.countSeen('c', ['10061']);
    store.prune();
    await endOfTurn();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT id FROM seen').all()).toEqual([{ id: '10061' }]);
    db.close();
    await store.close();
  });

  it('pauses with a coded "unavailable" error, logged once, while another program holds the write lock', async () => {
    const file = fresh('busy');
    const logger = memoryLogger();
    const store = createSqliteStore({ path: file, logger, busyTimeoutMs: 50 });
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    await expect(store.claimOnce('event:x', 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.countSeen('c', ['10054'])).rejects.toMatchObject({
      code: 'SOCKERR_STORE_UNAVAILABLE',
    });
    // Readers are never blocked by a writer in WAL mode: commands still see the settings.
    expect(await store.getSettings('k')).toBeUndefined();
    holder.exec('ROLLBACK');
    holder.close();
    expect(await store.claimOnce('event:x', 60_000)).toBe(true);
    const said = logger.lines.join('\n');
    expect(said.match(/cannot be used right now/g)).toHaveLength(1);
    expect(said.match(/works again;/g)).toHaveLength(1);
    await store.close();
  });

  it('waits its busy timeout once while another program holds the lock, then fails at once until it is released', async () => {
    const file = fresh('locked');
    const store = createSqliteStore({ path: file, logger: memoryLogger(), busyTimeoutMs: 1000 });
    const holder = new Database(file);
    const timed = async (call: () => Promise<unknown>) => {
      const start = performance.now();
      await call().catch(() => undefined);
      return performance.now() - start;
    };
    holder.exec('BEGIN IMMEDIATE');
    // The first write cannot tell a lock held for good from another process's moment: it waits.
    expect(await timed(() => store.claimOnce('event:first', 60_000))).toBeGreaterThanOrEqual(900);
    // Each of these waited the whole timeout too, on the thread that serves every request.
    let rest = 0;
    for (let i = 0; i < 5; i += 1) rest += await timed(() => store.claimOnce(`event:${i}`, 60_000));
    rest += await timed(() => store.ping());
    expect(rest).toBeLessThan(1000);
    holder.exec('ROLLBACK');
    expect(await store.claimOnce('event:first', 60_000)).toBe(true);
    // Working again, it waits for other processes' locks as patiently as before.
    await endOfTurn();
    holder.exec('BEGIN IMMEDIATE');
    expect(await timed(() => store.claimOnce('event:again', 60_000))).toBeGreaterThanOrEqual(900);
    holder.exec('ROLLBACK');
    holder.close();
    await store.close();
  });

  it('commits the writes of one turn together: another connection sees them when the turn ends', async () => {
    const file = fresh('turns');
    const store = createSqliteStore({ path: file, logger: memoryLogger() });
    const other = new Database(file, { readonly: true });
    const claims = () => other.prepare('SELECT key FROM claims ORDER BY key').all();
    expect(await store.claimOnce('event:slack:E1', 60_000)).toBe(true);
    await store.countSeen('slack:T1:C1', ['10054']);
    expect(await store.claimOnce('cooldown:slack:T1:C1:10054', 60_000)).toBe(true);
    // The same process sees its own writes at once, also through a second store on the file.
    const again = createSqliteStore({ path: file, logger: memoryLogger() });
    expect(await again.claimOnce('event:slack:E1', 60_000)).toBe(false);
    expect(claims()).toEqual([]);
    await endOfTurn();
    expect(claims()).toEqual([{ key: 'cooldown:slack:T1:C1:10054' }, { key: 'event:slack:E1' }]);
    other.close();
    await again.close();
    await store.close();
  });

  it('ignores values it did not write (a hand-edited file) instead of failing', async () => {
    const file = fresh('edited');
    const store = createSqliteStore({ path: file, logger: memoryLogger() });
    const db = new Database(file);
    db.prepare("INSERT INTO settings (key, auto_reply, lang, updated_at) VALUES ('k', NULL, 'fr', 0)").run();
    db.close();
    expect(await store.getSettings('k')).toEqual({});
    await store.close();
  });
});
