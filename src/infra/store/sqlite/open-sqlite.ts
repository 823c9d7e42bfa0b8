import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { parseJsonState } from '../json-state.js';
import { StoreStartupError } from '../store-startup-error.js';
import { migrate } from './schema.js';

/** SQLite's page cache, in KiB (a negative `cache_size` is a size, not a page count). */
export const PAGE_CACHE_KIB = 2000;

/** Where a 0.1 JSON store found at the SQLite path is moved before the database takes its place. */
export const jsonBackupPath = (path: string): string => `${path}.json-backup`;

/**
 * Opens (creating if needed) the SQLite store at `path`: WAL so readers never wait for a writer,
 * a busy timeout so processes take turns, a quick integrity check, and the schema migrated.
 * Anything that makes the file unusable stops start-up with a {@link StoreStartupError} that
 * names the file and what to do; the file itself is never reset.
 */
export function openSqlite(path: string, busyTimeoutMs: number): Database.Database {
  try {
    makeFolder(dirname(path));
  } catch (error) {
    throw new StoreStartupError(
      `cannot create the folder of the store ${path} (${messageOf(error)}): create it, or set SOCKERR_STORE_PATH to a file in a writable folder.`,
    );
  }
  // A folder given for the file (SOCKERR_STORE_PATH=/var/lib/sockerr): SQLite only says it cannot open it.
  if (isFolder(path)) {
    throw new StoreStartupError(
      `the store ${path} is a folder: set SOCKERR_STORE_PATH to a file in it, such as ${join(path, 'sockerr.db')}.`,
    );
  }
  moveJsonAside(path);
  let db: Database.Database | undefined;
  try {
    createPrivately(path);
    db = new Database(path, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // better-sqlite3 builds SQLite with a 16 MB page cache per connection; under load it fills with
    // leaf pages of claims keyed by hash, which are touched once. SQLite's own default (2 MB) keeps
    // the tree's inner pages; a missed leaf is re-read from the OS's file cache in microseconds.
    // Measured on `npm run bench -- --only=slack`: the web process ends ~9 MB smaller (anon RSS).
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // A checkpoint copies the WAL into the database and waits for the disk (fsync) on the thread
    // that serves every request. After 10,000 pages (about 40 MB of WAL) instead of SQLite's 1,000,
    // it comes a tenth as often under load (each hot page is copied once, not ten times).
    db.pragma('wal_autocheckpoint = 10000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(String(check)), { code: 'SQLITE_CORRUPT' });
    migrate(db, path);
    return db;
  } catch (error) {
    db?.close();
    throw explain(error, path, busyTimeoutMs);
  }
}

/** A 0.1 store (`state.json`) at the path the database now takes is moved aside, to be imported. */
function moveJsonAside(path: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    // A folder (or a device) is not a JSON store: SQLite refuses it below, with a message naming it.
    if (!stat.isFile()) return;
    size = stat.size;
  } catch {
    return; // nothing there yet
  }
  if (size === 0 || size > 64 * 1024 * 1024) return;
  try {
    if (readHeader(path) === 'SQLite format 3\u0000') return;
    if (parseJsonState(readFileSync(path, 'utf8')) === null) return; // let SQLite say what it is
  } catch {
    // Unreadable (EACCES…): not one to move either. SQLite's open below fails too, with a message
    // that names the file and SOCKERR_STORE_PATH, rather than a bare "EACCES: permission denied".
    return;
  }
  try {
    renameSync(path, jsonBackupPath(path));
  } catch (error) {
    // Another process starting at the same moment moved it first.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw explain(error, path, 0);
  }
}

/**
 * Creates a folder and its missing parents, one at a time. Node 20's `mkdirSync(…, { recursive: true })`
 * loops for ever, at full CPU, when the file system answers ENOENT for a folder whose parent exists
 * (under /proc, some FUSE mounts): start-up hung instead of saying SOCKERR_STORE_PATH cannot be used.
 */
function makeFolder(folder: string): void {
  try {
    if (statSync(folder).isDirectory()) return;
  } catch {} // missing: made below
  const parent = dirname(folder);
  if (parent !== folder) makeFolder(parent);
  try {
    mkdirSync(folder, { mode: PRIVATE_FOLDER });
  } catch (error) {
    // Made by another process starting at the same moment; anything else (a file or a dangling link there) is an error.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
  }
}

/**
 * What sockerr creates is its user's alone (whatever the umask): the store holds excerpts of
 * messages from private channels and who wrote them. SQLite gives its -wal and -shm files the
 * database's permissions. Files and folders the operator made keep theirs.
 */
const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

/** Creates the database file empty (SQLite's new database) if nothing is there yet. */
function createPrivately(path: string): void {
  if (path === ':memory:') return; // SQLite's name for a database with no file
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE));
  } catch {
    // There already (also made a moment ago by another process starting): SQLite opens it as it is.
    // Not creatable (a read-only folder, /proc): SQLite's open fails too, with the message explained.
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const header = new Uint8Array(16);
    const n = readSync(fd, header, 0, 16, 0);
    return new TextDecoder('latin1').decode(header.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns what SQLite or the file system said into what the operator should do. */
function explain(error: unknown, path: string, busyTimeoutMs: number): Error {
  if (error instanceof StoreStartupError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const said = messageOf(error).replace(/\s*\n\s*/g, '; ');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreStartupError(
      `the store ${path} is locked by another program (${said}; waited ${busyTimeoutMs / 1000} s). ` +
        'Close whatever holds it (a sqlite3 shell inside a transaction, a backup or sync tool) and start sockerr again. The file was not changed.',
    );
  }
  if (code === 'SQLITE_NOTADB') {
    return new StoreStartupError(
      `${path} is not an SQLite database (${said}), so it cannot be sockerr's store. It was not changed: ` +
        'set SOCKERR_STORE_PATH to another file, or move this one away if it is not needed.',
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StoreStartupError(
      `the store ${path} is not a usable SQLite database (${said}). sockerr does not reset it: stop sockerr and keep a copy, then ` +
        `repair it (sqlite3 "${path}" ".recover" | sqlite3 repaired.db, and move repaired.db into its place) or move it away to start with empty state.`,
    );
  }
  if (/^(SQLITE_(CANTOPEN|READONLY|PERM|IOERR|AUTH)|E(ACCES|PERM|ROFS|ISDIR|NOTDIR))/.test(code)) {
    // A writable file in a read-only folder fails too (SQLite makes its WAL files beside it): the
    // message says so, or the operator checks the file, finds it writable, and is left guessing.
    return new StoreStartupError(
      `cannot open the store ${path} for writing (${said}): sockerr must be able to read and write it and to create files in its folder (SQLite keeps ${basename(path)}-wal and ${basename(path)}-shm beside it). Fix the permissions, or set SOCKERR_STORE_PATH to a file in a folder sockerr may write.`,
    );
  }
  return new StoreStartupError(`cannot open the store ${path}: ${said}`);
}
