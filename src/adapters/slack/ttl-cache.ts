/**
 * Answers from Slack worth remembering for a while (a user's locale and role from `users.info`,
 * a user group's members): each key costs one call per `ttlMs` at most, concurrent look-ups of
 * one key share a single call, and the least recently used keys are forgotten beyond `maxEntries`.
 */
export interface TtlCache<T> {
  /** The cached value, else the result of `fetch` (undefined when Slack did not say), cached. */
  load(key: string, fetch: () => Promise<T | undefined>): Promise<T | undefined>;
}

export interface TtlCacheOptions {
  /** How many keys to remember; the least recently used are forgotten first. */
  maxEntries?: number;
  ttlMs?: number;
  /**
   * How long to remember that a look-up failed (missing scope, rate limit) before asking again;
   * at most `ttlMs`. Default 5 min.
   */
  failureTtlMs?: number;
  now?: () => number;
}

interface Entry<T> {
  value: Promise<T | undefined>;
  expires: number;
}

export function createTtlCache<T>(options: TtlCacheOptions = {}): TtlCache<T> {
  const maxEntries = options.maxEntries ?? 5000;
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  // A failure is asked about again sooner than an answer, never later (a rate limit passes).
  const failureTtlMs = Math.min(options.failureTtlMs ?? 5 * 60_000, ttlMs);
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<T>>();

  const fresh = (key: string): Entry<T> | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.expires <= now()) return undefined;
    // Re-insert so the Map's order is least recently used first.
    entries.set(key, entry);
    return entry;
  };

  return {
    load(key, fetch) {
      const cached = fresh(key);
      if (cached) return cached.value;
      const entry: Entry<T> = { value: Promise.resolve(undefined), expires: now() + ttlMs };
      entry.value = fetch().then(
        (value) => {
          if (value === undefined) entry.expires = now() + failureTtlMs;
          return value;
        },
        () => {
          entry.expires = now() + failureTtlMs;
          return undefined;
        },
      );
      entries.set(key, entry);
      for (const old of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(old);
      }
      return entry.value;
    },
  };
}
