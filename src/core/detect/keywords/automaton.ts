/**
 * A multi-keyword scanner (Aho–Corasick compiled to a dense DFA) over a reduced alphabet: every
 * character is first folded as `foldCode` (match.ts) folds it (letters case-folded, runs of
 * whitespace and soft punctuation collapse to one space, full-width CJK punctuation to its ASCII
 * twin), then every non-ASCII character falls into one of {@link NON_ASCII_BUCKETS} buckets. The projection is lossy on purpose (it keeps the table
 * small), so a reported hit is only a candidate: callers confirm it with `findKeywordStart` or `matchKeyword` (keyword-match.ts).
 * One pass, constant work per input character: linear whatever the input.
 */

import { foldCode, isCjkCode, normalizeKeyword } from './match.js';

const NON_ASCII_BUCKETS = 32;
/** Class 0: a character no keyword contains; it always leads back to the root. */
const OTHER = 0;
const SPACE = 1;

/** A compiled scanner; `scan` calls `onHit(keywordIndex, endExclusive)` for every candidate. */
export interface KeywordAutomaton {
  readonly keywords: readonly string[];
  readonly stateCount: number;
  /** Scans `text[from, to)` (whole text by default), starting from the root state. */
  scan(text: string, onHit: (keyword: number, end: number) => void, from?: number, to?: number): void;
}

/** Compiles the keywords (any strings; duplicates allowed, each reported under its own index). */
export function createKeywordAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const normalized = keywords.map(normalizeKeyword);
  const asciiClass = new Map<number, number>();
  let classCount = 2 + NON_ASCII_BUCKETS;
  const classFor = (code: number): number => {
    if (code === 32) return SPACE;
    if (code >= 128) return 2 + (code % NON_ASCII_BUCKETS);
    let k = asciiClass.get(code);
    if (k === undefined) {
      k = classCount++;
      asciiClass.set(code, k);
    }
    return k;
  };
  // Classes first, so the width of a row is known; then the trie, one row of edges per node.
  for (const word of normalized) for (let i = 0; i < word.length; i++) classFor(word.charCodeAt(i));
  const width = classCount <= 128 ? 128 : 256;
  const shift = width === 128 ? 7 : 8;
  const capacity = 1 + normalized.reduce((n, word) => n + word.length, 0);
  const trie = createTrie(normalized, capacity, width, classFor);
  const { count } = trie;
  // Each character's class is the class of its fold; ASCII characters no keyword has are OTHER.
  const classOf = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = foldCode(c);
    classOf[c] = f === 32 ? SPACE : f >= 128 ? 2 + (f % NON_ASCII_BUCKETS) : (asciiClass.get(f) ?? OTHER);
  }
  const { delta, out, firstLoud } = compileTrie(trie, width);

  return {
    keywords,
    stateCount: count,
    scan(text, onHit, from = 0, to = text.length) {
      let state = 0;
      for (let i = from; i < to; i++) {
        state = delta[(state << shift) | (classOf[text.charCodeAt(i)] as number)] as number;
        if (state >= firstLoud) {
          for (const keyword of out[state] as number[]) onHit(keyword, i + 1);
        }
      }
    },
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
  capacity: number,
  width: number,
  classFor: (code: number) => number,
): Trie {
  // Edges by `node * width + class` while inserting; then only the lists are kept.
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
  words.forEach((word, index) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const k = classFor(code);
      let next = edges.get(node * width + k);
      if (next === undefined) {
        next = count++;
        edges.set(node * width + k, next);
        if (k === SPACE) spaceEdge[node] = 1;
        const edge = next - 1;
        edgeClass[edge] = k;
        edgeChild[edge] = next;
        nextEdge[edge] = firstEdge[node] as number;
        firstEdge[node] = edge;
        terminal.push([]);
        viaSpace[next] = k === SPACE ? 1 : 0;
      }
      if (isCjkCode(code)) viaCjk[next] = 1;
      node = next;
    }
    if (word !== '') (terminal[node] as number[]).push(index);
  });
  return { count, spaceEdge, firstEdge, nextEdge, edgeClass, edgeChild, terminal, viaSpace, viaCjk };
}

/**
 * Aho–Corasick: breadth-first failure links, compiled into a full transition table whose states
 * with output are numbered last (one comparison per character tells a hit). A node's number is
 * given when it is reached, as its output is then known (its own, and its failure node's, which is
 * shallower and so reached before it); its row is its failure node's row with its own edges set.
 */
function compileTrie(
  trie: Trie,
  width: number,
): { delta: Uint16Array | Uint32Array; out: number[][]; firstLoud: number } {
  const { count, spaceEdge, firstEdge, nextEdge, edgeClass, edgeChild, terminal, viaSpace, viaCjk } = trie;
  const delta = count < 65536 ? new Uint16Array(count * width) : new Uint32Array(count * width);
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
  for (let e = firstEdge[0] as number; e >= 0; e = nextEdge[e] as number) {
    reach(edgeChild[e] as number, 0);
    delta[edgeClass[e] as number] = id[edgeChild[e] as number] as number;
  }
  for (let head = 0; head < tail; head++) {
    const node = order[head] as number;
    const row = (id[node] as number) * width;
    const failRow = (failOf[node] as number) * width;
    delta.copyWithin(row, failRow, failRow + width);
    delta[row + OTHER] = 0;
    for (let e = firstEdge[node] as number; e >= 0; e = nextEdge[e] as number) {
      const k = edgeClass[e] as number;
      reach(edgeChild[e] as number, delta[failRow + k] as number);
      delta[row + k] = id[edgeChild[e] as number] as number;
    }
  }
  for (let node = 0; node < count; node++) {
    const n = id[node] as number;
    if (viaSpace[node]) delta[n * width + SPACE] = n;
    // After a CJK character whose keywords do not go on with a space, whitespace is skipped
    // (`只允 许`, a console's wrap). The space could only have continued a shorter keyword
    // through a failure link, which the lossy buckets make mostly a false lead.
    else if (viaCjk[node] && !spaceEdge[node]) delta[n * width + SPACE] = n;
  }
  return { delta, out, firstLoud: loud };
}
