import type { Database } from 'better-sqlite3';

/** Keys one slice reads (a millisecond or so): a sweep never holds the thread or the write lock for long. */
const SLICE_KEYS = 2000;

/** The tables whose rows expire, each keyed by `key TEXT PRIMARY KEY` with an `expires_at`. */
const EXPIRING = ['claims', 'notes'] as const;

/** One step of a sweep: true once it has passed the last key of the last table. */
export type SweepStep = (now: number) => boolean;

/**
 * Deletes expired claims and notes a slice of keys at a time, walking each table in key order and
 * starting over after its last key. The tables have no index on expiry: such an index served only
 * pruning, and cost every claim and note a second B-tree page written to the WAL at every commit
 * (an auto-reply's commit wrote 9.4 pages with them, 5.7 without). A slice is a range of the
 * primary key, so it reads only its own keys however large the table has grown.
 */
export function prepareSweep(db: Database): { step: SweepStep; whole(now: number): void } {
  const tables = EXPIRING.map((table) => ({
    // The last of the next SLICE_KEYS keys: where this slice ends.
    end: db.prepare<[string, number], { key: string | null }>(
      `SELECT max(key) AS key FROM (SELECT key FROM ${table} WHERE key > ? ORDER BY key LIMIT ?)`,
    ),
    remove: db.prepare<[string, string, number]>(
      `DELETE FROM ${table} WHERE key > ? AND key <= ? AND expires_at <= ?`,
    ),
  }));
  let table = 0;
  let after = '';
  const step: SweepStep = (now) => {
    const current = tables[table];
    const end = current?.end.get(after, SLICE_KEYS)?.key;
    if (!current || end === null || end === undefined) {
      table = (table + 1) % tables.length;
      after = '';
      return table === 0;
    }
    current.remove.run(after, end, now);
    after = end;
    return false;
  };
  return {
    step,
    /** A whole sweep from the first key, at once. */
    whole(now) {
      table = 0;
      after = '';
      while (!step(now));
    },
  };
}
