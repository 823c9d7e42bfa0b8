import type { RateLimitData } from 'discord.js';

export interface RateLimitCapOptions {
  /** The longest wait worth taking for one 429; a longer one fails the call at once. */
  maxWaitMs: number;
  /** How many 429s one route may answer within `windowMs` before its calls fail instead of waiting. */
  maxHits: number;
  windowMs: number;
  /** Told of every wait (a retry) and every refusal (a give-up). */
  onWait?: (data: RateLimitData) => void;
  onReject?: (data: RateLimitData) => void;
  now?: () => number;
}

/** discord.js `rest.rejectOnRateLimit`, and what tells it a wait is pacing rather than a 429. */
export interface RateLimitCap {
  (data: RateLimitData): boolean;
  /**
   * For `rest.on(RESTEvents.RateLimited)`: discord.js announces there (with the very object it then
   * hands the cap) a wait it takes on its own, before sending, because Discord's rate-limit headers
   * said the route's bucket is spent; it says nothing there of a 429 Discord answered.
   */
  pacing(data: RateLimitData): void;
}

/**
 * discord.js `rest.rejectOnRateLimit`: by default a 429 is waited out and retried without end (an
 * always-429 route was tried 18 times in 20 s). This answers "wait" for a short limit and "fail
 * now" (a RateLimitError the send guard logs) for a long one, or for a route that keeps answering
 * 429. Waits for a pace are not a route's 429s: the global 50 a second, and a route's bucket that
 * Discord's headers say is spent (5 replies in a channel within 5 s), which Discord asks clients to
 * wait out (discord.com/developers/docs/topics/rate-limits). Routes are remembered for `windowMs`,
 * at most 1000 of them.
 */
export function createRateLimitCap(options: RateLimitCapOptions): RateLimitCap {
  const now = options.now ?? Date.now;
  const hits = new Map<string, { count: number; since: number }>();
  const paced = new WeakSet<RateLimitData>();
  const cap = (data: RateLimitData): boolean => {
    // A pace says nothing of the route, and in a burst one request may meet it many times over,
    // so it does not count as the route's; only a long one fails the call. A global 429 (a banned
    // token) is also told as global.
    if (data.global || paced.has(data)) {
      const tooLong = data.retryAfter > options.maxWaitMs;
      (tooLong ? options.onReject : options.onWait)?.(data);
      return tooLong;
    }
    const t = now();
    const key = `${data.method} ${data.route} ${data.majorParameter}`;
    let entry = hits.get(key);
    if (!entry || t - entry.since > options.windowMs) entry = { count: 0, since: t };
    entry.count += 1;
    hits.delete(key);
    hits.set(key, entry);
    if (hits.size > 1000) hits.delete(hits.keys().next().value as string);
    const reject = data.retryAfter > options.maxWaitMs || entry.count >= options.maxHits;
    if (reject) {
      hits.delete(key);
      options.onReject?.(data);
    } else options.onWait?.(data);
    return reject;
  };
  return Object.assign(cap, { pacing: (data: RateLimitData) => void paced.add(data) });
}
