import type { Core } from '../../core/index.js';
import { settleWithin } from '../settle-within.js';

/** How long a Share press waits to learn whether it is the first on its answer. */
const SHARE_CHECK_MS = 500;

/**
 * Whether a Share press is the first on the private answer `messageId`. Discord leaves that
 * answer, button and all, where Slack deletes it once shared: a second press (a double click, or
 * a press after sharing) would post the explanation for everyone again. The check waits at most
 * SHARE_CHECK_MS, so a slow store cannot eat the 3 s Discord gives to answer: then, as when the
 * store cannot answer at all, the press counts as the first.
 */
export function isFirstShare(core: Pick<Core, 'firstDelivery'>, messageId: string): Promise<boolean> {
  return settleWithin(core.firstDelivery('discord', `share:${messageId}`), SHARE_CHECK_MS, true);
}
