import type { Database } from 'better-sqlite3';
import { StoreStartupError } from '../store-startup-error.js';

/**
 * The schema, one migration per version (`PRAGMA user_version`). Append a migration to change
 * it; never edit one that has shipped, since databases in the field are already past it.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     auto_reply INTEGER CHECK (auto_reply IN (0, 1)),
     lang TEXT,
     updated_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE claims (
     key TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX claims_by_expiry ON claims (expires_at);
   CREATE TABLE seen (
     scope TEXT NOT NULL,
     hour INTEGER NOT NULL,
     id TEXT NOT NULL,
     count INTEGER NOT NULL CHECK (count > 0),
     PRIMARY KEY (scope, hour, id)
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX seen_by_hour ON seen (hour);
   CREATE TABLE meta (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL
   ) STRICT;`,
  // v2: the "mention" auto-reply mode, short-lived notes (feedback context, threads answered in)
  // and feedback on auto-replies. Only additions: v1 rows keep their meaning.
  `ALTER TABLE settings ADD COLUMN mention_only INTEGER CHECK (mention_only IN (0, 1));
   CREATE TABLE notes (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX notes_by_expiry ON notes (expires_at);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     verdict TEXT NOT NULL CHECK (verdict IN ('helpful', 'wrong')),
     channel TEXT NOT NULL,
     reply_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     text_hash TEXT NOT NULL,
     excerpt TEXT NOT NULL,
     findings TEXT NOT NULL,
     removed INTEGER NOT NULL CHECK (removed IN (0, 1))
   ) STRICT;
   CREATE INDEX feedback_by_time ON feedback (at);`,
  // v3: no index on when claims and notes expire. It served only pruning (now a sweep by key,
  // `sqlite-sweep.ts`) and cost each write a second page in the WAL at every commit.
  `DROP INDEX claims_by_expiry;
   DROP INDEX notes_by_expiry;`,
];

/** The schema version this build of sockerr writes. */
const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to {@link SCHEMA_VERSION} in one write transaction, so two processes
 * starting together migrate once. A newer version stops start-up: this build would not know
 * what the newer one keeps there.
 */
export function migrate(db: Database, path: string): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new StoreStartupError(
        `${path} was written by a newer sockerr (store schema v${version}; this one knows up to v${SCHEMA_VERSION}). ` +
          'Run the newer sockerr, or point SOCKERR_STORE_PATH at another file. The file was not changed.',
      );
    }
    for (let v = version; v < SCHEMA_VERSION; v += 1) db.exec(MIGRATIONS[v] as string);
    if (version < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
