import type { Reply } from '../../core/index.js';
import type { SlackCallResult } from './calls.js';
import { renderSlackReply, renderSlackText, type SlackMessage } from './render.js';

/**
 * Errors with which Slack refuses a message for its blocks alone, not for its channel or token.
 * `msg_blocks_too_long` has no documented limit and moves with the content (slackapi/bolt-js#2509),
 * so a reply kept within the renderer's own budget can still be refused: it then goes as text.
 */
const BLOCKS_REFUSED: ReadonlySet<string> = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_blocks_too_long',
  // A response_url answers a message it refuses with 400 and the error as text, which Bolt's
  // `respond()` drops (its error keeps the status alone); a well-formed POST of ours is refused
  // there only for its content.
  'response_url_400',
]);

/** Whether Slack refused a message for its blocks, so that the same message as text may pass. */
export function isBlocksRefusal(error: string): boolean {
  return BLOCKS_REFUSED.has(error);
}

/**
 * Posts `reply` through `post` as Block Kit and, when Slack refuses the blocks, once more as text:
 * the person still gets the explanation (without its buttons) instead of nothing.
 */
export async function postSlackReply<T>(
  reply: Reply,
  post: (message: SlackMessage | { text: string }) => Promise<SlackCallResult<T>>,
): Promise<SlackCallResult<T>> {
  const first = await post(renderSlackReply(reply));
  if (first.ok || !isBlocksRefusal(first.error)) return first;
  return post(renderSlackText(reply));
}
