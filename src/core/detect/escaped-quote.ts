import { lineEndAt } from './ascii.js';
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

/**
 * Is the line around `at` of `s` exactly a console's width? `start`: `s` starts the whole text; `end`:
 * it ends it. Its ends are looked for no further than LINE_REACH from `at`, past the widest console:
 * searched to the line's ends, a long line of escaped quotes (`\"\"\"…`) was read once for each
 * (512 KB of them: 13 s).
 */
export function isConsoleLine(s: string, at: number, start: boolean, end: boolean): boolean {
  const low = Math.max(0, at - LINE_REACH);
  let from = at;
  while (from > low && s.charCodeAt(from - 1) !== 10) from--;
  // No break found back to `low`: a line longer than any console's, or one that starts `s` (a line only
  // where `s` starts the whole text).
  if (!(from > 0 && s.charCodeAt(from - 1) === 10) && (from > 0 || !start)) return false;
  const high = Math.min(s.length, at + LINE_REACH);
  let to = at;
  while (to < high && s.charCodeAt(to) !== 10) to++;
  if (to === high && to < s.length) return false;
  if (to === s.length && !end) return false;
  return WIDTHS.includes(lineEndAt(s, to, from) - from);
}
