import type { ChannelRef, Core } from '../core/index.js';
import { settleWithin } from './settle-within.js';

/** How long a Share press waits to learn whether it is the first on its answer. */
const SHARE_CHECK_MS = 500;

/**
 * Whether a Share press is the first on the private answer `answer` names (Slack: its channel and
 * `ts`; Discord: its message id). A double click sends two presses (Slack: one request each, with
 * its own `trigger_id`, slackapi/bolt-js#1104, #822), Discord keeps the answer and its button after
 * a share where Slack deletes it, and behind a load balancer two presses reach two instances: the
 * store decides, so the explanation is posted for everyone once. The check waits at most
 * SHARE_CHECK_MS, so a slow store cannot eat the 3 s a platform gives to answer: then, as when the
 * store cannot answer at all, the press counts as the first. A share that failed stays claimed:
 * `/sockerr` again gives a new answer.
 */
export function isFirstShare(
  core: Pick<Core, 'firstDelivery'>,
  platform: ChannelRef['platform'],
  answer: string,
): Promise<boolean> {
  return settleWithin(core.firstDelivery(platform, `share:${answer}`), SHARE_CHECK_MS, true);
}
