import { foldCode } from './match.js';

const NON_ASCII_BUCKETS = 32;
/** Every row has 128 entries: a byte of ASCII text, or one of at most 128 character classes. */
export const SHIFT = 7;
export const WIDTH = 1 << SHIFT;

/** How the characters of keywords become columns of the table. */
export interface Alphabet {
  /** An edge label for a (folded) keyword character. */
  label(code: number): number;
  /** The label of the space (a run of whitespace and soft punctuation). */
  space: number;
  /** The columns an edge label stands for. */
  columns(label: number): readonly number[];
}

/**
 * ASCII text is read byte by byte: a column per character code, a label per folded character,
 * standing for every code that folds to it (`a` and `A`; tab, line breaks, `,` `;` `:` and space).
 */
export function byteAlphabet(): Alphabet {
  const members: number[][] = Array.from({ length: WIDTH }, () => []);
  for (let c = 0; c < WIDTH; c++) members[foldCode(c)]?.push(c);
  return { label: (code) => code, space: 32, columns: (label) => members[label] as number[] };
}

/**
 * Any text is read by classes: each ASCII character a keyword has is a class, every non-ASCII
 * character falls into one of {@link NON_ASCII_BUCKETS} buckets; class 0 is a character no
 * keyword has (it always leads back to the root), class 1 the space.
 */
export function classAlphabet(words: readonly string[]): { alphabet: Alphabet; columnOf: Uint8Array } {
  const asciiClass = new Int16Array(128).fill(-1);
  let classCount = 2 + NON_ASCII_BUCKETS;
  const label = (code: number): number => {
    if (code === 32) return 1;
    if (code >= 128) return 2 + (code % NON_ASCII_BUCKETS);
    let k = asciiClass[code] as number;
    if (k < 0) {
      k = classCount++;
      asciiClass[code] = k;
    }
    return k;
  };
  for (const word of words) for (let i = 0; i < word.length; i++) label(word.charCodeAt(i));
  if (classCount > WIDTH) throw new Error(`keywords need ${classCount} character classes; at most ${WIDTH}`);
  const columnOf = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = foldCode(c);
    columnOf[c] =
      f === 32 ? 1 : f >= 128 ? 2 + (f % NON_ASCII_BUCKETS) : Math.max(0, asciiClass[f] as number);
  }
  const single = Array.from({ length: WIDTH }, (_, k) => [k]);
  return { alphabet: { label, space: 1, columns: (k) => single[k] as number[] }, columnOf };
}
