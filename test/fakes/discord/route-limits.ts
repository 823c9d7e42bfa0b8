/**
 * Discord's per-route rate limits as its REST API states them: every answer on a limited route
 * carries `X-RateLimit-Limit`, `-Remaining`, `-Reset-After` (seconds) and `-Bucket`, counted per
 * top-level resource (the channel); a request past the limit is answered 429 with `retry_after`.
 * Reference: discord.com/developers/docs/topics/rate-limits (header format, per-route limits).
 * Discord does not document the numbers (Create Message is 5 per 5 s per channel in practice), so
 * a test states its own.
 */
export interface RouteLimit {
  limit: number;
  resetAfterMs: number;
  /** Shown as `X-RateLimit-Bucket`. */
  bucket: string;
}

type Headers = Record<string, string>;

export function createRouteLimits(now: () => number = Date.now) {
  const limits: { method: string; path: RegExp; limit: RouteLimit }[] = [];
  /** Bucket and major parameter → the window's start and the requests it has taken. */
  const windows = new Map<string, { start: number; used: number }>();
  return {
    /** Limits requests matching `method` and `path`, counted per the path's first captured group. */
    limit(method: string, path: RegExp, limit: RouteLimit): void {
      limits.push({ method, path, limit });
    },
    /**
     * Takes a request's share of its route's limit: the headers its answer carries, and whether it
     * is over the limit (then it is answered 429, and counts nothing). Undefined for unlimited routes.
     */
    take(
      method: string,
      path: string,
    ): { headers: Headers; over: boolean; retryAfterMs: number } | undefined {
      for (const { method: m, path: p, limit } of limits) {
        const match = p.exec(path);
        if (!match || m !== method) continue;
        const key = `${limit.bucket}:${match[1] ?? ''}`;
        const t = now();
        let window = windows.get(key);
        if (!window || t - window.start >= limit.resetAfterMs) window = { start: t, used: 0 };
        windows.set(key, window);
        const over = window.used >= limit.limit;
        if (!over) window.used += 1;
        const resetAfterMs = Math.max(0, window.start + limit.resetAfterMs - t);
        const headers: Headers = {
          'x-ratelimit-limit': String(limit.limit),
          'x-ratelimit-remaining': String(limit.limit - window.used),
          'x-ratelimit-reset': String((t + resetAfterMs) / 1000),
          'x-ratelimit-reset-after': String(resetAfterMs / 1000),
          'x-ratelimit-bucket': limit.bucket,
        };
        if (over) {
          headers['retry-after'] = String(Math.ceil(resetAfterMs / 1000));
          headers['x-ratelimit-scope'] = 'user';
        }
        return { headers, over, retryAfterMs: resetAfterMs };
      }
      return undefined;
    },
  };
}
