import type { Core } from '../../core/index.js';
import { settleWithin } from '../settle-within.js';

/** How long a Share press waits to learn whether it is the first on its answer. */
const SHARE_CHECK_MS = 500;

/**
 * Whether a Share press is the first on the private answer `messageTs` in `channel`. Slack sends
 * a `block_actions` request for every click, each with its own `trigger_id` (slackapi/bolt-js#1104,
 * #822), and the answer is deleted only once the share is posted: a double click would post the
 * explanation for everyone twice, and behind a load balancer its two clicks reach two instances,
 * so the store decides. A slow store counts the press as the first after SHARE_CHECK_MS, as a store
 * that cannot answer does. A share that failed stays claimed: `/sockerr` again gives a new answer.
 */
export function isFirstShare(
  core: Pick<Core, 'firstDelivery'>,
  channel: string,
  messageTs: string,
): Promise<boolean> {
  return settleWithin(core.firstDelivery('slack', `share:${channel}:${messageTs}`), SHARE_CHECK_MS, true);
}
