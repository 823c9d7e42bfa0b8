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
  // Trie over classes; `viaSpace` marks nodes entered by a space (a run of spaces stays there).
  const children: Map<number, number>[] = [new Map()];
  const terminal: number[][] = [[]];
  const viaSpace: boolean[] = [true];
  // Nodes entered by a CJK character: a space or line break after one may be a console's wrap.
  const viaCjk: boolean[] = [false];
  normalized.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const k = classFor(word.charCodeAt(i));
      const node = children[state] as Map<number, number>;
      let next = node.get(k);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminal.push([]);
        viaSpace.push(k === SPACE);
        viaCjk.push(false);
        node.set(k, next);
      }
      viaCjk[next] ||= isCjkCode(word.charCodeAt(i));
      state = next;
    }
    if (word !== '') (terminal[state] as number[]).push(index);
  });
  const width = classCount <= 128 ? 128 : 256;
  const shift = width === 128 ? 7 : 8;
  // Each character's class is the class of its fold; ASCII characters no keyword has are OTHER.
  const classOf = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = foldCode(c);
    classOf[c] = f === 32 ? SPACE : f >= 128 ? 2 + (f % NON_ASCII_BUCKETS) : (asciiClass.get(f) ?? OTHER);
  }

  // Aho–Corasick: breadth-first failure links, compiled into a full transition table.
  const count = children.length;
  const table = new Int32Array(count * width);
  const fail = new Int32Array(count);
  const outputs: number[][] = terminal.map((t) => [...t]);
  const order: number[] = [0];
  for (const [k, next] of children[0] as Map<number, number>) {
    table[k] = next;
    order.push(next);
  }
  for (let head = 1; head < order.length; head++) {
    const state = order[head] as number;
    const f = fail[state] as number;
    for (const o of outputs[f] as number[]) (outputs[state] as number[]).push(o);
    const row = state * width;
    table.copyWithin(row, f * width, f * width + width);
    table[row + OTHER] = 0;
    for (const [k, next] of children[state] as Map<number, number>) {
      fail[next] = table[f * width + k] as number;
      table[row + k] = next;
      order.push(next);
    }
  }
  for (let state = 0; state < count; state++) if (viaSpace[state]) table[state * width + SPACE] = state;
  // After a CJK character whose keywords do not go on with a space, whitespace is skipped
  // (`只允 许`, a console's wrap). The space could only have continued a shorter keyword through a
  // failure link, which the lossy buckets make mostly a false lead.
  for (let state = 0; state < count; state++)
    if (viaCjk[state] && !(children[state] as Map<number, number>).has(SPACE))
      table[state * width + SPACE] = state;

  // Renumber so that every state with output comes last: one comparison per character.
  const silent = order.filter((s) => (outputs[s] as number[]).length === 0);
  const loud = order.filter((s) => (outputs[s] as number[]).length > 0);
  const renumber = new Int32Array(count);
  [...silent, ...loud].forEach((s, i) => {
    renumber[s] = i;
  });
  const delta = count < 65536 ? new Uint16Array(count * width) : new Uint32Array(count * width);
  const out: number[][] = new Array(count);
  for (let s = 0; s < count; s++) {
    const to = (renumber[s] as number) * width;
    for (let k = 0; k < width; k++) delta[to + k] = renumber[table[s * width + k] as number] as number;
    out[renumber[s] as number] = outputs[s] as number[];
  }
  const firstLoud = silent.length;

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
