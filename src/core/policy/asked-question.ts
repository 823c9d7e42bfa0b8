import { parseCommand } from '../commands/index.js';
import type { CoreContext } from '../context.js';
import type { LookupResult } from '../lookup/index.js';

/**
 * Who was asked, not what: `<@123>`, `<@!123>`, `<@&role>` (Discord's content), `<@U123>` and
 * `<@U123|name>` (Slack's markup), and `@U0123ABCD`, as Slack's adapter hands a mention on.
 */
const MENTION = /<@[!&]?[A-Za-z0-9]{1,40}(?:\|[^>]{0,200})?>|(?<![\w@])@[UW][A-Z0-9]{5,20}\b/g;

/** A question put to sockerr, and what the look-up makes of it. */
export interface AskedQuestion {
  text: string;
  result: LookupResult;
}

/**
 * What a message that asks sockerr (a mention, a reply to it, a direct message) asks about, when
 * it names no error as surely as an auto-reply needs: `@sockerr 10054`, `@sockerr what is
 * 10061?`, a paste whose errors only a question makes worth explaining. It is read as
 * `/sockerr` reads its text. Only a code, a name or a found error is an answer, or usage for
 * `@sockerr` alone or `@sockerr help`: other words (`@sockerr thanks!`) would be answered with
 * whatever they resemble, so those stay unanswered.
 */
export function readAskedQuestion(ctx: CoreContext, text: string): AskedQuestion | null {
  const question = text.replace(MENTION, ' ').trim();
  // `@sockerr` alone, or `@sockerr help`: how to use it, as `/sockerr help` answers.
  if (parseCommand(question).kind === 'help') return { text: question, result: { kind: 'empty' } };
  const result = ctx.lookup(question);
  return result.kind === 'exact' || result.kind === 'found' ? { text: question, result } : null;
}
