import { UNWRAP_LIMIT } from './console-wraps.js';
import { beginsRecordPart, mayHoldRecord, RECORD_REACH } from './docker-records.js';
import { isConsoleLine, LINE_REACH, mayHoldEscapedQuote } from './escaped-quote.js';
import type { Finding } from './finding.js';
import { PATTERNS } from './patterns.js';
import { isDigitOrSemicolon, maskTerminalCodes, mayHoldRemnant } from './terminal-codes.js';

/**
 * What a paste holds that no one sees, and that splits what detection reads:
 * - zero-width characters that copying puts inside a paste: a zero-width space (U+200B: web pages
 *   and wikis after `.` and `/` so long names wrap; GitHub's rendering of `&#8203;` in an RT
 *   archive's text, corpus c6-047), a zero-width non-joiner or joiner (U+200C, U+200D), a word
 *   joiner (U+2060) and a byte-order mark inside or before a text (U+FEFF);
 * - a terminal's control sequences in a log written for one (`kubectl logs` of a coloured app, a
 *   CI job's raw log): `ESC[32mWaitingESC[0m for link-up` reads `Waiting for link-up`, as the
 *   terminal showed it. Read as spaces instead, they put a run of blanks inside a text a rule
 *   looks for (`Waiting     for link-up`), and a not-error or a condition read nothing; and, in a
 *   text's first 256 KiB (a paste's form: see `COPY_LIMIT` in copied-text.ts), what a copy from a
 *   web page left of one without its ESC (`[31mERROR[0m`, `�[31m`, `^[[31m`: terminal-codes.ts);
 * - in a text's first 256 KiB too, Docker's json-file record around each line (docker-records.ts)
 *   and the backslash of a string literal's escaped quote (escaped-quote.ts).
 * All are taken out before a text is read; every offset handed back points into the text as given.
 * A text without an ESC (a native search), without a zero-width character (each above U+00FF, so a
 * Latin-1 text is answered at once) and, in its first 256 KiB, without a colour remnant (`[31m`), a
 * record's `{"log":"` or a `\"` (native searches) is returned as it is: nearly every text.
 */

const ESC = '\u001b';

/**
 * The most characters dropped from one text (a whole text, or a stream's pieces in order): a text
 * made of them (hostile, or binary data decoded as text) would otherwise need an offset for each.
 * From the first that would pass it, the rest stay in the text, terminal codes as as many spaces.
 */
export const MAX_DROPPED = 1 << 16;

/** The longest terminal code (an OSC string of 512 characters and its ends): a stream holds back at most this. */
const LONGEST_CODE = 520;
/** More than the longest colour remnant (`^[[` and five numbers) and the escape before it that keeps it. */
const REMNANT_REACH = 32;

/** Is this match read only in a text's first 256 KiB: a colour code's remnant, a record's part, an escaped quote's `\`? */
const isPasteForm = (found: string) => found.charCodeAt(0) !== 27 && (found.length > 1 || found === '\\');

/**
 * The text without its invisible characters, and where each was (offsets into `text`, ascending),
 * dropping at most `budget` characters (a code that would pass it is left whole). `base`: the
 * text's offset in the whole, which a colour remnant's limit counts from. `before`: the characters
 * of the whole right before it (a stream's last), read only for what precedes a remnant or an escaped
 * quote; `after`: the characters after it that the stream holds back (null: the text runs to the whole's end).
 * What comes back holds no terminal code: one kept for want of budget is read as spaces, so no
 * reader searches a log of megabytes for one again. `left`: the budget left for the text after it,
 * none once a match was kept for want of it.
 */
export function dropInvisible(
  text: string,
  budget = MAX_DROPPED,
  base = 0,
  before = '',
  after: string | null = null,
): { text: string; dropped: number[]; left: number } {
  const head = base < UNWRAP_LIMIT ? text.slice(0, UNWRAP_LIMIT - base) : '';
  const remnants = head !== '' && mayHoldRemnant(head);
  const quotes = head !== '' && mayHoldEscapedQuote(head);
  const pasted = remnants || quotes || (head !== '' && mayHoldRecord(head));
  const codes = text.indexOf(ESC) >= 0;
  const anywhere = codes || PATTERNS.zeroWidth.test(text);
  if (budget <= 0 || (!pasted && !anywhere))
    return { text: codes ? maskTerminalCodes(text) : text, dropped: [], left: Math.max(0, budget) };
  // A paste's forms are read in its first 256 KiB only: a log of megabytes with a `\"` near its
  // start is searched there (and as far past as the longest form), not to its end (122 ms for 8 MB).
  const part = anywhere ? text : text.slice(0, head.length + LINE_REACH);
  const rest = text.slice(part.length);
  const dropped: number[] = [];
  let left = budget;
  // What precedes a text matters only to a remnant (a string's escape before it keeps it) and to an
  // escaped quote (the backslashes before it, its line's start).
  if (!remnants && !quotes) before = '';
  const ends = rest === '' && after === null;
  const around = quotes ? before + part + (rest === '' ? (after ?? '') : rest.slice(0, LINE_REACH)) : '';
  const read = (before + part).replace(PATTERNS.invisible, (found, at: number) => {
    const here = at - before.length;
    if (here < 0) return found;
    if (isPasteForm(found) && base + here >= UNWRAP_LIMIT) return found;
    if (found === '\\' && isConsoleLine(around, at, base === before.length, ends)) return found;
    // Once one is kept for want of budget, so is every one after it: a coloured log of megabytes, its
    // budget spent but for a few characters, was searched to its end for a zero-width one that fits.
    if (found.length > left) {
      left = 0;
      return found.charCodeAt(0) === 27 ? maskTerminalCodes(found) : found;
    }
    left -= found.length;
    for (let i = 0; i < found.length; i++) dropped.push(here + i);
    return '';
  });
  // Nothing taken out nor blanked (a `\"` on a console's line): the text as given, not a copy of it.
  return dropped.length === 0 && left > 0
    ? { text, dropped, left }
    : { text: read.slice(before.length) + rest, dropped, left };
}

/**
 * Where a terminal code that the next piece of a stream may still finish starts (its ESC in the
 * last characters, matching nothing or running to the end), or -1: a stream holds it back.
 */
export function unfinishedCodeAt(text: string): number {
  const at = outsideCode(text, text.length);
  return at === text.length ? -1 : at;
}

/**
 * Where a stream holds back the rest of a piece (`base`: its offset in the whole), to read it with
 * the next: from a terminal code the next piece may finish, and in the first 256 KiB from the last
 * REMNANT_REACH characters (LINE_REACH after an escaped quote), moved back to the start of a record's
 * part, a colour remnant or a whole terminal code that runs past them (none is cut between two reads).
 */
export function holdBackFrom(text: string, base: number): number {
  return outsideCode(text, pasteHoldBack(text, base));
}

/**
 * `cut`, or the start of the last terminal code before it when cutting there would split it (held
 * back a fixed length in a text's first 256 KiB, a piece was cut inside a whole code: `ESC` read,
 * `[31m` held, then read as a blank and a colour remnant instead of nothing, and a phrase before it
 * stood alone) or when the next piece may still finish it (it matches nothing yet, or runs to the end).
 */
function outsideCode(text: string, cut: number): number {
  // Only a code starting in the last LONGEST_CODE characters matters: most pieces have no ESC, and a
  // search back for one walked every piece of a log whole (a twentieth of `sockerr scan`'s time).
  const near = text.indexOf(ESC, Math.max(0, cut - LONGEST_CODE));
  if (near < 0 || near >= cut) return cut;
  const esc = text.lastIndexOf(ESC, cut - 1);
  PATTERNS.terminalCode.lastIndex = esc;
  const m = PATTERNS.terminalCode.exec(text);
  const end = m !== null && m.index === esc ? esc + m[0].length : -1;
  if (end < 0) return text.length - esc <= LONGEST_CODE ? esc : cut;
  return end > cut || end === text.length ? esc : cut;
}

/** Where `holdBackFrom` cuts for a paste's forms, before a terminal code is kept whole. */
function pasteHoldBack(text: string, base: number): number {
  if (base >= UNWRAP_LIMIT) return text.length;
  // An escaped quote's line is read to its end, up to a console's width past it.
  let cut = Math.max(0, text.length - (mayHoldEscapedQuote(text) ? LINE_REACH : REMNANT_REACH));
  // A record's part that the next piece may finish starts with `{` or `\`: held back from the first.
  for (let i = Math.max(0, cut - RECORD_REACH); i < cut; i++) {
    const c = text.charCodeAt(i);
    if ((c === 123 || c === 92) && beginsRecordPart(text, i, cut)) {
      cut = i;
      break;
    }
  }
  const from = Math.max(0, cut - REMNANT_REACH);
  // lastIndexOf from -1 searches from 0: the loop stops itself at the text's start.
  for (
    let i = cut > 0 ? text.lastIndexOf('[', cut - 1) : -1;
    i >= from;
    i = i > 0 ? text.lastIndexOf('[', i - 1) : -1
  ) {
    let j = i + 1;
    while (j < cut && isDigitOrSemicolon(text.charCodeAt(j))) j++;
    if (j < cut) continue;
    // A remnant may still be going on from this `[`: held back from it, with its `^[` or `�`.
    if (text[i - 1] === '\uFFFD') return i - 1;
    return text[i - 1] === '[' && text[i - 2] === '^' ? i - 2 : i;
  }
  return cut > 0 && (text[cut - 1] === '\uFFFD' || text[cut - 1] === '^') ? cut - 1 : cut;
}

/**
 * Where offset `at` of the text without its invisible characters is in the text with them:
 * `dropped` holds the original offsets of the characters taken out, ascending. The k-th dropped
 * character stood at `dropped[k] - k` of the text without them, a number that never falls as k
 * grows, so the ones at or before `at` are found by halving.
 */
export function toOriginalOffset(dropped: readonly number[], at: number): number {
  let low = 0;
  let high = dropped.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((dropped[mid] as number) - mid <= at) low = mid + 1;
    else high = mid;
  }
  return at + low;
}

/** Findings read from the text without its invisible characters, pointing into the text with them. */
export function restoreOffsets(findings: Finding[], dropped: readonly number[]): Finding[] {
  if (dropped.length === 0) return findings;
  for (const f of findings) f.index = toOriginalOffset(dropped, f.index);
  return findings;
}
