import type { Store } from '../core/index.js';

/** A key no channel, workspace or reply has (theirs are platform ids): every read finds nothing. */
const NO_SUCH_KEY = 'warm-up:none';

/**
 * Reads the store the way the first auto-reply does (a channel's settings, a remembered note), so
 * the store's code and its first database pages are loaded before that message instead of during
 * it. Reads only: nothing is written, and a failure is left for the first real call to report.
 */
export async function warmUpStore(store: Store): Promise<void> {
  await Promise.all([store.getSettings(NO_SUCH_KEY), store.recall(NO_SUCH_KEY)]).catch(() => undefined);
}
