/**
 * Compiles keywords (normalized as `normalizeKeyword` does) into an Aho–Corasick automaton: a dense
 * transition table over a reduced alphabet of character classes, whose states with output are
 * numbered last (one comparison per character tells a hit).
 */

import { type Alphabet, byteAlphabet, classAlphabet, SHIFT, WIDTH } from './alphabet.js';
import { isCjkCode } from './match.js';

/** The tables one automaton runs on. */
export interface CompiledAutomaton {
  /** `delta[(state << 7) | column]` is the next state. */
  delta: Uint16Array | Uint32Array;
  /**
   * The column of each UTF-16 code unit (65536 entries), or null when the automaton reads ASCII
   * text only and a character's code is its column.
   */
  columnOf: Uint8Array | null;
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
  const classes = asciiOnly ? null : classAlphabet(words);
  const alphabet = classes ? classes.alphabet : byteAlphabet();
  const capacity = 1 + words.reduce((n, word) => n + word.length, 0);
  const trie = createTrie(words, ids, capacity, alphabet);
  return {
    ...compileTrie(trie, alphabet),
    columnOf: classes ? classes.columnOf : null,
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
  const terminal: (number[] | undefined)[] = [];
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
  const delta = count < 65536 ? new Uint16Array(count * WIDTH) : new Uint32Array(count * WIDTH);
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
  /** Sets the row's entries for every column an edge label stands for (indexed: run once, cold). */
  const set = (row: number, label: number, next: number) => {
    const columns = alphabet.columns(label);
    for (let i = 0; i < columns.length; i++) delta[row + (columns[i] as number)] = next;
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
  const spaceColumn = alphabet.columns(alphabet.space)[0] as number;
  for (let node = 0; node < count; node++) {
    const n = id[node] as number;
    // A run of spaces stays where its first space led. After a CJK character whose keywords do not
    // go on with a space, whitespace is skipped (`只允 许`, a console's wrap), unless a shorter
    // keyword goes on with one through a failure link: `拒绝，无法连接` must still reach the
    // anchor `绝 无法连接` past the keyword `拒绝连接`. The row still holds the failure's step here.
    const failureGoesOn = delta[(n << SHIFT) + spaceColumn] !== 0;
    if (viaSpace[node] || (viaCjk[node] && !spaceEdge[node] && !failureGoesOn))
      set(n << SHIFT, alphabet.space, n);
  }
  return { delta, out, firstLoud: loud };
}
