import type { Finding } from './finding.js';
import { PATTERNS } from './patterns.js';

/**
 * What a paste holds that no one sees, and that splits what detection reads:
 * - zero-width characters that copying puts inside a paste: a zero-width space (U+200B: web pages
 *   and wikis after `.` and `/` so long names wrap; GitHub's rendering of `&#8203;` in an RT
 *   archive's text, corpus c6-047), a zero-width non-joiner or joiner (U+200C, U+200D), a word
 *   joiner (U+2060) and a byte-order mark inside or before a text (U+FEFF);
 * - a terminal's control sequences in a log written for one (`kubectl logs` of a coloured app, a
 *   CI job's raw log): `ESC[32mWaitingESC[0m for link-up` reads `Waiting for link-up`, as the
 *   terminal showed it. Read as spaces instead, they put a run of blanks inside a text a rule
 *   looks for (`Waiting     for link-up`), and a not-error or a condition read nothing.
 * Both are taken out before a text is read; every offset handed back points into the text as given.
 * A text without an ESC (a native search) and without a zero-width character (each above U+00FF,
 * so a Latin-1 text is answered at once) is returned as it is: nearly every text.
 */

const ESC = '\u001b';

/**
 * The most characters dropped from one text (a whole text, or a stream's pieces in order): a text
 * made of them (hostile, or binary data decoded as text) would otherwise need an offset for each.
 * Past this many, the rest stay in the text (terminal codes are then read as spaces: terminal-codes.ts).
 */
export const MAX_DROPPED = 1 << 16;

/** The longest terminal code (an OSC string of 512 characters and its ends): a stream holds back at most this. */
const LONGEST_CODE = 520;

/**
 * The text without its invisible characters, and where each was (offsets into `text`, ascending),
 * dropping at most `budget` characters. A code that would pass the budget is left whole.
 */
export function dropInvisible(text: string, budget = MAX_DROPPED): { text: string; dropped: number[] } {
  if (budget <= 0 || (text.indexOf(ESC) < 0 && !PATTERNS.zeroWidth.test(text))) return { text, dropped: [] };
  const dropped: number[] = [];
  const plain = text.replace(PATTERNS.invisible, (found, at: number) => {
    if (dropped.length + found.length > budget) return found;
    for (let i = 0; i < found.length; i++) dropped.push(at + i);
    return '';
  });
  return { text: plain, dropped };
}

/**
 * Where a terminal code that the next piece of a stream may still finish starts (its ESC in the
 * last characters, matching nothing or running to the end), or -1: a stream holds it back.
 */
export function unfinishedCodeAt(text: string): number {
  const at = text.lastIndexOf(ESC);
  if (at < 0 || text.length - at > LONGEST_CODE) return -1;
  // Searched from that ESC, the last: a code found starts there.
  PATTERNS.terminalCode.lastIndex = at;
  const m = PATTERNS.terminalCode.exec(text);
  return m === null || at + m[0].length === text.length ? at : -1;
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
