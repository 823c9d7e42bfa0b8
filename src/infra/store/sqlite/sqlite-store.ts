import { basename, dirname, join } from 'node:path';
import type { Logger, SeenCount, Store } from '../../../core/index.js';
import { createAvailability } from '../availability.js';
import { DEFAULT_KEPT_HOURS, HOUR_MS, type HourRange, hourOf, tallyRanges } from '../hours.js';
import { acquireConnection } from './connection.js';
import { importJsonStates } from './import-json.js';
import { jsonBackupPath } from './open-sqlite.js';
import { readSettings, type SettingsRow } from './settings-row.js';
import { prepareClaims } from './sqlite-claims.js';
import { prepareCounts } from './sqlite-counts.js';
import { createSqliteGuard } from './sqlite-guard.js';
import { prepareRecords } from './sqlite-records.js';
import { prepareSweep } from './sqlite-sweep.js';

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
/** One slice of a sweep of expired claims and notes (`sqlite-sweep.ts`) this often, until it is done. */
const SLICE_EVERY_MS = 50;

/**
 * The embedded store: one SQLite file that any number of sockerr processes on one host share.
 * Every call is one statement or one transaction, and the writes of one turn of the event loop
 * are committed together when it ends (`connection.ts`), so a write by one process is seen by the
 * others within moments and no process overwrites another's (settings are merged field by field
 * in SQL). Stores on one file in one process share one connection and see each other's writes at once.
 */
export function createSqliteStore(
  options: SqliteStoreOptions,
): Store & { prune(): void; committed(): Promise<void> } {
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
    // Once per outage (a full disk fails every commit): later writes commit on their own (`guard`).
    onCommitError: (error) => {
      if (availability.isUp)
        logger.error('the SQLite store could not commit the last moment’s claims and counts', {
          path,
          error,
        });
      availability.down(error);
    },
  });
  const { db } = connection;

  const q = {
    getSettings: db.prepare<[string], SettingsRow>(
      'SELECT auto_reply, mention_only, lang FROM settings WHERE key = ?',
    ),
    mergeSettings: db.prepare<[string, number | null, number | null, string | null, number], SettingsRow>(
      `INSERT INTO settings (key, auto_reply, mention_only, lang, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET auto_reply = coalesce(excluded.auto_reply, auto_reply),
         mention_only = coalesce(excluded.mention_only, mention_only),
         lang = coalesce(excluded.lang, lang), updated_at = excluded.updated_at
       RETURNING auto_reply, mention_only, lang`,
    ),
    tally: db.prepare<[string, number, number], SeenCount>(
      'SELECT id, sum(count) AS count FROM seen WHERE scope = ? AND hour BETWEEN ? AND ? GROUP BY id',
    ),
    pruneSeen: db.prepare<[number]>('DELETE FROM seen WHERE hour <= ?'),
    ping: db.prepare('SELECT count(*) FROM meta'),
    // A write, for `ping` while writes fail: a full disk still answers reads.
    probe: db.prepare<[string]>(
      "INSERT INTO meta (key, value) VALUES ('ping', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ),
  };
  const claims = prepareClaims(db);
  const countSeen = prepareCounts(db);
  const records = prepareRecords(db);
  const sweep = prepareSweep(db);
  // Counts and feedback past retention go by their indexes; expired claims and notes in a sweep.
  const pruneRetained = () => {
    const t = now();
    q.pruneSeen.run(hourOf(t) - keptHours);
    records.prune(t - keptHours * HOUR_MS);
  };
  const sum = (scope: string, range: HourRange) =>
    range.from > range.to ? [] : q.tally.all(scope, range.from, range.to);
  const tally = (read: (range: HourRange) => SeenCount[], hours: number) => {
    const ranges = tallyRanges(now(), hours, keptHours);
    return { current: read(ranges.current), previous: read(ranges.previous), keptHours };
  };
  const flag = (value: boolean | undefined) => (value === undefined ? null : Number(value));

  const availability = createAvailability(
    logger,
    {
      down: 'the SQLite store cannot be used right now; auto-replies pause and commands use default settings until it works again',
      up: 'the SQLite store works again; auto-replies resume',
    },
    { path },
  );
  const { guard, kept, committed } = createSqliteGuard({ connection, availability, path });

  // Pruning is housekeeping, not a request's work: short transactions of its own, committed at
  // once, and the sweep a slice at a time between requests until it has passed every key.
  const inOwnTransaction = <T>(work: () => T) =>
    guard(
      () => (availability.isUp ? db.transaction(work).immediate() : connection.commitNow(work, false)),
      false,
    );
  let slicing: NodeJS.Timeout | undefined;
  const stopSlicing = () => {
    clearInterval(slicing);
    slicing = undefined;
  };
  const pruneNow = () => {
    void inOwnTransaction(pruneRetained).catch(() => {});
    slicing ??= setInterval(() => {
      inOwnTransaction(() => sweep.step(now())).then((done) => done && stopSlicing(), stopSlicing);
    }, SLICE_EVERY_MS);
    slicing.unref();
  };
  pruneNow();
  const timer = setInterval(pruneNow, PRUNE_EVERY_MS);
  timer.unref();

  return {
    getSettings: (key) => guard(() => readSettings(q.getSettings.get(key)), false),
    updateSettings: (key, patch) =>
      kept(() => {
        const row = q.mergeSettings.get(
          key,
          flag(patch.autoReply),
          flag(patch.mentionOnly),
          patch.lang ?? null,
          now(),
        );
        return readSettings(row) ?? {};
      }),
    claimOnce: (key, ttlMs) =>
      guard(() => {
        const t = now();
        return claims.claim(key, t, t + ttlMs);
      }),
    release: (key) => guard(() => claims.release(key)),
    countSeen: (scope, ids) => guard(() => countSeen(scope, hourOf(now()), ids)),
    tallySeen: (scope, hours) => guard(() => tally((range) => sum(scope, range), hours), false),
    tallySeenUnder: (parent, hours) =>
      guard(() => tally((range) => records.sumUnder(parent, range), hours), false),
    remember: (key, value, ttlMs) => guard(() => records.remember(key, value, now() + ttlMs)),
    recall: (key) => guard(() => records.recall(key, now()), false),
    addFeedback: (entry) => guard(() => records.addFeedback(entry)),
    listFeedback: (sinceMs, limit = 1000) =>
      guard(() => records.listFeedback(Math.max(sinceMs, now() - keptHours * HOUR_MS), limit), false),
    committed,
    ping: () =>
      availability.isUp
        ? guard(() => void q.ping.get(), false)
        : guard(() => void q.probe.run(String(now()))),
    prune() {
      sweep.whole(now());
      pruneRetained();
    },
    async close() {
      clearInterval(timer);
      stopSlicing();
      connection.release();
    },
  };
}
