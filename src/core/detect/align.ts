import { foldCode, isCjkCode } from './keywords/match.js';

/**
 * The banded edit distance loose matching aligns a message with the text by (loose.ts): the text
 * as the scanner sees it, and the cheapest alignment of a message with the start of a stretch of it.
 */

const SPACE = 32;
/** U+FFFD: bytes that did not decode. A run of them (line breaks inside) stands for one character. */
const WILDCARD = 0xfffd;

/** A stretch of text as the scanner sees it, with the text offset of each character. */
interface Normalized {
  codes: number[];
  at: number[];
}

const isBlankCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000;

/** How much white space a line break between two CJK characters may carry (`\r\n` and an indent). */
const CJK_GAP = 16;

/**
 * Where the line break at `i` ends, with the white space around it, when it stands between two CJK
 * characters (a console wraps CJK text between any two: `由于目标计算机积` / `极拒绝`); else `i`.
 */
function cjkBreakEnd(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if ((c !== 10 && c !== 13) || !isCjkCode(text.charCodeAt(i - 1))) return i;
  let j = i;
  // White space only: a comma folds to a space too, and `，` after the break is the message's own.
  while (j < to && j - i < CJK_GAP && isBlankCode(text.charCodeAt(j))) j++;
  return j < to && isCjkCode(text.charCodeAt(j)) ? j : i;
}

/**
 * `text[from, to)` folded as the scanner folds it, a run of spaces or of U+FFFD read as one
 * character, and a line break between two CJK characters as nothing: the text runs on across it.
 */
export function normalizeStretch(text: string, from: number, to: number): Normalized {
  const codes: number[] = [];
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const joined = i > from ? cjkBreakEnd(text, i, to) : i;
    if (joined > i) {
      i = joined - 1;
      continue;
    }
    const code = foldCode(text.charCodeAt(i));
    const last = codes[codes.length - 1];
    if (code === SPACE && (last === SPACE || last === WILDCARD)) continue;
    if (code === WILDCARD && last === WILDCARD) continue;
    if (code === WILDCARD && last === SPACE && codes[codes.length - 2] === WILDCARD) {
      codes.pop();
      at.pop();
      continue;
    }
    codes.push(code);
    at.push(i);
  }
  return { codes, at };
}

interface Alignment {
  cost: number;
  /** Characters of the key aligned (all of them unless the text was cut short). */
  used: number;
  /** Characters of the text aligned. */
  end: number;
}

/**
 * Aligns `key` with a prefix of `text` within `band` edits (banded edit distance). Returns the
 * cheapest full alignment, or where `cut(j)` says the text stops at `j`, of a prefix of the key.
 * With `ownEdge`, an alignment (full or cut) must end on a character of the key itself (or U+FFFD):
 * in CJK text a character is a word, and other characters where the message's outer ones stand
 * make another sentence (`操作がタイムアウトしました` is not glibc's `接続がタイムアウトしました`).
 */
export function alignPrefix(
  key: readonly number[],
  text: readonly number[],
  band: number,
  cut: ((j: number) => boolean) | null,
  ownEdge = false,
): Alignment | null {
  const width = 2 * band + 1;
  const INF = 1 << 20;
  let best: Alignment | null = null;
  const consider = (cost: number, used: number, end: number) => {
    if (cost > band) return;
    if (!best || cost < best.cost || (cost === best.cost && used > best.used)) best = { cost, used, end };
  };
  // prev[band + d] is the cost of aligning key[0, i) with text[0, i + d).
  let prev = new Array<number>(width).fill(INF);
  for (let j = 0; j <= band && j <= text.length; j++) prev[band + j] = j;
  for (let i = 1; i <= key.length; i++) {
    const row = new Array<number>(width).fill(INF);
    let rowMin = INF;
    for (let d = -band; d <= band; d++) {
      const j = i + d;
      if (j < 0 || j > text.length) continue;
      const c = band + d;
      let v = c + 1 < width ? (prev[c + 1] as number) + 1 : INF; // a key character missing
      // The alignment that pairs the key's character with an equal one of the text's (else INF).
      let same = INF;
      if (j > 0) {
        const t = text[j - 1] as number;
        const equal = t === key[i - 1] || t === WILDCARD;
        if (equal) same = prev[c] as number;
        v = Math.min(v, (prev[c] as number) + (equal ? 0 : 1));
        if (c > 0) v = Math.min(v, (row[c - 1] as number) + 1); // an extra text character
      }
      row[c] = v;
      if (v < rowMin) rowMin = v;
      if (i === key.length || cut?.(j)) consider(ownEdge ? same : v, i, j);
    }
    // Every alignment is over budget already: nothing further can come back under it.
    if (rowMin > band) return best;
    prev = row;
  }
  return best;
}
