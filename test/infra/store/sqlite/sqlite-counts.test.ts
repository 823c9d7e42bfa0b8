import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCounts } from '../../../../src/infra/store/sqlite/sqlite-counts.js';
import { createSqliteStore } from '../../../../src/infra/store/sqlite/sqlite-store.js';
import { memoryLogger } from '../../../helpers/core.js';

const dir = mkdtempSync(join(tmpdir(), 'sockerr-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seenTable = () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE seen (scope TEXT NOT NULL, hour INTEGER NOT NULL, id TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0), PRIMARY KEY (scope, hour, id)) STRICT, WITHOUT ROWID`);
  return db;
};
const rows = (db: Database.Database) =>
  db.prepare('SELECT scope, hour, id, count FROM seen ORDER BY scope, hour, id').all();

describe('prepareCounts', () => {
  it('counts every id of one message, a repeated id twice, and adds to earlier counts', () => {
    const db = seenTable();
    const count = prepareCounts(db);
    count('c', 7, ['10054', '10061', '10054']);
    count('c', 7, ['10061']);
    count('d', 7, ['10054']);
    expect(rows(db)).toEqual([
      { scope: 'c', hour: 7, id: '10054', count: 2 },
      { scope: 'c', hour: 7, id: '10061', count: 2 },
      { scope: 'd', hour: 7, id: '10054', count: 1 },
    ]);
  });

  it('counts more ids than one statement takes, and nothing for none', () => {
    const db = seenTable();
    const count = prepareCounts(db);
    const ids = Array.from({ length: 70 }, (_, i) => `E${i}`);
    count('c', 1, ids);
    count('c', 1, []);
    expect(db.prepare('SELECT count(*) AS n, sum(count) AS total FROM seen').get()).toEqual({
      n: 70,
      total: 70,
    });
  });

  it('counts atomically: a message whose counts fail leaves none of them behind', () => {
    const db = seenTable();
    const count = prepareCounts(db);
    db.exec(
      "CREATE TRIGGER no_bad BEFORE INSERT ON seen WHEN NEW.id = 'bad' BEGIN SELECT RAISE(ABORT, 'no'); END",
    );
    expect(() => count('c', 1, ['10054', 'bad'])).toThrow('no');
    expect(rows(db)).toEqual([]);
  });
});

describe('the SQLite store counting errors seen', () => {
  it('reports the counts of several messages through tallySeen', async () => {
    const store = createSqliteStore({ path: join(dir, 'state.db'), logger: memoryLogger() });
    await store.countSeen('slack:T1:C1', ['10054', '10061']);
    await store.countSeen('slack:T1:C1', ['10054']);
    const { current } = await store.tallySeen('slack:T1:C1', 24);
    expect([...current].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: '10054', count: 2 },
      { id: '10061', count: 1 },
    ]);
    await store.close();
  });
});
