import type { FeedbackEntry, Settings, Store } from '../../core/index.js';
import {
  DEFAULT_KEPT_HOURS,
  HOUR_MS,
  type HourRange,
  hourOf,
  hoursIn,
  tallyRanges,
  toCounts,
} from './hours.js';
import { isDirectlyUnder } from './scopes.js';

export interface MemoryStoreOptions {
  now?: () => number;
  /** Upper bound on remembered keys, so a flood of events cannot exhaust memory. */
  maxClaims?: number;
  /** Hourly buckets of counts kept (SOCKERR_RETENTION_DAYS × 24); older ones are pruned. */
  keptHours?: number;
}

/**
 * An in-process store (the CLI, unit tests): the same contract as SQLite and Redis, shared with
 * no other process and gone when this one ends. Claims expire; counts live in hourly buckets
 * that are pruned past the retention period.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const maxClaims = options.maxClaims ?? 100_000;
  const keptHours = options.keptHours ?? DEFAULT_KEPT_HOURS;
  const settings = new Map<string, Settings>();
  const claims = new Map<string, number>(); // key -> expiry, in insertion order
  const seen = new Map<string, Map<number, Map<string, number>>>(); // scope -> hour -> id -> count
  const notes = new Map<string, { value: string; expiry: number }>(); // in insertion order
  const feedback: FeedbackEntry[] = []; // oldest first
  let prunedHour = Number.NEGATIVE_INFINITY;

  const sweepClaims = (t: number) => {
    for (const [key, expiry] of claims) {
      if (expiry > t && claims.size <= maxClaims) break;
      claims.delete(key);
    }
  };
  /** Once an hour at most: drops buckets past retention in every scope, and scopes left empty. */
  const pruneCounts = (hour: number) => {
    if (hour === prunedHour) return;
    prunedHour = hour;
    for (const [scope, buckets] of seen) {
      for (const h of buckets.keys()) if (h <= hour - keptHours) buckets.delete(h);
      if (buckets.size === 0) seen.delete(scope);
    }
  };
  const sum = (scopes: readonly string[], range: HourRange) => {
    const totals = new Map<string, number>();
    for (const scope of scopes) {
      const buckets = seen.get(scope);
      for (const h of buckets ? hoursIn(range) : []) {
        for (const [id, n] of buckets?.get(h) ?? []) totals.set(id, (totals.get(id) ?? 0) + n);
      }
    }
    return toCounts(totals);
  };
  const tally = (scopes: readonly string[], hours: number) => {
    const ranges = tallyRanges(now(), hours, keptHours);
    return { current: sum(scopes, ranges.current), previous: sum(scopes, ranges.previous), keptHours };
  };

  return {
    async getSettings(key) {
      const found = settings.get(key);
      return found ? { ...found } : undefined;
    },
    async updateSettings(key, patch) {
      const next: Settings = { ...settings.get(key) };
      if (patch.autoReply !== undefined) next.autoReply = patch.autoReply;
      if (patch.mentionOnly !== undefined) next.mentionOnly = patch.mentionOnly;
      if (patch.lang !== undefined) next.lang = patch.lang;
      settings.set(key, next);
      return { ...next };
    },
    async claimOnce(key, ttlMs) {
      const t = now();
      const expiry = claims.get(key);
      if (expiry !== undefined && expiry > t) return false;
      claims.delete(key);
      claims.set(key, t + ttlMs);
      sweepClaims(t);
      return true;
    },
    async release(key) {
      claims.delete(key);
    },
    async countSeen(scope, ids) {
      const hour = hourOf(now());
      pruneCounts(hour);
      const buckets = seen.get(scope) ?? new Map<number, Map<string, number>>();
      const bucket = buckets.get(hour) ?? new Map<string, number>();
      for (const id of ids) bucket.set(id, (bucket.get(id) ?? 0) + 1);
      buckets.set(hour, bucket);
      seen.set(scope, buckets);
    },
    async tallySeen(scope, hours) {
      return tally([scope], hours);
    },
    async tallySeenUnder(parent, hours) {
      return tally(
        [...seen.keys()].filter((scope) => isDirectlyUnder(scope, parent)),
        hours,
      );
    },
    async remember(key, value, ttlMs) {
      const t = now();
      notes.delete(key);
      notes.set(key, { value, expiry: t + ttlMs });
      for (const [k, note] of notes) {
        if (note.expiry > t && notes.size <= maxClaims) break;
        notes.delete(k);
      }
    },
    async recall(key) {
      const note = notes.get(key);
      return note && note.expiry > now() ? note.value : undefined;
    },
    async addFeedback(entry) {
      feedback.push({ ...entry, findings: [...entry.findings] });
      const oldest = now() - keptHours * HOUR_MS;
      while (feedback.length > 0 && ((feedback[0]?.at ?? 0) < oldest || feedback.length > maxClaims))
        feedback.shift();
    },
    async listFeedback(sinceMs, limit = 1000) {
      const from = Math.max(sinceMs, now() - keptHours * HOUR_MS);
      return feedback
        .filter((f) => f.at >= from)
        .sort((a, b) => a.at - b.at)
        .slice(0, limit)
        .map((f) => ({ ...f, findings: [...f.findings] }));
    },
    async ping() {},
    async close() {},
  };
}
