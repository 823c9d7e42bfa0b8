import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../../src/infra/store/sqlite/sqlite-store.js';
import { memoryLogger } from '../../../helpers/core.js';

const dir = mkdtempSync(join(tmpdir(), 'sockerr-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The schema sockerr shipped as v1 (issue 11), as a database in the field has it. */
const V1 = `CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     auto_reply INTEGER CHECK (auto_reply IN (0, 1)),
     lang TEXT,
     updated_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE claims (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) STRICT, WITHOUT ROWID;
   CREATE INDEX claims_by_expiry ON claims (expires_at);
   CREATE TABLE seen (
     scope TEXT NOT NULL,
     hour INTEGER NOT NULL,
     id TEXT NOT NULL,
     count INTEGER NOT NULL CHECK (count > 0),
     PRIMARY KEY (scope, hour, id)
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX seen_by_hour ON seen (hour);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`;

describe('the SQLite schema', () => {
  it('migrates a v1 store to the current version keeping its settings, counts and claims, and uses the new parts', async () => {
    const path = join(dir, 'v1.db');
    const now = Date.UTC(2026, 0, 5, 10, 30);
    const hour = Math.floor(now / 3_600_000);
    const old = new Database(path);
    old.exec(V1);
    old.pragma('user_version = 1');
    old.prepare('INSERT INTO settings VALUES (?, ?, ?, ?)').run('slack:T1:C1', 0, 'zh-TW', now);
    old.prepare('INSERT INTO seen VALUES (?, ?, ?, ?)').run('slack:T1:C1', hour, '10054', 3);
    old.prepare('INSERT INTO seen VALUES (?, ?, ?, ?)').run('slack:T1:C2', hour, '10054', 2);
    old.prepare('INSERT INTO claims VALUES (?, ?)').run('event:slack:Ev1', now + 60_000);
    old.close();

    const store = createSqliteStore({ path, logger: memoryLogger(), now: () => now });
    expect(await store.getSettings('slack:T1:C1')).toEqual({ autoReply: false, lang: 'zh-TW' });
    expect(await store.claimOnce('event:slack:Ev1', 60_000)).toBe(false);
    // Counts kept before the upgrade add up for the workspace too.
    expect((await store.tallySeenUnder('slack:T1', 24)).current).toEqual([{ id: '10054', count: 5 }]);
    await store.updateSettings('slack:T1:C1', { autoReply: true, mentionOnly: true });
    expect(await store.getSettings('slack:T1:C1')).toEqual({
      autoReply: true,
      mentionOnly: true,
      lang: 'zh-TW',
    });
    await store.remember('thread:slack:T1:C1:1.2', '1', 60_000);
    expect(await store.recall('thread:slack:T1:C1:1.2')).toBe('1');
    await store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // v3: expiry is swept by key; no index on it costs each claim or note a second page.
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%expiry'");
    expect(indexes.all()).toEqual([]);
    db.close();
  });
});
