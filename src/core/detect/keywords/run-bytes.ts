import type { CompiledAutomaton } from './compile.js';
import { add, cutPoints, expand, type Pairs, startStates, states, streams } from './streams.js';

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
const NO_TEXT = new Uint8Array(0);
let text: Uint8Array = NO_TEXT;
let textLength = 0;

/** A loud state reached at `end` in stream `k`: kept unless it is quiet and its test fails. */
function hit(k: number, state: number, end: number): void {
  const g = quiet.gates[state];
  if (g === undefined || g === 0 || quiet.test(text, textLength, end, g)) add(k, state, end);
}

/**
 * Groups of four characters per stream (a word of bytes, or four code units: run-units.ts) read
 * between two looks at the loud states met (16 or 32 KB of text: still in cache).
 */
const BLOCK = 1 << 10;
/** Room for one block's loud states as (stream, state, end) triples: one for every byte of it. */
export const EVENT_SLOTS = 3 * 16 * BLOCK;
/**
 * The loud states one block met. The four-stream loop writes them here and calls nothing (a call
 * in it costs it registers).
 */
const events = new Int32Array(EVENT_SLOTS);

/**
 * Another four-stream loop (run-wasm.ts): `block` steps the streams starting at `p0`…`p3` over
 * words `[from, to)` of each from `states` (streams.ts), leaves their states there, and returns
 * how much of `events` it wrote, as `wordLoop` does.
 */
export interface BlockLoop {
  events: Int32Array;
  block(p0: number, p1: number, p2: number, p3: number, from: number, to: number): number;
}

/** Writes a triple at `b` of `events`; returns where the next one goes. Small enough to inline. */
function put(b: number, k: number, state: number, end: number): number {
  events[b] = k;
  events[b + 1] = state;
  events[b + 2] = end;
  return b + 3;
}

/** Hands on the block's loud states, in the order each stream met them. */
function flush(met: Int32Array, count: number): void {
  for (let i = 0; i < count; i += 3) hit(met[i] as number, met[i + 1] as number, met[i + 2] as number);
}

/** Little-endian: the first byte of a 32-bit word is its low byte (x86, ARM). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Runs a byte automaton (its `columnOf` has a column for each byte) over `bytes[first, length)`,
 * ASCII text, one byte a character: the pairs of keywords that end past `first`, as a run over the
 * whole text has them. The four streams start on 4-byte boundaries and are read a 32-bit word at a time,
 * by `wordLoop` or by `loop` (whose memory `bytes` is then in).
 */
export function runBytes(
  a: CompiledAutomaton,
  bytes: Uint8Array,
  length: number,
  hits: Pairs,
  quietStates: QuietStates = NO_QUIET,
  loop: BlockLoop | null = null,
  first = 0,
): void {
  quiet = quietStates;
  text = bytes;
  textLength = length;
  // Words are read where the bytes are 4-byte aligned in a little-endian host; else one byte stream.
  const aligned = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0 && first % 4 === 0;
  const starts = cutPoints(a, length, bytes, null, first, aligned);
  const { ends, together } = streams(starts, length);
  const n = together >> 2;
  states.set(startStates);
  if (n > 0) readBlocks(loop ?? wordLoopOver(a, bytes), starts, n);
  for (let k = 0; k < starts.length; k++)
    byteTail(a, bytes, k, (starts[k] as number) + 4 * n, ends[k] as number);
  expand(a.out, starts.length, hits);
  quiet = NO_QUIET;
  text = NO_TEXT;
}

/**
 * Steps the four streams at `starts` over `groups` groups of four characters each, a block at a
 * time, handing on each block's loud states (a quiet one only where its test passes, during
 * `runBytes`). For bytes and for code units (run-units.ts) alike.
 */
export function readBlocks(loop: BlockLoop, starts: readonly number[], groups: number): void {
  const [p0, p1, p2, p3] = starts as [number, number, number, number];
  for (let from = 0; from < groups; from += BLOCK)
    flush(loop.events, loop.block(p0, p1, p2, p3, from, Math.min(groups, from + BLOCK)));
}

/** The JavaScript four-stream loop over `bytes`, as a block loop like the WebAssembly one. */
function wordLoopOver(a: CompiledAutomaton, bytes: Uint8Array): BlockLoop {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  const { delta, shift, columnOf, firstLoud } = a;
  return {
    events,
    block: (p0, p1, p2, p3, from, to) =>
      wordLoop(delta as Uint16Array, shift, columnOf, firstLoud, words, p0, p1, p2, p3, from, to),
  };
}

/** One stream's rest, a byte at a time, from the state the four-stream loop left it in. */
function byteTail(a: CompiledAutomaton, bytes: Uint8Array, k: number, from: number, to: number): void {
  const { delta, shift, columnOf, firstLoud } = a;
  let s = states[k] as number;
  for (let i = from; i < to; i++) {
    s = delta[(s << shift) | (columnOf[bytes[i] as number] as number)] as number;
    if (s >= firstLoud) hit(k, s, i + 1);
  }
}

/**
 * The four streams (starting at `p0`…`p3`), words `[from, to)` of each, from the states the last
 * block left; returns how much of `events` it wrote. Its own function, taking only numbers and
 * typed arrays, so V8 optimizes it once and keeps it optimized.
 */
function wordLoop(
  delta: Uint16Array,
  shift: number,
  col: Uint8Array,
  loud: number,
  words: Uint32Array,
  p0: number,
  p1: number,
  p2: number,
  p3: number,
  from: number,
  to: number,
): number {
  const w0 = p0 >> 2;
  const w1 = p1 >> 2;
  const w2 = p2 >> 2;
  const w3 = p3 >> 2;
  let s0 = states[0] as number;
  let s1 = states[1] as number;
  let s2 = states[2] as number;
  let s3 = states[3] as number;
  let b = 0;
  for (let j = from; j < to; j++) {
    const c0 = words[w0 + j] as number;
    const c1 = words[w1 + j] as number;
    const c2 = words[w2 + j] as number;
    const c3 = words[w3 + j] as number;
    s0 = delta[(s0 << shift) | (col[c0 & 255] as number)] as number;
    s1 = delta[(s1 << shift) | (col[c1 & 255] as number)] as number;
    s2 = delta[(s2 << shift) | (col[c2 & 255] as number)] as number;
    s3 = delta[(s3 << shift) | (col[c3 & 255] as number)] as number;
    if (s0 >= loud) b = put(b, 0, s0, p0 + 4 * j + 1);
    if (s1 >= loud) b = put(b, 1, s1, p1 + 4 * j + 1);
    if (s2 >= loud) b = put(b, 2, s2, p2 + 4 * j + 1);
    if (s3 >= loud) b = put(b, 3, s3, p3 + 4 * j + 1);
    s0 = delta[(s0 << shift) | (col[(c0 >>> 8) & 255] as number)] as number;
    s1 = delta[(s1 << shift) | (col[(c1 >>> 8) & 255] as number)] as number;
    s2 = delta[(s2 << shift) | (col[(c2 >>> 8) & 255] as number)] as number;
    s3 = delta[(s3 << shift) | (col[(c3 >>> 8) & 255] as number)] as number;
    if (s0 >= loud) b = put(b, 0, s0, p0 + 4 * j + 2);
    if (s1 >= loud) b = put(b, 1, s1, p1 + 4 * j + 2);
    if (s2 >= loud) b = put(b, 2, s2, p2 + 4 * j + 2);
    if (s3 >= loud) b = put(b, 3, s3, p3 + 4 * j + 2);
    s0 = delta[(s0 << shift) | (col[(c0 >>> 16) & 255] as number)] as number;
    s1 = delta[(s1 << shift) | (col[(c1 >>> 16) & 255] as number)] as number;
    s2 = delta[(s2 << shift) | (col[(c2 >>> 16) & 255] as number)] as number;
    s3 = delta[(s3 << shift) | (col[(c3 >>> 16) & 255] as number)] as number;
    if (s0 >= loud) b = put(b, 0, s0, p0 + 4 * j + 3);
    if (s1 >= loud) b = put(b, 1, s1, p1 + 4 * j + 3);
    if (s2 >= loud) b = put(b, 2, s2, p2 + 4 * j + 3);
    if (s3 >= loud) b = put(b, 3, s3, p3 + 4 * j + 3);
    s0 = delta[(s0 << shift) | (col[c0 >>> 24] as number)] as number;
    s1 = delta[(s1 << shift) | (col[c1 >>> 24] as number)] as number;
    s2 = delta[(s2 << shift) | (col[c2 >>> 24] as number)] as number;
    s3 = delta[(s3 << shift) | (col[c3 >>> 24] as number)] as number;
    if (s0 >= loud) b = put(b, 0, s0, p0 + 4 * j + 4);
    if (s1 >= loud) b = put(b, 1, s1, p1 + 4 * j + 4);
    if (s2 >= loud) b = put(b, 2, s2, p2 + 4 * j + 4);
    if (s3 >= loud) b = put(b, 3, s3, p3 + 4 * j + 4);
  }
  states[0] = s0;
  states[1] = s1;
  states[2] = s2;
  states[3] = s3;
  return b;
}
