/**
 * How the keyword scanner compares text: ASCII letters case-folded, whitespace runs as one space,
 * full-width CJK punctuation as its ASCII twin; and the exact confirmation of a candidate hit.
 */

export const FULLWIDTH_FOLD: Readonly<Record<string, string>> = {
  '，': ',',
  '。': '.',
  '（': '(',
  '）': ')',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '［': '[',
  '］': ']',
};

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000;
}

/** The character a keyword or text character compares as (before bucketing). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isSpace(code)) return ' ';
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return FULLWIDTH_FOLD[ch] ?? ch;
}

/** Normalizes a keyword the way the scanner sees text: folded, whitespace collapsed, trimmed. */
export function normalizeKeyword(keyword: string): string {
  let out = '';
  for (let i = 0; i < keyword.length; i++) {
    const f = foldChar(keyword[i] as string);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

/** A keyword's space matches a run of at most this much whitespace (so confirming a hit is bounded work). */
const MAX_SPACE_RUN = 256;

/**
 * Confirms a candidate: does `keyword` (as normalized) occur in `text` ending exactly at `end`?
 * Returns its start offset, or -1. Whitespace runs in the text count as one space.
 */
export function findKeywordStart(text: string, keyword: string, end: number): number {
  let j = keyword.length - 1;
  let i = end - 1;
  while (j >= 0) {
    if (i < 0) return -1;
    const k = keyword[j] as string;
    if (k === ' ') {
      if (!isSpace(text.charCodeAt(i))) return -1;
      const runEnd = i;
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) if (runEnd - --i > MAX_SPACE_RUN) return -1;
    } else if (foldChar(text[i] as string) !== k) return -1;
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
  let i = start;
  for (let j = 0; j < keyword.length; j++) {
    if (i >= text.length) return -1;
    const k = keyword[j] as string;
    if (k === ' ') {
      if (!isSpace(text.charCodeAt(i))) return -1;
      const runStart = i;
      while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1)))
        if (++i - runStart > MAX_SPACE_RUN) return -1;
    } else if (foldChar(text[i] as string) !== k) return -1;
    i++;
  }
  return i;
}
