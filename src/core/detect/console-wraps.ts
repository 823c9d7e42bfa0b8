import { isBlankCode, lineEndAt } from './ascii.js';
import { indentAt } from './indent-at.js';
import { splitsToken } from './split-token.js';
import { isLetterCode } from './vocabulary.js';

/**
 * A console that is narrower than a line breaks it at its width, in the middle of a word, and a
 * paste copied from it keeps the break: Windows' cmd.exe (80 columns in its legacy size, 120 by
 * default since Windows 10) prints `…forbidden by its access per` / `missions.`, `…socket a` /
 * `ddress (protocol/network address/port)…`, `error message is:Con` / `nection refused`. The
 * detector reads a line break as a space, so such a message was read only in part.
 *
 * The break is moved to the end of the broken word and what is stuck to it (`…access
 * permissions.`, `…red/puerto)` / ` (10048)`), or, on the message's last line, to that line's end
 * (`…TCP Provider: Error code 0x2746.` and an empty line): the text keeps its length, so every
 * offset into it stays true, and a line the message goes on from keeps the rest of its characters.
 * A break is taken for a console's only when the line before it is exactly a console's width, and
 * either both sides of it are letters and the two halves make a word the detector knows (from its
 * messages, phrases and symbols), or it splits a token where no wrap between words would (`i/` /
 * `o timeout`, `ERR` / `_CONNECTION_REFUSED`): prose wrapped at 80 columns breaks between words
 * (`was` / `refused`), and `wasrefused` is no word of any message. Under a chat's quote or a viewer's
 * prefix (read as blanks), a console's width counts after the margin it leaves, and a broken word goes
 * on after that margin (`> …socket a` / `> ddress (protocol/network address/port)…`).
 */

/** Console widths seen breaking words in real pastes (cmd.exe's legacy 80, its default 120). */
export const WIDTHS: readonly number[] = [80, 120];
/** The widest console: a longer line is none of a console's. */
const MAX_WIDTH = Math.max(...WIDTHS);
/** Longer halves are not a word of any message: the break is left alone. */
const MAX_HALF = 40;
/**
 * Breaks are mended in a text's first 256 KiB only. A console's copy is a chat paste or a
 * snippet (a Slack message holds 40,000 characters), not a log a program wrote to a file; and
 * finding every line's end costs a long log about a quarter of its detection time. Decided by
 * offset, so a log read piece by piece is mended exactly where the whole text is.
 */
export const UNWRAP_LIMIT = 256 * 1024;

/** Where the run of letters ending right before `end` starts (at most MAX_HALF back), or -1. */
function letterRunStart(text: string, end: number, from: number): number {
  let i = end;
  while (i > from && end - i < MAX_HALF && isLetterCode(text.charCodeAt(i - 1))) i--;
  return end - i >= MAX_HALF ? -1 : i;
}

/** Where the run of letters starting at `start` ends (at most MAX_HALF on). */
function letterRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && i - start < MAX_HALF && isLetterCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the characters up to the next white space end (the rest of the broken word with the
 * punctuation stuck to it: `uerto)`, `missions.`), or -1 when they are too many or run off the text.
 */
function tokenEnd(text: string, start: number, final: boolean): number {
  let i = start;
  for (; i < text.length && i - start < 2 * MAX_HALF; i++) {
    if (isBlankCode(text.charCodeAt(i))) return i;
  }
  return i === text.length && final ? i : -1;
}

/**
 * Where the line starting at `start` ends (before its `\r\n` or `\n`, or at the text's end), when
 * it is the last line of a console's message: not a console's width itself, so no break follows it.
 * Null when it is one, or longer than any console's width (no console's line); -1 when the text
 * ends inside it and may go on (a stream's step: it is read in the next).
 */
function lastLineEnd(text: string, start: number, final: boolean): number | null {
  const nl = text.indexOf('\n', start);
  if (nl < 0 && !final) return -1;
  const stop = nl < 0 ? text.length : lineEndAt(text, nl, start);
  const width = stop - start;
  return WIDTHS.includes(width) || width > MAX_WIDTH ? null : stop;
}

export interface UnwrapOptions {
  /** The offset of the text's first character in the whole text (a stream's step). */
  base: number;
  /** Does the text's first line start at the text's start (the whole text, or a stream's first step)? */
  firstLineWhole: boolean;
  /** Is the text's end the end of the whole text? If not, a word running off it is left for later. */
  final: boolean;
  /** The blanks every line starts with (layout.ts): a console's width counts after them. 0 if none. */
  margin?: number;
}

/**
 * The word a break splits, as the text writes it: the letters of the line before `end` (back to
 * `from` at most) and those from `resume` on; null unless both sides of the break are letters.
 */
function brokenWord(text: string, end: number, resume: number, from: number): string | null {
  if (!isLetterCode(text.charCodeAt(end - 1)) || !isLetterCode(text.charCodeAt(resume))) return null;
  const left = letterRunStart(text, end, from);
  if (left < 0) return null;
  return text.slice(left, end) + text.slice(resume, letterRunEnd(text, resume));
}

/**
 * Is the break between `end` and `resume` inside a word: a word of the detector's texts split
 * between two letters, or a token split where no wrap between words breaks (`splitsToken`)?
 */
function breaksInside(
  text: string,
  end: number,
  resume: number,
  from: number,
  isWord: (w: string) => boolean,
): boolean {
  if (splitsToken(text.charCodeAt(end - 1), text.charCodeAt(resume), text.charCodeAt(resume + 1)))
    return true;
  const word = brokenWord(text, end, resume, from);
  return word !== null && isWord(word);
}

/**
 * How many characters a mend moved up to the end of the line `[start, end)`, which began at
 * `column` before a mend above it moved its first word up (0 if none): the line is then a
 * console's width from `column`, and what follows holds no space and ends the broken known word.
 * Read from the text itself, so a line mended in a stream's earlier step is known in the next.
 */
function movedToEnd(
  text: string,
  start: number,
  column: number,
  end: number,
  isWord: (w: string) => boolean,
) {
  for (const width of WIDTHS) {
    const split = column + width;
    if (split <= start || split >= end || end - split > 2 * MAX_HALF) continue;
    const moved = text.slice(split, end);
    if (moved.includes(' ') || moved.includes('\t')) continue;
    if (breaksInside(text, split, split, start, isWord)) return end - split;
  }
  return 0;
}

/**
 * The text with every console break inside a known word moved to the word's end (see above);
 * `isWord` answers for a word as the text writes it. A text without such a break is returned as it is.
 * A long message breaks on every line it fills: a line whose first word was moved up keeps its
 * console width from where it began (`columnStart`). Applying it again changes nothing: a mended
 * line is followed by white space (or an empty line), which no break inside a word starts with.
 */
export function unwrapConsoleLines(
  text: string,
  isWord: (word: string) => boolean,
  { base, firstLineWhole, final, margin = 0 }: UnwrapOptions,
): string {
  // The mended text in parts, joined once: a mend reads and changes nothing before its own line,
  // and a string rebuilt at every mend made a long text's mends quadratic.
  const parts: string[] = [];
  let from = 0;
  let lineStart = firstLineWhole ? 0 : -1;
  let columnStart = lineStart + margin;
  const limit = UNWRAP_LIMIT - base;
  // Past the limit (a long log's later steps) not even one line end is looked for.
  for (let nl = limit > 0 ? text.indexOf('\n') : -1; nl >= 0 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
    const start = lineStart;
    const column = columnStart;
    lineStart = nl + 1;
    columnStart = nl + 1 + margin;
    if (start < 0) continue;
    const end = lineEndAt(text, nl, start);
    if (!WIDTHS.includes(end - column)) {
      // Mended already (an earlier step of a stream): the next line began where its word was.
      const moved = movedToEnd(text, start, column, end, isWord);
      if (moved > 0) columnStart = nl + 1 + margin - moved;
      continue;
    }
    // The rest of a broken word starts right after the margin (a quote's `> ` read as blanks).
    const resume = nl + 1 + margin;
    if (indentAt(text, nl + 1, margin) < margin || !breaksInside(text, end, resume, start, isWord)) continue;
    const token = tokenEnd(text, resume, final);
    if (token < 0) continue;
    const last = lastLineEnd(text, resume, final);
    if (last === -1) continue;
    const right = last ?? token;
    // The second half, with what is stuck to it, moves up before the break; the next line starts
    // after it, and its console width counts from where it began. The last line of a message moves
    // up whole, so what followed the broken word reads on after it (`Error c` / `ode 0x2746` is
    // `Error code 0x2746`, not `code` and a line break before the number a rule reads).
    parts.push(text.slice(from, end), text.slice(resume, right), text.slice(end, resume));
    from = right;
    columnStart = resume;
    nl = right - 1;
    lineStart = right;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
