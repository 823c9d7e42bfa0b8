/**
 * How the keyword scanner compares text: letters case-folded (in every script), whitespace and
 * the soft punctuation people and terminals add or drop inside a message (commas, colons,
 * semicolons) as one separator, full-width CJK punctuation and typographic apostrophes as their
 * ASCII twins; and the confirmation of a candidate hit.
 */

import { buildFoldTable, SPACE } from './fold-table.js';

/** Han, kana and Hangul: scripts written without spaces between words. */
export function isCjkCode(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

let FOLD: Uint16Array | undefined;

/**
 * Every UTF-16 code unit's fold, computed on first use (a look-up of a code never needs it): a
 * separator folds to 32 (a space), a letter to its lower case.
 */
function foldTable(): Uint16Array {
  FOLD ??= buildFoldTable();
  return FOLD;
}

/** The code a character compares as (before bucketing); 32 for whitespace and soft punctuation. */
export function foldCode(code: number): number {
  return foldTable()[code] as number;
}

/** The folds of the first `count` character codes (a view of the table: not to be written). */
export function foldCodes(count: number): Uint16Array {
  return foldTable().subarray(0, count);
}

/** Normalizes a keyword the way the scanner sees text: folded, whitespace collapsed, trimmed. */
export function normalizeKeyword(keyword: string): string {
  const fold = foldTable();
  // Codes collected and made a string once: thousands of texts are normalized at start-up.
  const codes: number[] = [];
  for (let i = 0; i < keyword.length; i++) {
    const f = fold[keyword.charCodeAt(i)] as number;
    if (f === SPACE && (codes.length === 0 || codes[codes.length - 1] === SPACE)) continue;
    codes.push(f);
  }
  return String.fromCharCode(...codes).trimEnd();
}

/** A keyword's space matches a run of at most this much whitespace (so confirming a hit is bounded work). */
export const MAX_SPACE_RUN = 256;

const isSeparatorAt = (text: string, i: number) => foldTable()[text.charCodeAt(i)] === SPACE;

/** Between two CJK characters of a keyword, a text may have a line break or a stray space. */
function isCjkGap(keyword: string, a: number, b: number): boolean {
  return isCjkCode(keyword.charCodeAt(a)) && isCjkCode(keyword.charCodeAt(b));
}

/**
 * Confirms a candidate: does `keyword` (as normalized) occur in `text` ending exactly at `end`?
 * Returns its start offset, or -1. Separator runs in the text count as one space.
 */
export function findKeywordStart(text: string, keyword: string, end: number): number {
  const fold = foldTable();
  let j = keyword.length - 1;
  let i = end - 1;
  while (j >= 0) {
    if (i < 0) return -1;
    const k = keyword.charCodeAt(j);
    // Most characters simply match: one that folds to a keyword's letter is no separator.
    if (k !== SPACE && fold[text.charCodeAt(i)] === k) {
      i--;
      j--;
      continue;
    }
    if (k !== SPACE && isSeparatorAt(text, i) && j + 1 < keyword.length && isCjkGap(keyword, j, j + 1)) {
      const runEnd = i;
      while (i > 0 && isSeparatorAt(text, i)) if (runEnd - --i > MAX_SPACE_RUN) return -1;
    }
    if (k === SPACE) {
      if (!isSeparatorAt(text, i)) return -1;
      const runEnd = i;
      while (i > 0 && isSeparatorAt(text, i - 1)) if (runEnd - --i > MAX_SPACE_RUN) return -1;
    } else if (fold[text.charCodeAt(i)] !== k) return -1;
    i--;
    j--;
  }
  return i + 1;
}

/**
 * Matches `keyword` (normalized) in `text` starting at `start`; returns the end offset or -1.
 * Used to confirm the tail of long keywords that the automaton only knows by their prefix.
 */
export function matchKeyword(text: string, keyword: string, start: number): number {
  const fold = foldTable();
  let i = start;
  for (let j = 0; j < keyword.length; j++) {
    if (i >= text.length) return -1;
    const k = keyword.charCodeAt(j);
    // Most characters simply match: one that folds to a keyword's letter is no separator.
    if (k !== SPACE && fold[text.charCodeAt(i)] === k) {
      i++;
      continue;
    }
    if (k !== SPACE && j > 0 && isSeparatorAt(text, i) && isCjkGap(keyword, j - 1, j)) {
      const runStart = i;
      while (i + 1 < text.length && isSeparatorAt(text, i)) if (++i - runStart > MAX_SPACE_RUN) return -1;
    }
    if (k === SPACE) {
      if (!isSeparatorAt(text, i)) return -1;
      const runStart = i;
      while (i + 1 < text.length && isSeparatorAt(text, i + 1)) if (++i - runStart > MAX_SPACE_RUN) return -1;
    } else if (fold[text.charCodeAt(i)] !== k) return -1;
    i++;
  }
  return i;
}
