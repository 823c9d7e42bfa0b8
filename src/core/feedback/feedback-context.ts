import type { CoreContext } from '../context.js';
import { channelKey } from '../context.js';
import type { Finding } from '../detect/index.js';
import type { Platform } from '../platform.js';
import type { Reply, ReplyAction } from '../reply/index.js';
import type { ChannelRef } from '../types.js';
import { excerptAround } from './excerpt.js';

/** How long an auto-reply's feedback buttons work: the context they need is kept this long. */
export const FEEDBACK_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** What a press on a reply's feedback button needs to know about the message it answered. */
export interface FeedbackContext {
  channel: string;
  /** Who posted the message: they may remove the reply. */
  authorId: string;
  textHash: string;
  excerpt: string;
  findings: string[];
}

const contextKey = (platform: Platform, replyId: string) => `feedback-context:${platform}:${replyId}`;

/**
 * Adds "Helpful" and "Not this error" to an auto-reply and keeps, for the feedback window, what a
 * press will record: a hash of the text, an excerpt around the findings, the findings and the
 * author. Without a text fingerprint (`hashText`), and in the shell, replies carry no buttons. A store that cannot
 * keep the context still gets the reply out, with its buttons.
 */
export async function withFeedback(
  ctx: CoreContext,
  reply: Reply,
  input: {
    eventId: string;
    channel: ChannelRef;
    authorId: string;
    text: string;
    findings: readonly Finding[];
  },
): Promise<Reply> {
  // The shell has no buttons to press.
  if (!ctx.hashText || input.channel.platform === 'shell') return reply;
  const context: FeedbackContext = {
    channel: channelKey(input.channel),
    authorId: input.authorId,
    textHash: ctx.hashText(input.text),
    excerpt: excerptAround(input.text, input.findings),
    findings: input.findings.map((f) => f.id),
  };
  await ctx.store
    .remember(contextKey(input.channel.platform, input.eventId), JSON.stringify(context), FEEDBACK_WINDOW_MS)
    .catch((error) => ctx.logger.warn('could not keep the feedback context of a reply', { error }));
  const locale = reply.locale ?? ctx.defaultLang;
  const actions: ReplyAction[] = [
    { id: 'helpful', label: ctx.t(locale, 'feedback.helpful'), value: input.eventId },
    { id: 'wrong', label: ctx.t(locale, 'feedback.wrong'), value: input.eventId },
  ];
  // The plain-text fallback does not show actions, so the reply's own is kept, not derived again.
  return { ...reply, actions: [...reply.actions, ...actions] };
}

/** The context kept for a reply, or null once it expired (or was never kept). */
export async function loadFeedbackContext(
  ctx: CoreContext,
  platform: Platform,
  replyId: string,
): Promise<FeedbackContext | null> {
  const raw = await ctx.store.recall(contextKey(platform, replyId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<FeedbackContext>;
    if (typeof parsed.authorId !== 'string' || !Array.isArray(parsed.findings)) return null;
    return {
      channel: String(parsed.channel ?? ''),
      authorId: parsed.authorId,
      textHash: String(parsed.textHash ?? ''),
      excerpt: String(parsed.excerpt ?? ''),
      findings: parsed.findings.filter((f): f is string => typeof f === 'string'),
    };
  } catch {
    return null;
  }
}
