import { lineEndAt } from './ascii.js';
import type { NumberContext } from './rules.js';
import { endsInWrap } from './wrap-break.js';

/**
 * An error number that a wrap put on the line under its keyword: a mailer, an editor or `fold -s`
 * wrapping `…Failed to establish a new connection: [Errno` above `11001] getaddrinfo failed`, or
 * `…): errno =` above `10035`, or a console breaking right after `error code(s):`. A keyword's
 * number is read on its own line only (a log's next line is another record, which may start with a
 * number), so the reading was lost with the line break. It is read across the break when a wrap made
 * it (wrap-break.ts: the line is a console's width, or the first word under it would not have fitted
 * after it) and a wrap broke one of the text's first lines (layout.ts), as a message's near words are.
 * So is what must follow the number (`followedBy`).
 */

/** How many characters after the keyword its line may end in (blanks and separators: `errno =`). */
const BEFORE_BREAK = 12;
/** How far after the keyword the number is looked for: past a quoted host of 255 characters. */
const REACH = 320;

/**
 * `pattern` (a number context's sticky pattern) read at `from`, the end of a keyword whose line ends
 * in a wrap within BEFORE_BREAK characters, with that break read as blanks; null if it matches nothing
 * there. `end`: where the match ends, in `text`.
 */
export function readWrappedNumber(
  pattern: RegExp,
  text: string,
  from: number,
): { match: RegExpExecArray; end: number } | null {
  let nl = from;
  while (nl < text.length && nl - from < BEFORE_BREAK && text.charCodeAt(nl) !== 10) nl++;
  if (text.charCodeAt(nl) !== 10 || !endsInWrap(text, nl)) return null;
  // The break, and the carriage returns before it, read as as many blanks: an offset into the window
  // plus `from` is one into the text.
  const end = lineEndAt(text, nl, from);
  const window = `${text.slice(from, end)}${' '.repeat(nl + 1 - end)}${text.slice(nl + 1, from + REACH)}`;
  pattern.lastIndex = 0;
  const match = pattern.exec(window);
  return match === null ? null : { match, end: from + pattern.lastIndex };
}

/**
 * Does a date's or a time's first number start at `at` (digits, then `-`, `/`, `:` or `.`: `2025-03-17`,
 * `10:51:40`)? Under a line break, that is a log's next record, not a number a wrap moved: the number
 * gates (read-number.ts) let a keyword's candidate through a line break, but not to its next record's
 * time (the line above every record of a log may end in `error`).
 */
export function startsDateOrTime(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 4 && isDigitCode(text.charCodeAt(i))) i++;
  return i > at && isDateSeparator(text.charCodeAt(i));
}

/** {@link startsDateOrTime} over an ASCII text's bytes (`bytes[0, length)`). */
export function startsDateBytes(bytes: Uint8Array, length: number, at: number): boolean {
  let i = at;
  while (i < length && i - at < 4 && isDigitCode(bytes[i] as number)) i++;
  return i > at && i < length && isDateSeparator(bytes[i] as number);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isDateSeparator = (c: number) => c === 45 || c === 47 || c === 58 || c === 46;

/** How much of what follows a number a context compares with its `followedBy` texts. */
const FOLLOWING = 40;
const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/**
 * The FOLLOWING characters after `from`, past the blanks there, lower-cased: what a number context's
 * `followedBy` texts are compared with. `wrapped` (layout.ts): a break a wrap made in them is read, with
 * the blanks around it, as one space, so asyncio's `[Errno 111] ` / `Connect call failed` at 80 columns
 * (corpus c31-005) reads as the one line Python printed.
 */
function followingText(text: string, from: number, wrapped: boolean): string {
  let i = from;
  while (i < text.length && isSpaceOrTab(text.charCodeAt(i))) i++;
  const next = text.slice(i, i + FOLLOWING);
  if (!wrapped || !next.includes('\n')) return next.toLowerCase();
  const parts: string[] = [];
  let kept = 0;
  let last = i;
  for (let nl = text.indexOf('\n', i); nl >= 0 && nl < i + FOLLOWING; nl = text.indexOf('\n', nl + 1)) {
    if (!endsInWrap(text, nl)) continue;
    let end = lineEndAt(text, nl, last);
    while (end > last && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
    parts.push(text.slice(last, end), ' ');
    kept += end - last + 1;
    last = nl + 1;
    while (last < text.length && isSpaceOrTab(text.charCodeAt(last))) last++;
  }
  parts.push(text.slice(last, last + Math.max(0, FOLLOWING - kept)));
  return parts.join('').slice(0, FOLLOWING).toLowerCase();
}

/** How far after a number an API's message for it is looked for, on the number's line. */
const API_MESSAGE_WITHIN = 60;

/**
 * Does what follows a number meet its context's `followedBy` and `unlessFollowedBy`? The latter is
 * looked for on the number's line, within 60 characters: an API's own code names its object there,
 * where an OS error number never stands (`DiscordAPIError[10062]: Unknown interaction`,
 * `(error code: 10062): Unknown interaction`, `error code 10062, which is defined as "Unknown …"`).
 */
export function followsAsSaid(
  text: string,
  from: number,
  wrapped: boolean,
  context: Pick<NumberContext, 'followedBy' | 'unlessFollowedBy'>,
): boolean {
  if (context.followedBy) {
    const next = followingText(text, from, wrapped);
    if (!context.followedBy.some((f) => next.startsWith(f.toLowerCase()))) return false;
  }
  if (!context.unlessFollowedBy) return true;
  const window = text.slice(from, from + API_MESSAGE_WITHIN);
  const line = window.slice(0, (window.indexOf('\n') + 1 || window.length + 1) - 1).toLowerCase();
  return !context.unlessFollowedBy.some((f) => line.includes(f));
}
