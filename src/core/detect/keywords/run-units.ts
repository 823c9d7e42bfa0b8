import type { CompiledAutomaton } from './compile.js';
import { add, cutPoints, expand, type Pairs, startStates, states, streams } from './streams.js';

/**
 * Runs an automaton over the UTF-16 code units of `text` (ASCII only for a byte automaton), from
 * `first` on: the pairs of keywords that end past it, as a run over the whole text has them.
 */
export function runUnits(a: CompiledAutomaton, text: string, hits: Pairs, first = 0): void {
  const { columnOf: col, shift } = a;
  const length = text.length;
  const starts = cutPoints(a, length, NO_BYTES, text, first);
  const { ends, together: n } = streams(starts, length);
  states.set(startStates);
  if (n > 0) {
    const [p0, p1, p2, p3] = starts as [number, number, number, number];
    unitLoop(a.delta as Uint16Array, shift, a.firstLoud, col, text, p0, p1, p2, p3, n);
  }
  for (let k = 0; k < starts.length; k++) unitTail(a, text, k, (starts[k] as number) + n, ends[k] as number);
  expand(a.out, starts.length, hits);
}

/** One stream's rest, from the state the four-stream loop left it in. */
function unitTail(a: CompiledAutomaton, text: string, k: number, from: number, to: number): void {
  const { delta, shift, columnOf, firstLoud } = a;
  let s = states[k] as number;
  for (let i = from; i < to; i++) {
    s = delta[(s << shift) | (columnOf[text.charCodeAt(i)] as number)] as number;
    if (s >= firstLoud) add(k, s, i + 1);
  }
}

/** The four streams (starting at `p0`…`p3`), `n` code units each; its own function (see `wordLoop`). */
function unitLoop(
  delta: Uint16Array,
  shift: number,
  loud: number,
  col: Uint8Array,
  text: string,
  p0: number,
  p1: number,
  p2: number,
  p3: number,
  n: number,
): void {
  let s0 = states[0] as number;
  let s1 = states[1] as number;
  let s2 = states[2] as number;
  let s3 = states[3] as number;
  for (let j = 0; j < n; j++) {
    s0 = delta[(s0 << shift) | (col[text.charCodeAt(p0 + j)] as number)] as number;
    s1 = delta[(s1 << shift) | (col[text.charCodeAt(p1 + j)] as number)] as number;
    s2 = delta[(s2 << shift) | (col[text.charCodeAt(p2 + j)] as number)] as number;
    s3 = delta[(s3 << shift) | (col[text.charCodeAt(p3 + j)] as number)] as number;
    if (s0 >= loud) add(0, s0, p0 + j + 1);
    if (s1 >= loud) add(1, s1, p1 + j + 1);
    if (s2 >= loud) add(2, s2, p2 + j + 1);
    if (s3 >= loud) add(3, s3, p3 + j + 1);
  }
  states[0] = s0;
  states[1] = s1;
  states[2] = s2;
  states[3] = s3;
}

const NO_BYTES = new Uint8Array(0);
