import type { CoreContext } from '../context.js';
import type { Platform } from '../platform.js';

/**
 * How long a request id (Slack `trigger_id`, or a hash of the body) is remembered. Slack refuses
 * requests signed more than five minutes before or after now, so a replay can only arrive within
 * ten minutes of the original.
 */
const REQUEST_MEMORY_MS = 10 * 60_000;

/**
 * Whether a command or interaction is delivered for the first time: a byte-identical replay
 * within the window is not run again. When the store cannot answer, the request runs: an
 * explicit command is better answered twice than not at all.
 */
export async function claimRequest(
  ctx: CoreContext,
  platform: Platform,
  requestId: string,
): Promise<boolean> {
  if (requestId === '') return true;
  try {
    return await ctx.store.claimOnce(`request:${platform}:${requestId}`, REQUEST_MEMORY_MS);
  } catch (error) {
    ctx.logger.warn('could not check a request for replays; answering it', { error });
    return true;
  }
}
