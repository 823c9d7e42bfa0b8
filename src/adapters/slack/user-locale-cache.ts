/** Slack users' locales (`users.info` with `include_locale`), cached so each user costs one call a day at most. */
export interface UserLocaleCache {
  /** The cached locale, else the result of `fetch` (undefined when Slack did not say), cached. */
  load(userId: string, fetch: () => Promise<string | undefined>): Promise<string | undefined>;
}

export interface UserLocaleCacheOptions {
  /** How many users to remember; the least recently used are forgotten first. */
  maxUsers?: number;
  ttlMs?: number;
  /** How long to remember that a look-up failed (missing scope, rate limit) before asking again. */
  failureTtlMs?: number;
  now?: () => number;
}

interface Entry {
  locale: Promise<string | undefined>;
  expires: number;
}

export function createUserLocaleCache(options: UserLocaleCacheOptions = {}): UserLocaleCache {
  const maxUsers = options.maxUsers ?? 5000;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60_000;
  const failureTtlMs = options.failureTtlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  const fresh = (userId: string): Entry | undefined => {
    const entry = entries.get(userId);
    if (!entry) return undefined;
    if (entry.expires <= now()) {
      entries.delete(userId);
      return undefined;
    }
    // Re-insert so the Map's order is least recently used first.
    entries.delete(userId);
    entries.set(userId, entry);
    return entry;
  };

  return {
    load(userId, fetch) {
      const cached = fresh(userId);
      if (cached) return cached.locale;
      // Concurrent look-ups of one user share a single call.
      const entry: Entry = { locale: Promise.resolve(undefined), expires: now() + ttlMs };
      entry.locale = fetch().then(
        (locale) => {
          if (locale === undefined) entry.expires = now() + failureTtlMs;
          return locale;
        },
        () => {
          entry.expires = now() + failureTtlMs;
          return undefined;
        },
      );
      entries.set(userId, entry);
      for (const key of entries.keys()) {
        if (entries.size <= maxUsers) break;
        entries.delete(key);
      }
      return entry.locale;
    },
  };
}
