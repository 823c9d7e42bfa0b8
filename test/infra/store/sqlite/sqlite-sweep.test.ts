import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { prepareSweep } from '../../../../src/infra/store/sqlite/sqlite-sweep.js';

/** The two expiring tables as the schema has them (v3: no index on expiry). */
const expiringTables = () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE claims (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) STRICT, WITHOUT ROWID;
    CREATE TABLE notes (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL) STRICT, WITHOUT ROWID`);
  return db;
};
const keys = (db: Database.Database, table: string) =>
  db
    .prepare(`SELECT key FROM ${table} ORDER BY key`)
    .all()
    .map((r) => (r as { key: string }).key);

/** 5,000 claims and notes (more than two slices of each), every third one already expired. */
const fill = (db: Database.Database, now: number) => {
  const claim = db.prepare('INSERT INTO claims VALUES (?, ?)');
  const note = db.prepare("INSERT INTO notes VALUES (?, 'v', ?)");
  const live: string[] = [];
  for (let i = 0; i < 5000; i += 1) {
    const key = `event:slack:Ev${i}`;
    const expiresAt = i % 3 === 0 ? now - 1 : now + 60_000;
    claim.run(key, expiresAt);
    note.run(key, expiresAt);
    if (i % 3 !== 0) live.push(key);
  }
  return live.sort();
};

describe('prepareSweep', () => {
  it('deletes every expired claim and note in one whole sweep, and keeps the live ones', () => {
    const db = expiringTables();
    const now = 1_000_000;
    const live = fill(db, now);
    prepareSweep(db).whole(now);
    expect(keys(db, 'claims')).toEqual(live);
    expect(keys(db, 'notes')).toEqual(live);
  });

  it('sweeps a slice of keys per step, reports the end of a pass, and starts over after it', () => {
    const db = expiringTables();
    const now = 1_000_000;
    const live = fill(db, now);
    const sweep = prepareSweep(db);
    let steps = 1;
    while (!sweep.step(now)) steps += 1;
    // Three slices of each table's 5,000 keys, and one step past the end of each.
    expect(steps).toBe(8);
    expect(keys(db, 'claims')).toEqual(live);
    expect(keys(db, 'notes')).toEqual(live);
    // Claims that expire later go in the next pass, which begins at the first key again.
    db.prepare('UPDATE claims SET expires_at = ? WHERE key = ?').run(now, live[0]);
    while (!sweep.step(now + 1));
    expect(keys(db, 'claims')).toEqual(live.slice(1));
  });

  it('goes through empty tables without work', () => {
    const db = expiringTables();
    const sweep = prepareSweep(db);
    expect(sweep.step(1)).toBe(false);
    expect(sweep.step(1)).toBe(true);
  });
});
