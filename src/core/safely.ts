import type { Locale } from './catalog/index.js';
import type { CoreContext } from './context.js';
import { makeReply, type Reply } from './reply/index.js';

/** Turns an unexpected failure into a polite reply, so no user ever sees a stack trace. */
export async function answerSafely(
  ctx: Pick<CoreContext, 'logger' | 't'>,
  what: string,
  locale: Locale,
  work: () => Promise<Reply>,
): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    ctx.logger.error(`${what} failed`, { error });
    return makeReply({
      kind: 'refusal',
      locale,
      title: ctx.t(locale, 'error.title'),
      sections: [{ text: ctx.t(locale, 'error.text') }],
    });
  }
}
