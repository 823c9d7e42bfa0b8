/**
 * How the keyword scanner compares text: letters case-folded (in every script), whitespace and
 * the soft punctuation people and terminals add or drop inside a message (commas, colons,
 * semicolons) as one separator, full-width CJK punctuation and typographic apostrophes as their
 * ASCII twins; and the confirmation of a candidate hit.
 */

const FULLWIDTH_FOLD: Readonly<Record<string, string>> = {
  '。': '.',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '［': '[',
  '］': ']',
  '’': "'",
  '‘': "'",
};

/** Punctuation that separates like a space: `respond, or` and `respond or` are one text. */
const SOFT = new Set([',', ';', ':', '，', '；', '：', '、']);

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000;
}

/** A whitespace or soft punctuation character: what a keyword's space matches a run of. */
function isSeparator(ch: string): boolean {
  return isSpace(ch.charCodeAt(0)) || SOFT.has(ch);
}

/** The character a keyword or text character compares as (before bucketing). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 128) return SOFT.has(ch) || isSpace(code) ? ' ' : ch;
  if (isSeparator(ch)) return ' ';
  const wide = FULLWIDTH_FOLD[ch];
  if (wide) return wide;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
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
      if (!isSeparator(text[i] as string)) return -1;
      const runEnd = i;
      while (i > 0 && isSeparator(text[i - 1] as string)) if (runEnd - --i > MAX_SPACE_RUN) return -1;
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
      if (!isSeparator(text[i] as string)) return -1;
      const runStart = i;
      while (i + 1 < text.length && isSeparator(text[i + 1] as string))
        if (++i - runStart > MAX_SPACE_RUN) return -1;
    } else if (foldChar(text[i] as string) !== k) return -1;
    i++;
  }
  return i;
}
