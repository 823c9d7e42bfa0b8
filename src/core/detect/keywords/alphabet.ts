import { foldCode } from './match.js';

const NON_ASCII_BUCKETS = 32;
/** Rows have at most 128 entries: a column for each character class, never more than 128 classes. */
export const MAX_SHIFT = 7;
const MAX_WIDTH = 1 << MAX_SHIFT;
/** Column 0 is every character no keyword holds (it always leads back to the root); 1 the space. */
const NONE = 0;
const SPACE_CLASS = 1;

/** How the characters of keywords become columns of the table. */
export interface Alphabet {
  /** An edge label (a column) for a (folded) keyword character. */
  label(code: number): number;
  /** The label of the space (a run of whitespace and soft punctuation). */
  space: number;
  /** Each row has `1 << shift` columns: every label is below that. */
  shift: number;
}

/** The alphabet and the column of each character code it reads (256 bytes, or 65,536 code units). */
export interface ClassAlphabet {
  alphabet: Alphabet;
  columnOf: Uint8Array;
}

/** The fewest bits that number `classes` columns. */
function shiftFor(classes: number): number {
  let shift = 1;
  while (1 << shift < classes) shift++;
  return shift;
}

/**
 * ASCII text, read a byte at a time: each folded ASCII character a keyword holds is a class (`a`
 * for `a` and `A`; the space for tab, line breaks, `,` `;` `:` and space), and every other byte is
 * class 0. Keywords hold about 55 such characters, so a row is 64 entries, not one per byte: half
 * the table, and half the cache lines a scan walks (each step is a read at an address the last one
 * gave, so a read that misses the cache holds up the whole stream). Bytes from 128 on are class 0:
 * the byte copies of texts beyond ASCII (ascii-copy.ts) hold none.
 */
export function byteAlphabet(words: readonly string[]): ClassAlphabet {
  const classOf = new Int16Array(128).fill(-1);
  classOf[32] = SPACE_CLASS;
  let classCount = 2;
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 128) throw new Error(`a keyword of ASCII text holds U+${code.toString(16)}`);
      if ((classOf[code] as number) < 0) classOf[code] = classCount++;
    }
  const columnOf = new Uint8Array(256);
  for (let b = 0; b < 128; b++) columnOf[b] = Math.max(NONE, classOf[foldCode(b)] as number);
  return {
    alphabet: { label: (code) => classOf[code] as number, space: SPACE_CLASS, shift: shiftFor(classCount) },
    columnOf,
  };
}

/**
 * Any text is read by classes: each ASCII character a keyword has is a class, every non-ASCII
 * character falls into one of {@link NON_ASCII_BUCKETS} buckets; class 0 is a character no
 * keyword has (it always leads back to the root), class 1 the space. Rows are 128 entries.
 */
export function classAlphabet(words: readonly string[]): ClassAlphabet {
  const asciiClass = new Int16Array(128).fill(-1);
  let classCount = 2 + NON_ASCII_BUCKETS;
  const label = (code: number): number => {
    if (code === 32) return SPACE_CLASS;
    if (code >= 128) return 2 + (code % NON_ASCII_BUCKETS);
    let k = asciiClass[code] as number;
    if (k < 0) {
      k = classCount++;
      asciiClass[code] = k;
    }
    return k;
  };
  for (const word of words) for (let i = 0; i < word.length; i++) label(word.charCodeAt(i));
  if (classCount > MAX_WIDTH)
    throw new Error(`keywords need ${classCount} character classes; at most ${MAX_WIDTH}`);
  const columnOf = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = foldCode(c);
    columnOf[c] =
      f === 32
        ? SPACE_CLASS
        : f >= 128
          ? 2 + (f % NON_ASCII_BUCKETS)
          : Math.max(NONE, asciiClass[f] as number);
  }
  return { alphabet: { label, space: SPACE_CLASS, shift: MAX_SHIFT }, columnOf };
}
