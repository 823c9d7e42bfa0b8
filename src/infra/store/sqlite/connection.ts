import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from './open-sqlite.js';

/** The process's connection to one database file, and what is pending on it. */
export interface SqliteConnection {
  readonly db: Database.Database;
  /**
   * Runs `work` (one or more writes) in this turn's write transaction, opening it if need be.
   * The writes of one turn of the event loop share one transaction, committed when the turn ends
   * (`setImmediate`): a message's event claim, its counts and its cooldown claims, and the writes
   * of every other request handled in the same turn, cost one commit (its locks and one append to
   * the WAL) instead of one each, and the reads between them take no locks of their own. BEGIN
   * IMMEDIATE takes the write lock at the first write, so a claim is still decided by one writer at
   * a time across processes; other processes see the writes when the turn ends.
   */
  inTurn<T>(work: () => T): T;
  /**
   * Resolves once the writes of this turn so far are committed; rejects with the commit's error
   * when they were rolled back (a full disk fails the commit, not the statements before it).
   */
  turnCommitted(): Promise<void>;
  /** Commits this turn's writes now (before closing). */
  commitTurn(): void;
  /**
   * Runs `work` in a transaction of its own, committed before this returns (after committing this
   * turn's writes): a failed commit throws here, to the caller, instead of after it was told "done".
   * Not `patient` (the store is down): waits {@link LOCKED_BUSY_MS} for the write lock, not the busy timeout.
   */
  commitNow<T>(work: () => T, patient?: boolean): T;
  /** Lets go of the connection; the last user to let go closes it. */
  release(): void;
}

/**
 * How long a write waits for the lock while the store cannot be used: better-sqlite3 waits on the
 * thread that serves every request, so the full busy timeout for each write queued every request
 * behind a lock another program kept (ten messages: the tenth acknowledged after 18 s, past
 * Slack's 3 s, and commands timed out). The store's first failure still waits the full timeout
 * (the lock may be another sockerr process's turn); the first write that commits ends the outage.
 */
const LOCKED_BUSY_MS = 10;

interface Shared {
  connection: SqliteConnection;
  users: number;
}

const connections = new Map<string, Shared>();

/**
 * The one connection this process keeps to the database at `path` (opened on first use, with
 * `onOpen` run once): every store on the same file in one process shares its transactions, so
 * a write in a turn is seen by the others at once and none waits for a lock its own process holds.
 */
export function acquireConnection(
  path: string,
  options: {
    busyTimeoutMs: number;
    onOpen: (db: Database.Database) => void;
    /** A turn's commit failed: its writes are lost (they were rolled back). */
    onCommitError: (error: unknown) => void;
  },
): SqliteConnection {
  const key = resolve(path);
  const found = connections.get(key);
  if (found) {
    found.users += 1;
    return found.connection;
  }
  const db = openSqlite(path, options.busyTimeoutMs);
  try {
    options.onOpen(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // Prepared once: a turn's BEGIN and COMMIT are not parsed again for every request.
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  let turn: Turn | undefined;
  const commitTurn = () => {
    const ending = turn;
    turn = undefined;
    if (!db.open || !db.inTransaction) return ending?.settle();
    try {
      commit.run();
      ending?.settle();
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      options.onCommitError(error);
      ending?.settle(error);
    }
  };
  const shared: Shared = {
    users: 1,
    connection: {
      db,
      inTurn(work) {
        if (!db.inTransaction) {
          begin.run();
          turn = createTurn();
          setImmediate(commitTurn);
        }
        return work();
      },
      turnCommitted: () => turn?.committed ?? Promise.resolve(),
      commitTurn,
      commitNow(work, patient = true) {
        commitTurn();
        if (patient) return db.transaction(work).immediate();
        db.pragma(`busy_timeout = ${LOCKED_BUSY_MS}`);
        try {
          return db.transaction(work).immediate();
        } finally {
          db.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
        }
      },
      release() {
        shared.users -= 1;
        if (shared.users > 0) return;
        connections.delete(key);
        commitTurn();
        if (db.open) db.close();
      },
    },
  };
  connections.set(key, shared);
  return shared.connection;
}

/** One turn's transaction: who waits for its commit learns how it went. */
interface Turn {
  committed: Promise<void>;
  settle(error?: unknown): void;
}

function createTurn(): Turn {
  let settle: (error?: unknown) => void = () => undefined;
  const committed = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  committed.catch(() => undefined); // most turns are waited on by no one
  return { committed, settle };
}
