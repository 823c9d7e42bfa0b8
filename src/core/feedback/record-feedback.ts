import type { Locale } from '../catalog/index.js';
import { unknownPermissionReply } from '../commands/index.js';
import { type CoreContext, channelKey } from '../context.js';
import { type FeedbackEntry, isStoreUnavailable } from '../ports/index.js';
import type { Reply } from '../reply/index.js';
import { makeReply } from '../reply/index.js';
import type { FeedbackInput } from '../types.js';
import { FEEDBACK_WINDOW_MS, loadFeedbackContext } from './feedback-context.js';

/**
 * Records a press and says so, privately. "Not this error" removes the reply first, but only for
 * the person who posted the message or someone who may change settings; anyone else is told so
 * and nothing is removed. Each person's verdict on a reply is recorded once.
 */
export async function recordFeedback(ctx: CoreContext, input: FeedbackInput, locale: Locale): Promise<Reply> {
  const say = (key: string, kind: Reply['kind'] = 'settings') =>
    makeReply({
      kind,
      locale,
      title: ctx.t(locale, kind === 'refusal' ? 'feedback.refusalTitle' : 'feedback.title'),
      sections: [{ text: ctx.t(locale, key) }],
    });
  const { platform } = input.channel;
  const replyId = String(input.value).slice(0, 200);
  try {
    const context = await loadFeedbackContext(ctx, platform, replyId);
    let removed = false;
    if (input.verdict === 'wrong') {
      const isAuthor = context !== null && context.authorId === input.user.id;
      if (!isAuthor && !input.user.canManage) {
        if (input.user.canManageUnknown) return unknownPermissionReply(ctx, locale);
        // Past the window (or after a store lost it) sockerr no longer knows who posted the
        // message, while the buttons stay: it cannot tell the author, so it says who still can.
        if (context === null) return expired(ctx, locale);
        return say('feedback.refusal', 'refusal');
      }
      removed = await input.remove().catch(() => false);
    }
    const first = await ctx.store.claimOnce(
      `feedback:${platform}:${replyId}:${input.user.id}:${input.verdict}`,
      FEEDBACK_WINDOW_MS,
    );
    if (first) {
      const entry: FeedbackEntry = {
        at: input.at,
        verdict: input.verdict,
        channel: context?.channel || channelKey(input.channel),
        replyId,
        userId: input.user.id,
        textHash: context?.textHash ?? '',
        excerpt: context?.excerpt ?? '',
        findings: context?.findings ?? [],
        removed,
      };
      await ctx.store.addFeedback(entry);
      ctx.logger.info('feedback recorded', {
        verdict: entry.verdict,
        replyId,
        findings: entry.findings,
        removed,
      });
    }
    if (input.verdict === 'helpful') return say(first ? 'feedback.thanks' : 'feedback.already');
    return say(removed ? 'feedback.removed' : 'feedback.notRemoved');
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return say('feedback.notSaved', 'refusal');
  }
}

/** The refusal of a removal once the reply's context is gone: who can still remove it. */
function expired(ctx: CoreContext, locale: Locale): Reply {
  const days = String(Math.round(FEEDBACK_WINDOW_MS / (24 * 60 * 60_000)));
  return makeReply({
    kind: 'refusal',
    locale,
    title: ctx.t(locale, 'feedback.expiredTitle'),
    sections: [{ text: ctx.t(locale, 'feedback.expired', { days }) }],
  });
}
