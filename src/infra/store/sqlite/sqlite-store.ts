import { basename, dirname, join } from 'node:path';
import type { Locale, Logger, SeenCount, Settings, Store } from '../../../core/index.js';
import { StoreUnavailableError } from '../../../core/index.js';
import { createAvailability } from '../availability.js';
import { DEFAULT_KEPT_HOURS, type HourRange, hourOf, tallyRanges } from '../hours.js';
import { acquireConnection } from './connection.js';
import { importJsonStates } from './import-json.js';
import { jsonBackupPath } from './open-sqlite.js';

export interface SqliteStoreOptions {
  /** The database file (SOCKERR_STORE_PATH); created with its folder on first run. */
  path: string;
  logger: Logger;
  now?: () => number;
  /** Hourly buckets of counts kept (SOCKERR_RETENTION_DAYS × 24). */
  keptHours?: number;
  /** How long a call waits for another process's write to finish. better-sqlite3 is synchronous, so keep it short. */
  busyTimeoutMs?: number;
}

/** Expired claims and counts past retention are deleted this often (by whichever process comes first). */
const PRUNE_EVERY_MS = 10 * 60_000;

/** SQLite's answers that mean "not usable right now" rather than a mistake in our SQL. */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PROTOCOL|NOMEM|PERM)/;

/**
 * The embedded store: one SQLite file that any number of sockerr processes on one host share.
 * Every call is one statement or one transaction, and the writes of one turn of the event loop
 * are committed together when it ends (`connection.ts`), so a write by one process is seen by the
 * others within moments and no process overwrites another's (settings are merged field by field
 * in SQL). Stores on one file in one process share one connection and see each other's writes at once.
 */
export function createSqliteStore(options: SqliteStoreOptions): Store & { prune(): void } {
  const { path, logger } = options;
  const now = options.now ?? Date.now;
  const keptHours = options.keptHours ?? DEFAULT_KEPT_HOURS;
  const beside = join(dirname(path), 'state.json');
  const connection = acquireConnection(path, {
    busyTimeoutMs: options.busyTimeoutMs ?? 2000,
    onOpen: (opened) =>
      importJsonStates(opened, [jsonBackupPath(path), ...(basename(path) === 'state.json' ? [] : [beside])], {
        now: now(),
        keptHours,
        logger,
      }),
    onCommitError: (error) => {
      availability.down(error);
      logger.error('the SQLite store could not commit the last moment’s claims and counts', { path, error });
    },
  });
  const { db } = connection;

  const q = {
    getSettings: db.prepare<[string], { auto_reply: number | null; lang: string | null }>(
      'SELECT auto_reply, lang FROM settings WHERE key = ?',
    ),
    mergeSettings: db.prepare<
      [string, number | null, string | null, number],
      { auto_reply: number | null; lang: string | null }
    >(
      `INSERT INTO settings (key, auto_reply, lang, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET auto_reply = coalesce(excluded.auto_reply, auto_reply),
         lang = coalesce(excluded.lang, lang), updated_at = excluded.updated_at
       RETURNING auto_reply, lang`,
    ),
    // One statement, so one atomic write: a new key is inserted, an expired one taken over, and a
    // live one left alone (no change). No other process can claim the key in between.
    claim: db.prepare<[string, number, number]>(
      `INSERT INTO claims (key, expires_at) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= ?`,
    ),
    release: db.prepare<[string]>('DELETE FROM claims WHERE key = ?'),
    count: db.prepare<[string, number, string]>(
      'INSERT INTO seen (scope, hour, id, count) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1',
    ),
    tally: db.prepare<[string, number, number], SeenCount>(
      'SELECT id, sum(count) AS count FROM seen WHERE scope = ? AND hour BETWEEN ? AND ? GROUP BY id',
    ),
    pruneClaims: db.prepare<[number]>('DELETE FROM claims WHERE expires_at <= ?'),
    pruneSeen: db.prepare<[number]>('DELETE FROM seen WHERE hour <= ?'),
    ping: db.prepare('SELECT count(*) FROM meta'),
  };
  const countSeen = db.transaction((scope: string, hour: number, ids: readonly string[]) => {
    for (const id of ids) q.count.run(scope, hour, id);
  });
  const prune = () => {
    const t = now();
    q.pruneClaims.run(t);
    q.pruneSeen.run(hourOf(t) - keptHours);
  };
  const sum = (scope: string, range: HourRange) =>
    range.from > range.to ? [] : q.tally.all(scope, range.from, range.to);

  const availability = createAvailability(
    logger,
    {
      down: 'the SQLite store cannot be used right now; auto-replies pause and commands use default settings until it works again',
      up: 'the SQLite store works again; auto-replies resume',
    },
    { path },
  );
  // Only a write proves the store works again: in WAL mode reads go on while another program
  // holds the write lock, and counting them would log "back" and "down" in turn.
  const guard = <T>(work: () => T, writes = true): Promise<T> => {
    try {
      const value = writes ? connection.inTurn(work) : work();
      if (writes) availability.up();
      return Promise.resolve(value);
    } catch (error) {
      if (!UNAVAILABLE.test(String((error as { code?: unknown }).code))) return Promise.reject(error);
      availability.down(error);
      const message = `the SQLite store ${path} cannot be used right now: ${(error as Error).message}`;
      return Promise.reject(new StoreUnavailableError(message, { cause: error }));
    }
  };

  // Pruning is housekeeping, not a request's work: its own short transaction, committed at once.
  const pruneNow = () => guard(() => db.transaction(prune).immediate(), false).catch(() => {});
  void pruneNow();
  const timer = setInterval(() => void pruneNow(), PRUNE_EVERY_MS);
  timer.unref();

  return {
    getSettings: (key) => guard(() => readSettings(q.getSettings.get(key)), false),
    updateSettings: (key, patch) =>
      guard(() => {
        const auto = patch.autoReply === undefined ? null : Number(patch.autoReply);
        return readSettings(q.mergeSettings.get(key, auto, patch.lang ?? null, now())) ?? {};
      }),
    claimOnce: (key, ttlMs) =>
      guard(() => {
        const t = now();
        return q.claim.run(key, t + ttlMs, t).changes === 1;
      }),
    release: (key) => guard(() => void q.release.run(key)),
    countSeen: (scope, ids) => guard(() => countSeen.immediate(scope, hourOf(now()), ids)),
    tallySeen: (scope, hours) =>
      guard(() => {
        const ranges = tallyRanges(now(), hours, keptHours);
        return { current: sum(scope, ranges.current), previous: sum(scope, ranges.previous), keptHours };
      }, false),
    ping: () => guard(() => void q.ping.get(), false),
    prune: () => void prune(),
    async close() {
      clearInterval(timer);
      connection.release();
    },
  };
}

/** A stored row as settings; values that are not ours (a hand-edited file) are left out. */
function readSettings(
  row: { auto_reply: number | null; lang: string | null } | undefined,
): Settings | undefined {
  if (!row) return undefined;
  const settings: Settings = {};
  if (row.auto_reply === 0 || row.auto_reply === 1) settings.autoReply = row.auto_reply === 1;
  if (row.lang === 'en' || row.lang === 'zh-TW') settings.lang = row.lang as Locale;
  return settings;
}
