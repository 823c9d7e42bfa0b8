/**
 * Compiles keywords (normalized as `normalizeKeyword` does) into an Aho–Corasick automaton: a dense
 * transition table over a reduced alphabet of character classes, whose states with output are
 * numbered last (one comparison per character tells a hit).
 */

import { type Alphabet, byteAlphabet, classAlphabet, MAX_SHIFT } from './alphabet.js';
import { isCjkCode } from './match.js';

/** The tables one automaton runs on. */
export interface CompiledAutomaton {
  /** `delta[(state << shift) | column]` is the next state. */
  delta: Uint16Array | Uint32Array;
  /** Each row has `1 << shift` columns (at most 128). */
  shift: number;
  /**
   * The column of each character: of each byte (256 entries) for an automaton that reads ASCII
   * text a byte at a time, of each UTF-16 code unit (65,536) for one that reads any text.
   */
  columnOf: Uint8Array;
  /** States at or past this one have output. */
  firstLoud: number;
  /** The longest keyword's length: the state at any point depends on no more of the text before it. */
  longest: number;
  /** The keywords (as indexes given by the caller) each state reports, longest first. */
  out: readonly (readonly number[])[];
  stateCount: number;
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
  const { alphabet, columnOf } = asciiOnly ? byteAlphabet(words) : classAlphabet(words);
  const capacity = 1 + words.reduce((n, word) => n + word.length, 0);
  const trie = createTrie(words, ids, capacity, alphabet);
  return {
    ...compileTrie(trie, alphabet),
    shift: alphabet.shift,
    columnOf,
    stateCount: trie.count,
    longest: words.reduce((n, word) => Math.max(n, word.length), 0),
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
  /** The ids of the words ending at each node (none for most nodes). */
  terminal: (number[] | undefined)[];
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
  // Edges by `node * 128 + label` (every label is below 128) while inserting; then only the lists are kept.
  const edges = new Map<number, number>();
  const spaceEdge = new Uint8Array(capacity);
  const firstEdge = new Int32Array(capacity).fill(-1);
  const nextEdge = new Int32Array(capacity);
  const edgeClass = new Int32Array(capacity);
  const edgeChild = new Int32Array(capacity);
  const viaSpace = new Uint8Array(capacity);
  const viaCjk = new Uint8Array(capacity);
  viaSpace[0] = 1;
  const terminal: (number[] | undefined)[] = [];
  let count = 1;
  words.forEach((word, w) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const k = alphabet.label(code);
      let next = edges.get((node << MAX_SHIFT) + k);
      if (next === undefined) {
        next = count++;
        edges.set((node << MAX_SHIFT) + k, next);
        if (k === alphabet.space) spaceEdge[node] = 1;
        const edge = next - 1;
        edgeClass[edge] = k;
        edgeChild[edge] = next;
        nextEdge[edge] = firstEdge[node] as number;
        firstEdge[node] = edge;
        viaSpace[next] = k === alphabet.space ? 1 : 0;
      }
      if (isCjkCode(code)) viaCjk[next] = 1;
      node = next;
    }
    if (word === '') return;
    const ends = terminal[node];
    if (ends) ends.push(ids[w] as number);
    else terminal[node] = [ids[w] as number];
  });
  return { count, spaceEdge, firstEdge, nextEdge, edgeClass, edgeChild, terminal, viaSpace, viaCjk };
}

const NONE: readonly number[] = [];

/**
 * Breadth-first failure links, compiled into a full transition table whose states with output are
 * numbered last. A node's number is given when it is reached, as its output is then known (its
 * own, and its failure node's, which is shallower and so reached before it); its row is its
 * failure node's row with its own edges set.
 */
function compileTrie(
  trie: Trie,
  alphabet: Alphabet,
): { delta: Uint16Array | Uint32Array; out: (readonly number[])[]; firstLoud: number } {
  const { count, spaceEdge, firstEdge, nextEdge, edgeClass, edgeChild, terminal, viaSpace, viaCjk } = trie;
  const { shift } = alphabet;
  const width = 1 << shift;
  const delta = count < 65536 ? new Uint16Array(count << shift) : new Uint32Array(count << shift);
  const id = new Int32Array(count);
  const out: (readonly number[])[] = new Array(count);
  out[0] = [];
  let silent = 1;
  let loud = count;
  const order = new Int32Array(count);
  const failOf = new Int32Array(count);
  let tail = 0;
  const reach = (node: number, fail: number) => {
    const own = terminal[node] ?? NONE;
    const inherited = out[fail] as readonly number[];
    const outputs = inherited.length > 0 ? [...own, ...inherited] : own;
    const n = outputs.length > 0 ? --loud : silent++;
    id[node] = n;
    out[n] = outputs;
    failOf[node] = fail;
    order[tail++] = node;
  };
  for (let e = firstEdge[0] as number; e >= 0; e = nextEdge[e] as number) {
    reach(edgeChild[e] as number, 0);
    delta[edgeClass[e] as number] = id[edgeChild[e] as number] as number;
  }
  // A column no keyword character has stays 0 in the root's row, so in every row copied from it.
  for (let head = 0; head < tail; head++) {
    const node = order[head] as number;
    const row = (id[node] as number) << shift;
    const failRow = (failOf[node] as number) << shift;
    delta.copyWithin(row, failRow, failRow + width);
    for (let e = firstEdge[node] as number; e >= 0; e = nextEdge[e] as number) {
      const k = edgeClass[e] as number;
      reach(edgeChild[e] as number, delta[failRow + k] as number);
      delta[row + k] = id[edgeChild[e] as number] as number;
    }
  }
  for (let node = 0; node < count; node++) {
    const n = id[node] as number;
    // A run of spaces stays where its first space led. After a CJK character whose keywords do not
    // go on with a space, whitespace is skipped (`只允 许`, a console's wrap), unless a shorter
    // keyword goes on with one through a failure link: `拒绝，无法连接` must still reach the
    // anchor `绝 无法连接` past the keyword `拒绝连接`. The row still holds the failure's step here.
    const failureGoesOn = delta[(n << shift) + alphabet.space] !== 0;
    if (viaSpace[node] || (viaCjk[node] && !spaceEdge[node] && !failureGoesOn))
      delta[(n << shift) + alphabet.space] = n;
  }
  return { delta, out, firstLoud: loud };
}
