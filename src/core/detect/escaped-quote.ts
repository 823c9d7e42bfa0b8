import { WIDTHS } from './console-wraps.js';

/**
 * A string literal's escaped quote is read as the quote alone (a JSON log's `\"`): string-escapes.ts
 * reads each escape as a blank and the character, one for one, and `raise ConnectionResetError(
 * "Cannot write…` was then no longer the Python line a rule knows to be no network error (corpus
 * c19-177, c31-035 in a JSON log's field: high 10054 false alarms). But not on a line of exactly a
 * console's width as given: one column short, its break would no longer be seen (console-wraps.ts).
 */
export const mayHoldEscapedQuote = (text: string) => text.includes('\\"');
/** How much a stream reads around a piece for an escaped quote's line: more than the widest console. */
export const LINE_REACH = 128;

/** Is the line around `at` of `s` exactly a console's width? `start`: `s` starts the whole text; `end`: it ends it. */
export function isConsoleLine(s: string, at: number, start: boolean, end: boolean): boolean {
  const from = s.lastIndexOf('\n', at - 1) + 1;
  if (from === 0 && !start) return false;
  let to = s.indexOf('\n', at);
  if (to < 0) {
    if (!end) return false;
    to = s.length;
  }
  return WIDTHS.includes(to - from - (s.charCodeAt(to - 1) === 13 ? 1 : 0));
}
