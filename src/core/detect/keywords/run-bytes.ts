import type { CompiledAutomaton } from './compile.js';
import { add, cutPoints, expand, type Pairs, states, streams } from './streams.js';

/**
 * Candidates a caller turns away unless the bytes after them pass a cheap test (`error` with no
 * number after it): `gates[state]` is non-zero where every keyword a state reports is such, and is
 * handed to `test`, which the run calls while the bytes it reads are still in cache.
 */
export interface QuietStates {
  gates: Uint8Array;
  test(bytes: Uint8Array, length: number, end: number, gates: number): boolean;
}

const NO_QUIET: QuietStates = { gates: new Uint8Array(0), test: () => true };
/** The run's text and quiet states, for `hit` (module state, like the streams' pairs). */
let quiet = NO_QUIET;
let text: Uint8Array = new Uint8Array(0);
let textLength = 0;

/** A loud state reached at `end` in stream `k`: kept unless it is quiet and its test fails. */
function hit(k: number, state: number, end: number): void {
  const g = quiet.gates[state];
  if (g === undefined || g === 0 || quiet.test(text, textLength, end, g)) add(k, state, end);
}

/** Little-endian: the first byte of a 32-bit word is its low byte (x86, ARM). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Runs a byte automaton (`columnOf` null) over `bytes[0, length)`, ASCII text, one byte a
 * character. The four streams start on 4-byte boundaries and are read a 32-bit word at a time.
 */
export function runBytes(
  a: CompiledAutomaton,
  bytes: Uint8Array,
  length: number,
  hits: Pairs,
  quietStates: QuietStates = NO_QUIET,
): void {
  quiet = quietStates;
  text = bytes;
  textLength = length;
  const starts = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0 ? cutPoints(a, length, bytes, null) : [0];
  const { ends, together } = streams(starts, length);
  const n = together >> 2;
  states.fill(0);
  if (n > 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    const [p0, p1, p2, p3] = starts as [number, number, number, number];
    wordLoop(a.delta as Uint16Array, a.firstLoud, words, p0, p1, p2, p3, n);
  }
  for (let k = 0; k < starts.length; k++)
    byteTail(a.delta as Uint16Array, a.firstLoud, bytes, k, (starts[k] as number) + 4 * n, ends[k] as number);
  expand(a.out, starts.length, hits);
  quiet = NO_QUIET;
  text = NO_QUIET.gates;
}

/** One stream's rest, a byte at a time, from the state the four-stream loop left it in. */
function byteTail(
  delta: Uint16Array,
  loud: number,
  bytes: Uint8Array,
  k: number,
  from: number,
  to: number,
): void {
  let s = states[k] as number;
  for (let i = from; i < to; i++) {
    s = delta[(s << 7) | (bytes[i] as number)] as number;
    if (s >= loud) hit(k, s, i + 1);
  }
}

/**
 * The four streams (starting at `p0`…`p3`), `n` words each. Its own function, taking only numbers
 * and typed arrays, so V8 optimizes it once and keeps it optimized.
 */
function wordLoop(
  delta: Uint16Array,
  loud: number,
  words: Uint32Array,
  p0: number,
  p1: number,
  p2: number,
  p3: number,
  n: number,
): void {
  const w0 = p0 >> 2;
  const w1 = p1 >> 2;
  const w2 = p2 >> 2;
  const w3 = p3 >> 2;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let j = 0; j < n; j++) {
    const c0 = words[w0 + j] as number;
    const c1 = words[w1 + j] as number;
    const c2 = words[w2 + j] as number;
    const c3 = words[w3 + j] as number;
    s0 = delta[(s0 << 7) | (c0 & 127)] as number;
    s1 = delta[(s1 << 7) | (c1 & 127)] as number;
    s2 = delta[(s2 << 7) | (c2 & 127)] as number;
    s3 = delta[(s3 << 7) | (c3 & 127)] as number;
    if (s0 >= loud) hit(0, s0, p0 + 4 * j + 1);
    if (s1 >= loud) hit(1, s1, p1 + 4 * j + 1);
    if (s2 >= loud) hit(2, s2, p2 + 4 * j + 1);
    if (s3 >= loud) hit(3, s3, p3 + 4 * j + 1);
    s0 = delta[(s0 << 7) | ((c0 >>> 8) & 127)] as number;
    s1 = delta[(s1 << 7) | ((c1 >>> 8) & 127)] as number;
    s2 = delta[(s2 << 7) | ((c2 >>> 8) & 127)] as number;
    s3 = delta[(s3 << 7) | ((c3 >>> 8) & 127)] as number;
    if (s0 >= loud) hit(0, s0, p0 + 4 * j + 2);
    if (s1 >= loud) hit(1, s1, p1 + 4 * j + 2);
    if (s2 >= loud) hit(2, s2, p2 + 4 * j + 2);
    if (s3 >= loud) hit(3, s3, p3 + 4 * j + 2);
    s0 = delta[(s0 << 7) | ((c0 >>> 16) & 127)] as number;
    s1 = delta[(s1 << 7) | ((c1 >>> 16) & 127)] as number;
    s2 = delta[(s2 << 7) | ((c2 >>> 16) & 127)] as number;
    s3 = delta[(s3 << 7) | ((c3 >>> 16) & 127)] as number;
    if (s0 >= loud) hit(0, s0, p0 + 4 * j + 3);
    if (s1 >= loud) hit(1, s1, p1 + 4 * j + 3);
    if (s2 >= loud) hit(2, s2, p2 + 4 * j + 3);
    if (s3 >= loud) hit(3, s3, p3 + 4 * j + 3);
    s0 = delta[(s0 << 7) | (c0 >>> 24)] as number;
    s1 = delta[(s1 << 7) | (c1 >>> 24)] as number;
    s2 = delta[(s2 << 7) | (c2 >>> 24)] as number;
    s3 = delta[(s3 << 7) | (c3 >>> 24)] as number;
    if (s0 >= loud) hit(0, s0, p0 + 4 * j + 4);
    if (s1 >= loud) hit(1, s1, p1 + 4 * j + 4);
    if (s2 >= loud) hit(2, s2, p2 + 4 * j + 4);
    if (s3 >= loud) hit(3, s3, p3 + 4 * j + 4);
  }
  states[0] = s0;
  states[1] = s1;
  states[2] = s2;
  states[3] = s3;
}
