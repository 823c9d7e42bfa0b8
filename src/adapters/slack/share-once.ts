import { createTtlCache } from './ttl-cache.js';

/**
 * How long a share is remembered after it was posted: a second click arrives within moments, and
 * by then the private answer it was on is deleted (`delete_original`), so nothing else can press it.
 */
const HOLD_MS = 60_000;

/**
 * Runs one share per private answer at a time. Slack sends a `block_actions` request for every
 * click, each with its own `trigger_id` (slackapi/bolt-js#1104, #822): a double click on "Share in
 * channel" would otherwise post the explanation in the channel twice. Presses of the same button
 * on the same message share one run; a share that failed is forgotten at once, so pressing again
 * tries again.
 */
export function createShareOnce(options: { now?: () => number } = {}) {
  const shares = createTtlCache<true>({
    ttlMs: HOLD_MS,
    failureTtlMs: 0,
    maxEntries: 1000,
    ...(options.now ? { now: options.now } : {}),
  });
  return async (key: string | undefined, share: () => Promise<boolean>): Promise<void> => {
    if (key === undefined) {
      await share();
      return;
    }
    await shares.load(key, async () => ((await share()) ? true : undefined));
  };
}
