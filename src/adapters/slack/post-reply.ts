import type { Reply } from '../../core/index.js';
import type { SlackCallResult } from './calls.js';
import { SLACK_LIMITS } from './limits.js';
import { renderSlackReply, type SlackMessage } from './render.js';
import { escapeSlackText, truncateSlackText } from './text.js';

/**
 * Errors with which Slack refuses a message for its blocks alone, not for its channel or token.
 * `msg_blocks_too_long` has no documented limit and moves with the content (slackapi/bolt-js#2509),
 * so a reply kept within the renderer's own budget can still be refused: it then goes as text.
 */
const BLOCKS_REFUSED: ReadonlySet<string> = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_blocks_too_long',
]);

/** The reply as escaped text alone: what Slack shows when a message has no blocks. */
function renderSlackText(reply: Reply): { text: string } {
  const text = escapeSlackText(reply.fallback.trim()) || escapeSlackText(reply.title.trim()) || '…';
  return { text: truncateSlackText(text, SLACK_LIMITS.textOnly) };
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
  if (first.ok || !BLOCKS_REFUSED.has(first.error)) return first;
  return post(renderSlackText(reply));
}
