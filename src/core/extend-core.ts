import { type CoreContext, effectiveSettings } from './context.js';
import { feedbackReport, recordFeedback } from './feedback/index.js';
import { buildHomeView } from './home/index.js';
import { chooseReplyLocale } from './i18n/index.js';
import { answerSafely } from './safely.js';
import type { Core } from './types.js';

/**
 * The parts of the Core API around auto-replies rather than inside them: feedback on a reply,
 * the report of replies marked wrong, and a user's Home. Failures become polite replies.
 */
export function extendCore(ctx: CoreContext): Pick<Core, 'feedback' | 'feedbackReport' | 'home'> {
  return {
    async feedback(input) {
      const settings = await effectiveSettings(ctx, input.channel).catch(() => ({}));
      const locale = await chooseReplyLocale(
        input.channel.platform,
        settings,
        input.user,
        ctx.defaultLang,
      ).catch(() => ctx.defaultLang);
      return answerSafely(ctx, 'feedback', locale, () => recordFeedback(ctx, input, locale));
    },
    feedbackReport: (sinceMs) => feedbackReport(ctx, sinceMs),
    home: (input) => buildHomeView(ctx, input),
  };
}
