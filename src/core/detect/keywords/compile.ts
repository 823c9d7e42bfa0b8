/**
 * Compiles keywords (normalized as `normalizeKeyword` does) into an Aho–Corasick automaton: a dense
 * transition table over a reduced alphabet of character classes, whose states with output are
 * numbered last (one comparison per character tells a hit).
 */

import { foldCode, isCjkCode } from './match.js';

const NON_ASCII_BUCKETS = 32;
/** Every row has 128 entries: a byte of ASCII text, or one of at most 128 character classes. */
const SHIFT = 7;
const WIDTH = 1 << SHIFT;

/** The tables one automaton runs on. */
export interface CompiledAutomaton {
  /** `delta[(state << 7) | column]` is the next state. */
  delta: Uint16Array | Uint32Array;
  /**
   * The column of each UTF-16 code unit (65536 entries), or null when the automaton reads ASCII
   * text only and a character's code is its column.
   */
  columnOf: Uint8Array | null;
  /** Columns no keyword character has: they lead back to the root from every state. */
  resets: Uint8Array;
  /** States at or past this one have output. */
  firstLoud: number;
  /** The keywords (as indexes given by the caller) each state reports, longest first. */
  out: readonly (readonly number[])[];
  stateCount: number;
}

/** How the characters of keywords become columns of the table. */
interface Alphabet {
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
function byteAlphabet(): Alphabet {
  const members: number[][] = Array.from({ length: WIDTH }, () => []);
  for (let c = 0; c < WIDTH; c++) members[foldCode(c)]?.push(c);
  return { label: (code) => code, space: 32, columns: (label) => members[label] as number[] };
}

/**
 * Any text is read by classes: each ASCII character a keyword has is a class, every non-ASCII
 * character falls into one of {@link NON_ASCII_BUCKETS} buckets; class 0 is a character no
 * keyword has (it always leads back to the root), class 1 the space.
 */
function classAlphabet(words: readonly string[]): { alphabet: Alphabet; columnOf: Uint8Array } {
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

/**
 * Compiles `words` (normalized, non-empty) reporting `ids[i]` for `words[i]`. With `asciiOnly`, every
 * word is ASCII and the automaton reads ASCII text byte by byte; else it reads character classes,
 * a lossy projection on purpose (it keeps the table small), so a hit is only a candidate,
 * confirmed by the caller.
 */
export function compileAutomaton(
  words: readonly string[],
  ids: readonly number[],
  asciiOnly: boolean,
): CompiledAutomaton {
  const classes = asciiOnly ? null : classAlphabet(words);
  const alphabet = classes ? classes.alphabet : byteAlphabet();
  const capacity = 1 + words.reduce((n, word) => n + word.length, 0);
  const trie = createTrie(words, ids, capacity, alphabet);
  const resets = new Uint8Array(WIDTH).fill(1);
  for (let e = 0; e < trie.count - 1; e++)
    for (const c of alphabet.columns(trie.edgeClass[e] as number)) resets[c] = 0;
  for (const c of alphabet.columns(alphabet.space)) resets[c] = 0;
  return {
    ...compileTrie(trie, alphabet),
    columnOf: classes ? classes.columnOf : null,
    resets,
    stateCount: trie.count,
  };
}

interface Trie {
  count: number;
  /** Nodes with an edge for the space class. */
  spaceEdge: Uint8Array;
  /** Each node's children as a list: first edge, next edge, the edge's class and child. */
  firstEdge: Int32Array;
  nextEdge: Int32Array;
  edgeClass: Int32Array;
  edgeChild: Int32Array;
  terminal: number[][];
  /** Entered by a space (a run of spaces stays there). */
  viaSpace: Uint8Array;
  /** Entered by a CJK character (a space or line break after one may be a console's wrap). */
  viaCjk: Uint8Array;
}

function createTrie(
  words: readonly string[],
  ids: readonly number[],
  capacity: number,
  alphabet: Alphabet,
): Trie {
  // Edges by `node * 128 + label` while inserting; then only the lists are kept.
  const edges = new Map<number, number>();
  const spaceEdge = new Uint8Array(capacity);
  const firstEdge = new Int32Array(capacity).fill(-1);
  const nextEdge = new Int32Array(capacity);
  const edgeClass = new Int32Array(capacity);
  const edgeChild = new Int32Array(capacity);
  const viaSpace = new Uint8Array(capacity);
  const viaCjk = new Uint8Array(capacity);
  viaSpace[0] = 1;
  const terminal: number[][] = [[]];
  let count = 1;
  words.forEach((word, w) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const k = alphabet.label(code);
      let next = edges.get(node * WIDTH + k);
      if (next === undefined) {
        next = count++;
        edges.set(node * WIDTH + k, next);
        if (k === alphabet.space) spaceEdge[node] = 1;
        const edge = next - 1;
        edgeClass[edge] = k;
        edgeChild[edge] = next;
        nextEdge[edge] = firstEdge[node] as number;
        firstEdge[node] = edge;
        terminal.push([]);
        viaSpace[next] = k === alphabet.space ? 1 : 0;
      }
      if (isCjkCode(code)) viaCjk[next] = 1;
      node = next;
    }
    if (word !== '') (terminal[node] as number[]).push(ids[w] as number);
  });
  return { count, spaceEdge, firstEdge, nextEdge, edgeClass, edgeChild, terminal, viaSpace, viaCjk };
}

/**
 * Breadth-first failure links, compiled into a full transition table whose states with output are
 * numbered last. A node's number is given when it is reached, as its output is then known (its
 * own, and its failure node's, which is shallower and so reached before it); its row is its
 * failure node's row with its own edges set.
 */
function compileTrie(
  trie: Trie,
  alphabet: Alphabet,
): { delta: Uint16Array | Uint32Array; out: number[][]; firstLoud: number } {
  const { count, spaceEdge, firstEdge, nextEdge, edgeClass, edgeChild, terminal, viaSpace, viaCjk } = trie;
  const delta = count < 65536 ? new Uint16Array(count * WIDTH) : new Uint32Array(count * WIDTH);
  const id = new Int32Array(count);
  const out: number[][] = new Array(count);
  out[0] = [];
  let silent = 1;
  let loud = count;
  const order = new Int32Array(count);
  const failOf = new Int32Array(count);
  let tail = 0;
  const reach = (node: number, fail: number) => {
    const own = terminal[node] as number[];
    const inherited = out[fail] as number[];
    const outputs = inherited.length > 0 ? [...own, ...inherited] : own;
    const n = outputs.length > 0 ? --loud : silent++;
    id[node] = n;
    out[n] = outputs;
    failOf[node] = fail;
    order[tail++] = node;
  };
  /** Sets the row's entries for every column an edge label stands for. */
  const set = (row: number, label: number, next: number) => {
    for (const column of alphabet.columns(label)) delta[row + column] = next;
  };
  for (let e = firstEdge[0] as number; e >= 0; e = nextEdge[e] as number) {
    reach(edgeChild[e] as number, 0);
    set(0, edgeClass[e] as number, id[edgeChild[e] as number] as number);
  }
  // A column no keyword character has stays 0 in the root's row, so in every row copied from it.
  for (let head = 0; head < tail; head++) {
    const node = order[head] as number;
    const row = (id[node] as number) << SHIFT;
    const failRow = (failOf[node] as number) << SHIFT;
    delta.copyWithin(row, failRow, failRow + WIDTH);
    for (let e = firstEdge[node] as number; e >= 0; e = nextEdge[e] as number) {
      const k = edgeClass[e] as number;
      reach(edgeChild[e] as number, delta[failRow + (alphabet.columns(k)[0] as number)] as number);
      set(row, k, id[edgeChild[e] as number] as number);
    }
  }
  for (let node = 0; node < count; node++) {
    const n = id[node] as number;
    // A run of spaces stays where its first space led. After a CJK character whose keywords do not
    // go on with a space, whitespace is skipped (`只允 许`, a console's wrap): the space could only
    // have continued a shorter keyword through a failure link, which the lossy buckets make
    // mostly a false lead.
    if (viaSpace[node] || (viaCjk[node] && !spaceEdge[node])) set(n << SHIFT, alphabet.space, n);
  }
  return { delta, out, firstLoud: loud };
}
