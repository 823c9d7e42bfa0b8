import type { Finding } from './finding.js';
import { PATTERNS } from './patterns.js';

/**
 * Invisible characters that copying puts inside a paste: a zero-width space (U+200B: web pages and
 * wikis after `.` and `/` so long names wrap, GitHub's rendering of `&#8203;` in an RT archive's
 * text, corpus c6-047), a zero-width non-joiner or joiner (U+200C, U+200D), a word joiner (U+2060)
 * and a byte-order mark inside or before a text (U+FEFF). Inside `System.Net.Sockets.SocketException`
 * or `ECONNRESET` they split what detection reads, and no one can see them to take them out.
 * Every one is above U+00FF, so in a text of Latin-1 characters (nearly every log) the search is
 * answered at once, without reading the text (under 0.1 µs for 16 K characters; about 25 µs in
 * other text).
 */

/**
 * The most zero-width characters dropped from one text (a whole text, or a stream's pieces in
 * order): a text made of them (hostile, or binary data decoded as text) would otherwise need an
 * offset for each. Past this many, the rest stay in the text as any other character does.
 */
export const MAX_DROPPED = 1 << 16;

/**
 * The text without its zero-width characters, and where each was (offsets into `text`, ascending),
 * dropping at most `budget` of them. A text without any (nearly every text) is returned as it is.
 */
export function dropZeroWidth(text: string, budget = MAX_DROPPED): { text: string; dropped: number[] } {
  if (budget <= 0 || !PATTERNS.zeroWidth.test(text)) return { text, dropped: [] };
  const dropped: number[] = [];
  const plain = text.replace(PATTERNS.zeroWidthAll, (c, at: number) => {
    if (dropped.length >= budget) return c;
    dropped.push(at);
    return '';
  });
  return { text: plain, dropped };
}

/**
 * Where offset `at` of the text without its zero-width characters is in the text with them:
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

/** Findings read from the text without its zero-width characters, pointing into the text with them. */
export function restoreOffsets(findings: Finding[], dropped: readonly number[]): Finding[] {
  if (dropped.length === 0) return findings;
  for (const f of findings) f.index = toOriginalOffset(dropped, f.index);
  return findings;
}
