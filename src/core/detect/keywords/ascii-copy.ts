import type { CompiledAutomaton } from './compile.js';
import { foldCode } from './match.js';

/**
 * Copies a text into `bytes`, a byte a code unit, so the ASCII automaton can read it. Returns
 * `'ascii'` when every unit was ASCII, `'copied'`, or null, with `bytes` partly written, where the
 * text must be read by the automaton of every keyword instead.
 */
export type AsciiCopier = (text: string, bytes: Uint8Array) => 'ascii' | 'copied' | null;

/** In the table: the unit may belong to a keyword beyond ASCII (or no byte stands for it). */
const KEYWORD_UNIT = 255;

/**
 * A log that is ASCII but for an arrow, a check mark or a smart quote here and there (`→ done ✓`)
 * used to be read, all of it, by the automaton of every keyword, over UTF-16 units in JavaScript:
 * several times slower than the ASCII automaton's byte loop, and its table (most of the detector's
 * memory) loaded for it. Such a character cannot be part of any keyword beyond ASCII (its fold is
 * in none of them), and to the ASCII keywords it is what it folds to: an ASCII character (`’` is
 * `'`, the ideographic space a space), or, folding to anything else, a character no ASCII keyword
 * holds. So the text is copied with each such unit as an ASCII byte that the ASCII automaton reads
 * the same way: its fold, or a byte that leads every state back to the root. The ASCII automaton
 * then reports just the candidates of ASCII keywords that the other would, and the other's
 * candidates of keywords beyond ASCII could only be turned away (confirming compares folds).
 *
 * A unit whose fold some keyword beyond ASCII holds (`ü`, a CJK character) stops the copy.
 * The table is built at the first text that needs it, from `ascii` and the other keywords
 * (normalized).
 */
export function createAsciiCopier(
  ascii: CompiledAutomaton,
  otherWords: () => readonly string[],
): AsciiCopier {
  let table: Uint8Array | undefined;
  return (text, bytes) => {
    table ??= buildTable(ascii, otherWords());
    // Read from the text's UTF-8 (a native copy, several times quicker than `charCodeAt` unit by
    // unit), a piece at a time: runs of ASCII bytes are copied whole, and only the other characters
    // decoded. A text that must go to the other automaton (a CJK log) is then told so at once.
    let allAscii = true;
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + PIECE);
      // A surrogate pair is encoded whole: a piece does not end between its two units.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      const piece = at === 0 && end === text.length ? text : text.slice(at, end);
      const { read, written } = ENCODER.encodeInto(piece, UTF8.bytes);
      if (read !== end - at || copyUtf8(written, table, bytes, at) !== end) return null;
      allAscii &&= written === end - at;
      at = end;
    }
    return allAscii ? 'ascii' : 'copied';
  };
}

const ENCODER = new TextEncoder();
/** Units a piece: its UTF-8 (at most three bytes a unit) stays in the processor's cache. */
const PIECE = 1 << 13;
const UTF8 = (() => {
  const bytes = new Uint8Array(3 * PIECE);
  return { bytes, words: new Uint32Array(bytes.buffer) };
})();
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit < 0xdc00;

/**
 * Copies the UTF-8 `UTF8.bytes[0, written)` into `out` from `to` on, a byte a UTF-16 unit, each
 * unit as `table` says; returns where it stopped, or -1 at a unit the table keeps for the other
 * automaton.
 */
function copyUtf8(written: number, table: Uint8Array, out: Uint8Array, at: number): number {
  const { bytes, words } = UTF8;
  let from = 0;
  let to = at;
  while (from < written) {
    const at = nextWide(bytes, words, from, written);
    if (at > from) {
      out.set(bytes.subarray(from, at), to);
      to += at - from;
    }
    if (at >= written) break;
    const b0 = bytes[at] as number;
    const b1 = (bytes[at + 1] as number) & 63;
    let unit: number;
    if (b0 < 0xe0) {
      unit = ((b0 & 31) << 6) | b1;
      from = at + 2;
    } else if (b0 < 0xf0) {
      unit = ((b0 & 15) << 12) | (b1 << 6) | ((bytes[at + 2] as number) & 63);
      from = at + 3;
    } else {
      // Beyond the first plane: two units, a surrogate pair.
      const v =
        (((b0 & 7) << 18) |
          (b1 << 12) |
          (((bytes[at + 2] as number) & 63) << 6) |
          ((bytes[at + 3] as number) & 63)) -
        0x10000;
      const high = table[0xd800 + (v >> 10)] as number;
      if (high === KEYWORD_UNIT) return -1;
      out[to++] = high;
      unit = 0xdc00 + (v & 1023);
      from = at + 4;
    }
    const b = table[unit] as number;
    if (b === KEYWORD_UNIT) return -1;
    out[to++] = b;
  }
  return to;
}

/** The first byte at or past `from` that is not ASCII, or `end`; ASCII is skipped four bytes at a time. */
function nextWide(bytes: Uint8Array, words: Uint32Array, from: number, end: number): number {
  let i = from;
  for (; (i & 3) !== 0; i++) if (i >= end || (bytes[i] as number) >= 128) return Math.min(i, end);
  // `i` is on a word's first byte now: whole words of ASCII are passed, then the rest byte by byte.
  let w = i >> 2;
  const lastWord = end >> 2;
  while (w < lastWord && ((words[w] as number) & 0x80808080) === 0) w++;
  for (i = w << 2; i < end; i++) if ((bytes[i] as number) >= 128) return i;
  return end;
}

/** The byte each UTF-16 unit is copied as, or KEYWORD_UNIT. */
function buildTable(ascii: CompiledAutomaton, otherWords: readonly string[]): Uint8Array {
  const inKeywords = new Uint8Array(65536);
  for (const word of otherWords) for (let i = 0; i < word.length; i++) inKeywords[word.charCodeAt(i)] = 1;
  const blank = rootByte(ascii);
  const table = new Uint8Array(65536);
  for (let u = 0; u < 65536; u++) {
    const f = u < 128 ? u : foldCode(u);
    // A fold outside ASCII that no keyword holds reads as the blank byte, when there is one.
    table[u] = f < 128 ? f : inKeywords[f] === 1 || blank < 0 ? KEYWORD_UNIT : blank;
  }
  // The UTF-8 of a lone surrogate is that of U+FFFD: the two must be copied alike.
  for (let u = 0xd800; u < 0xe000; u++) if (table[u] === KEYWORD_UNIT) table[0xfffd] = KEYWORD_UNIT;
  return table;
}

/**
 * A byte that every state of `a` steps to the root on and that is no separator (folding to a
 * space, it would join a run of them), or -1 when the keywords hold every such byte. A column no
 * keyword's character has stays 0 in every row (compile.ts); checked row by row all the same.
 */
export function rootByte(a: CompiledAutomaton): number {
  const { delta, stateCount, shift, columnOf } = a;
  for (let b = 1; b < 128; b++) {
    if (foldCode(b) === 32) continue;
    const column = columnOf[b] as number;
    let root = true;
    for (let s = 0; root && s < stateCount; s++) root = delta[(s << shift) | column] === 0;
    if (root) return b;
  }
  return -1;
}
