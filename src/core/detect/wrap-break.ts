import { isBlankCode, lineEndAt } from './ascii.js';
import { WIDTHS } from './console-wraps.js';

/** The width text is wrapped to between words (a mailer's, an editor's, `fold -s`'s). */
const WRAP_WIDTH = 80;

/** The longest line a wrap can leave: a console's widest. */
const WIDEST = Math.max(WRAP_WIDTH, ...WIDTHS);

/** The shapes of a time and a date: `d` a digit, `-` a date's separator (`-`, `/` or `.`), others themselves. */
const TIME = 'dd:dd:dd';
const DATE = 'dddd-dd-dd';
const DIGIT = 100; // `d`
const SEPARATOR = 45; // `-`

/** Does `text` at `at` have the shape `shape` ({@link TIME}, {@link DATE})? By character codes: no strings made. */
function hasShapeAt(text: string, at: number, shape: string): boolean {
  for (let k = 0; k < shape.length; k++) {
    const c = text.charCodeAt(at + k);
    const s = shape.charCodeAt(k);
    const fits =
      s === DIGIT ? c >= 48 && c <= 57 : s === SEPARATOR ? c === 45 || c === 47 || c === 46 : c === s;
    if (!fits) return false;
  }
  return true;
}

/**
 * Does `[from, to)` hold a date (`2025-03-17`, `2025/03/17`) or a time (`10:51:40`)? By hand, not a
 * regex: it is asked of most lines of a log whose records start with their time.
 */
function holdsDateOrTime(text: string, from: number, to: number): boolean {
  for (let i = from; i + TIME.length <= to; i++) {
    if (hasShapeAt(text, i, TIME) || (i + DATE.length <= to && hasShapeAt(text, i, DATE))) return true;
  }
  return false;
}

/**
 * Did a wrap end the line above (`width` long, its break at `cut`), so that the line under it is its
 * rest? Either a console broke it at exactly its width (80 or 120 columns: `…dial tcp 10.0.0.5:443: i/`
 * above `o timeout`), or a wrap between words did: the line is at most 80 columns and the first word
 * under it would not have fit after it (a mailer, an editor or `fold -s` wrapping `…dial tcp: lookup
 * api.example.com on` above `10.192.64.1:53: no such host`). Not where that word holds a date or a time:
 * that is a log's next record (an ISO time of 24 characters fits after no line of 56 columns or more,
 * and a log has lines of exactly 80 columns too).
 */
export function breaksLine(text: string, cut: number, width: number): boolean {
  const console = WIDTHS.includes(width);
  if (width === 0 || (!console && width > WRAP_WIDTH)) return false;
  // Past what is left of 80 columns, a word's length no longer matters.
  const stop = Math.min(text.length, cut + 1 + WRAP_WIDTH);
  let word = cut + 1;
  while (word < stop && !isBlankCode(text.charCodeAt(word))) word++;
  const length = word - cut - 1;
  if (!console && (length === 0 || width + 1 + length <= WRAP_WIDTH)) return false;
  return length === 0 || !holdsDateOrTime(text, cut + 1, word);
}

/**
 * Was a line of `width` columns, starting with one space, under one of `widthAbove` columns, a console's
 * line whose broken word's end was moved up to the line above (console-wraps.ts)? The two then hold two
 * console widths between them, the upper one more than one: its break at the end of the lower one is
 * the console's (`…code = U` / `navailable desc = … dialing dial ` mended to `…code = Unavailable` /
 * ` desc = … dialing dial `, above `tcp 172.20.86.254:8081: i/o timeout`).
 */
export function isMendedConsoleLine(widthAbove: number, width: number): boolean {
  return WIDTHS.some((w) => widthAbove > w && widthAbove + width === 2 * w);
}

/**
 * Did a wrap end the line whose line break is at `cut` ({@link breaksLine}), or a console end it after
 * its mended word's rest ({@link isMendedConsoleLine})? So does a line over one that starts with one
 * space: where console-wraps.ts moved a console's break to the end of the word it broke, and what
 * line-before.ts reads as a continuation. Reads back at most two console lines: a longer line is no wrap's.
 */
export function endsInWrap(text: string, cut: number): boolean {
  if (startsWithOneSpace(text, cut + 1)) return true;
  const end = lineEndAt(text, cut);
  const start = lineStartWithin(text, end, WIDEST);
  if (start < 0) return false;
  if (breaksLine(text, cut, end - start)) return true;
  // A console's line whose broken word was moved up: its width and the line above's make two of it.
  if (!startsWithOneSpace(text, start) || start === 0) return false;
  const above = lineStartWithin(text, start - 1, 2 * WIDEST);
  return above >= 0 && isMendedConsoleLine(start - 1 - above, end - start);
}

/** Where the line ending at `end` starts, if it is at most `max` characters long; else -1. */
function lineStartWithin(text: string, end: number, max: number): number {
  const stop = Math.max(0, end - max - 1);
  let start = end;
  while (start > stop && text.charCodeAt(start - 1) !== 10) start--;
  return start > 0 && text.charCodeAt(start - 1) !== 10 ? -1 : start;
}

/** Does the line at `start` start with one space, then no blank: where console-wraps.ts put a mended line's rest? */
const startsWithOneSpace = (text: string, start: number) =>
  text.charCodeAt(start) === 32 && !isBlankCode(text.charCodeAt(start + 1));

/** Does a wrap ({@link endsInWrap}) end any line whose break is in `[from, to)`? */
export function hasWrapWithin(text: string, from: number, to: number): boolean {
  const stop = Math.min(to, text.length);
  // Breaks are found from two console lines before `from` on, so that each line's width, and the one's
  // above it, is the distance between two breaks (native searches, no reading back); a line whose
  // start is not found there is longer than any wrap leaves. The text's start is a line's start.
  const first = Math.max(0, from - 3 * WIDEST);
  let cut = first === 0 ? -1 : Number.NEGATIVE_INFINITY;
  let widthAbove = Number.POSITIVE_INFINITY;
  for (let next = text.indexOf('\n', first); next >= 0 && next < stop; next = text.indexOf('\n', next + 1)) {
    const width = lineEndAt(text, next, cut + 1) - cut - 1;
    if (next >= from && startsWithOneSpace(text, next + 1)) return true;
    if (next >= from && width <= WIDEST) {
      if (breaksLine(text, next, width)) return true;
      if (startsWithOneSpace(text, cut + 1) && isMendedConsoleLine(widthAbove, width)) return true;
    }
    widthAbove = width;
    cut = next;
  }
  return false;
}
