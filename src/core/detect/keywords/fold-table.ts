/**
 * The table of every UTF-16 code unit's fold (see match.ts): built once per process, before the
 * first keyword is normalized, so it is cold code on every start; built with native string
 * operations where a loop per character would be most of its cost.
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
const SOFT = [',', ';', ':', '，', '；', '：', '、'];

export const SPACE = 32;
/** Whitespace: tab to carriage return, space, no-break space, the ideographic space. */
const SPACES = [9, 10, 11, 12, 13, 32, 0xa0, 0x3000];

/** Code units without case: CJK ideographs, kana, Hangul, surrogates, private use (no lower-casing to ask for). */
const uncased = (c: number) => (c >= 0x2e80 && c < 0xa640) || (c >= 0xac00 && c < 0xfb00);

/** Code units 1024 at a time, each followed by a space (no case mapping then depends on a neighbour). */
const BLOCK = 1024;
/** A block is compared in parts this long: only a part some character of which lower-cases is read. */
const PART = 128;

/** Is every code unit of `[from, from + BLOCK)` uncased? */
const uncasedBlock = (from: number) =>
  (from >= 0x2e80 && from + BLOCK <= 0xa640) || (from >= 0xac00 && from + BLOCK <= 0xfb00);

/** `fold[c] = c` for every code unit, two at a time (an interpreted loop of 65,536 steps took ms). */
function identity(): Uint16Array {
  const fold = new Uint16Array(65536);
  const pairs = new Uint32Array(fold.buffer);
  // Which half of a 32-bit number is the lower-addressed code unit depends on the byte order.
  const little = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
  const [low, high] = little ? [0, 16] : [16, 0];
  for (let k = 0, c = 0; k < pairs.length; k++, c += 2) pairs[k] = (c << low) | ((c + 1) << high);
  return fold;
}

/**
 * Lower-cases `[from, from + BLOCK)` with one native call and compares its parts natively;
 * only a part that changes is read character by character, each character alone where one of the
 * part lengthens (`İ`).
 */
function lowerBlock(fold: Uint16Array, from: number, pairs: Uint16Array): void {
  // Most blocks are CJK, Hangul or surrogates: nothing to lower-case.
  if (uncasedBlock(from)) return;
  for (let k = 0; k < BLOCK; k++) pairs[2 * k] = from + k;
  const text = String.fromCharCode.apply(null, pairs as unknown as number[]);
  if (text.toLowerCase() === text) return;
  for (let part = 0; part < BLOCK; part += PART) {
    const piece = text.slice(2 * part, 2 * (part + PART));
    const lower = piece.toLowerCase();
    if (lower === piece) continue;
    // Lower-casing never shortens a character: the same length means one character for each.
    const each = lower.length !== 2 * PART;
    for (let c = from + part; c < from + part + PART; c++) {
      if (c < 128 || uncased(c)) continue;
      if (!each) fold[c] = lower.charCodeAt(2 * (c - from - part));
      else {
        const l = String.fromCharCode(c).toLowerCase();
        if (l.length === 1) fold[c] = l.charCodeAt(0);
      }
    }
  }
}

/** Every code unit's fold: a separator folds to 32 (a space), a letter to its lower case. */
export function buildFoldTable(): Uint16Array {
  const fold = identity();
  for (let c = 65; c <= 90; c++) fold[c] = c + 32;
  // A block's code units at the even places, spaces at the odd ones (written once).
  const pairs = new Uint16Array(2 * BLOCK).fill(SPACE);
  for (let from = 0; from < 65536; from += BLOCK) lowerBlock(fold, from, pairs);
  for (const c of SPACES) fold[c] = SPACE;
  for (const ch of SOFT) fold[ch.charCodeAt(0)] = SPACE;
  for (const [wide, ascii] of Object.entries(FULLWIDTH_FOLD)) fold[wide.charCodeAt(0)] = ascii.charCodeAt(0);
  return fold;
}
