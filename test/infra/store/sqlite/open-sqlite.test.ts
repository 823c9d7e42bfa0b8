import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreStartupError } from '../../../../src/infra/store/index.js';
import { openSqlite, PAGE_CACHE_KIB } from '../../../../src/infra/store/sqlite/open-sqlite.js';
import { createSqliteStore } from '../../../../src/infra/store/sqlite/sqlite-store.js';
import { memoryLogger } from '../../../helpers/core.js';

const dir = mkdtempSync(join(tmpdir(), 'sockerr-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const open = (path: string) => createSqliteStore({ path, logger: memoryLogger(), busyTimeoutMs: 100 });

/** What start-up says about `path`; fails the test if it starts. */
function startupError(path: string): StoreStartupError {
  try {
    open(path);
  } catch (error) {
    expect(error).toBeInstanceOf(StoreStartupError);
    return error as StoreStartupError;
  }
  throw new Error('the store opened');
}

describe('opening the SQLite store', () => {
  it('stops on a file that is not a database, names it, and leaves it as it was', () => {
    const path = join(dir, 'junk.db');
    writeFileSync(path, 'these are some notes, not a database\n'.repeat(20));
    const error = startupError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/is not an SQLite database.*It was not changed: set SOCKERR_STORE_PATH/);
    expect(readFileSync(path, 'utf8')).toBe('these are some notes, not a database\n'.repeat(20));
  });

  it('stops on a damaged database and says how to recover it', async () => {
    const path = join(dir, 'damaged.db');
    const store = open(path);
    for (let i = 0; i < 200; i += 1) await store.updateSettings(`slack:T:C${i}`, { autoReply: i % 2 === 0 });
    await store.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, new Uint8Array(4096).fill(0xa5), 0, 4096, 4096);
    closeSync(fd);
    const error = startupError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/not a usable SQLite database.*does not reset it.*\.recover/);
  });

  it('stops on a database written by a newer sockerr, without touching it', async () => {
    const path = join(dir, 'newer.db');
    await open(path).close();
    const db = new Database(path);
    db.pragma('user_version = 7');
    db.close();
    const error = startupError(path);
    expect(error.message).toMatch(/newer sockerr \(store schema v7; this one knows up to v3\)/);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(7);
    after.close();
  });

  it('stops when another program keeps the database locked, and says what to close', () => {
    const path = join(dir, 'locked.db');
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const error = startupError(path);
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/locked by another program/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('stops when its folder cannot be created', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const error = startupError(join(file, 'sub', 'sockerr.db'));
    expect(error.message).toMatch(/cannot create the folder.*SOCKERR_STORE_PATH/);
  });

  it('stops on a folder at the path, and names it', () => {
    const path = join(dir, 'a-folder.db');
    mkdirSync(path);
    const error = startupError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/is a folder: set SOCKERR_STORE_PATH to a file in it/);
  });

  it("keeps SQLite's own 2 MB page cache rather than the 16 MB better-sqlite3 builds in", () => {
    const plain = new Database(':memory:');
    const db = openSqlite(join(dir, 'cache.db'), 100);
    try {
      expect(plain.pragma('cache_size', { simple: true })).toBe(-16000);
      expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    } finally {
      plain.close();
      db.close();
    }
  });

  it('keeps what it creates (folders, the database and its WAL files) to its own user: the store holds excerpts of messages', async () => {
    const folder = join(dir, 'private', 'state');
    const path = join(folder, 'sockerr.db');
    const store = open(path);
    await store.claimOnce('event:x', 60_000);
    await new Promise((resolve) => setImmediate(resolve));
    for (const made of [join(dir, 'private'), folder, path, `${path}-wal`, `${path}-shm`])
      expect({ made, others: statSync(made).mode & 0o077 }).toEqual({ made, others: 0 });
    await store.close();
    // A file or folder the operator made keeps the permissions they gave it.
    const shared = join(dir, 'shared');
    mkdirSync(shared, { mode: 0o755 });
    const given = join(shared, 'sockerr.db');
    writeFileSync(given, '', { mode: 0o640 });
    await open(given).close();
    expect(statSync(shared).mode & 0o777).toBe(0o755);
    expect(statSync(given).mode & 0o777).toBe(0o640);
  });
});
