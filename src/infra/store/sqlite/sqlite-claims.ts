import type Database from 'better-sqlite3';
import { createHeldClaims } from '../held-claims.js';

/**
 * Claims of a key until a time, shared by every process on the file. The time a claim ends is its
 * token (another process's later claim of the key ends at another moment): a release deletes the
 * claim only while it is still the one this process made (see held-claims.ts).
 */
export function prepareClaims(db: Database.Database) {
  // One statement, so one atomic write: a new key is inserted, an expired one taken over, and a
  // live one left alone (no change). No other process can claim the key in between.
  const claim = db.prepare<[string, number, number]>(
    `INSERT INTO claims (key, expires_at) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= ?`,
  );
  const release = db.prepare<[string, number]>('DELETE FROM claims WHERE key = ? AND expires_at = ?');
  const releaseAny = db.prepare<[string]>('DELETE FROM claims WHERE key = ?');
  const held = createHeldClaims<number>();
  return {
    /** Claims `key` at `at` until `until`; true if this call won it. */
    claim(key: string, at: number, until: number): boolean {
      const won = claim.run(key, until, at).changes === 1;
      if (won) held.hold(key, until);
      return won;
    },
    /** Deletes this process's claim of `key`, if it is still the claim there (any, if it was let go). */
    release(key: string): void {
      const until = held.take(key);
      if (until !== undefined) release.run(key, until);
      else releaseAny.run(key);
    },
  };
}
