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
/** The loud states one block met: the JavaScript loop writes them here, calling nothing (a call costs registers). */
const events = new Int32Array(EVENT_SLOTS);

/**
 * A side-by-side loop (also run-wasm.ts): `block` steps its `streams` streams at `starts` (evenly spaced)
 * over groups `[from, to)` from `states` (streams.ts), leaves them there, returns how much of `events` it wrote.
 */
export interface BlockLoop {
  events: Int32Array;
  streams: number;
  block(starts: readonly number[], from: number, to: number): number;
}

/** Writes a triple at `b` of `events`; returns where the next one goes (small enough to inline). */
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

/** Little-endian (x86, ARM): the first byte of a 32-bit word is its low byte. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Runs a byte automaton (its `columnOf` has a column for each byte) over `bytes[first, length)`,
 * ASCII text, one byte a character: the pairs of keywords that end past `first`, as a run over the
 * whole text has them. The streams start on 4-byte boundaries and are read by `wordLoop` (four, a
 * 32-bit word at a time) or by `loop` (whose memory `bytes` is then in).
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
  const starts = cutPoints(a, length, bytes, null, first, aligned, loop?.streams ?? 4);
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
 * Steps the streams at `starts` over `groups` groups of four characters each, a block (16 K
 * characters, whose loud states fit `events`) at a time, handing on each block's loud states (a quiet
 * one only where its test passes, during `runBytes`). For bytes and code units (run-units.ts) alike.
 */
export function readBlocks(loop: BlockLoop, starts: readonly number[], groups: number): void {
  const per = Math.floor((4 * BLOCK) / starts.length);
  for (let from = 0; from < groups; from += per)
    flush(loop.events, loop.block(starts, from, Math.min(groups, from + per)));
}

/** The JavaScript four-stream loop over `bytes`, as a block loop like the WebAssembly one. */
function wordLoopOver(a: CompiledAutomaton, bytes: Uint8Array): BlockLoop {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  const { delta, shift, columnOf, firstLoud } = a;
  return {
    events,
    streams: 4,
    block(starts, from, to) {
      const [p0, p1, p2, p3] = starts as [number, number, number, number];
      return wordLoop(delta as Uint16Array, shift, columnOf, firstLoud, words, p0, p1, p2, p3, from, to);
    },
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
