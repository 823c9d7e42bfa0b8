import type { CoreContext } from '../context.js';
import type { LookupResult } from '../lookup/index.js';

/** `<@U123>`, `<@U123|name>` (Slack), `<@123>`, `<@!123>`, `<@&role>` (Discord): who was asked, not what. */
const MENTION = /<@[!&]?[A-Za-z0-9]{1,40}(?:\|[^>]{0,200})?>/g;

/** A question put to sockerr, and what the look-up makes of it. */
export interface AskedQuestion {
  text: string;
  result: LookupResult;
}

/**
 * What a message that asks sockerr (a mention, a reply to it, a direct message) asks about, when
 * it names no error as surely as an auto-reply needs: `@sockerr 10054`, `@sockerr what is
 * 10061?`, a paste whose errors only a question makes worth explaining. It is read as
 * `/sockerr` reads its text. Only a code, a name or a found error is an answer: words alone
 * (`@sockerr thanks!`) would be answered with whatever they resemble, so those stay unanswered.
 */
export function readAskedQuestion(ctx: CoreContext, text: string): AskedQuestion | null {
  const question = text.replace(MENTION, ' ').trim();
  if (question === '') return null;
  const result = ctx.lookup(question);
  return result.kind === 'exact' || result.kind === 'found' ? { text: question, result } : null;
}
