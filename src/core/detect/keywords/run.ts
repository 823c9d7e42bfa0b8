import type { CompiledAutomaton } from './compile.js';

/**
 * Runs a compiled automaton over a text. One automaton step waits on the previous one (the next
 * state is read from a table at an address the last state gives), so a long text is cut into four
 * streams stepped side by side: the processor overlaps their table reads. Each cut is made right
 * after a character no keyword contains, where the automaton is at its root whatever came before,
 * so the streams report exactly what one pass over the whole text reports, in the same order.
 * The loops read their tables from locals and shift by a constant: V8 keeps them in registers.
 */

const STREAMS = 4;
/** Shorter texts are read as one stream. */
const SPLIT_FROM = 1 << 15;
/** How far past an even split a cut may move to find a character no keyword contains. */
const CUT_SEARCH = 1 << 16;

/** Stream starts: 0, then up to three cuts. `units` is the text, or null when `bytes` holds it. */
function cutPoints(a: CompiledAutomaton, length: number, bytes: Uint8Array, units: string | null): number[] {
  const starts = [0];
  if (length < SPLIT_FROM) return starts;
  const { columnOf, resets } = a;
  for (let s = 1; s < STREAMS; s++) {
    const from = Math.max(Math.floor((length * s) / STREAMS), (starts[starts.length - 1] as number) + 1);
    const limit = Math.min(length, from + CUT_SEARCH);
    // Byte streams start on 4-byte boundaries (they are read a word at a time).
    for (let i = units === null ? (from + 3) & ~3 : from; i < limit; i += units === null ? 4 : 1) {
      const code = units === null ? (bytes[i - 1] as number) : units.charCodeAt(i - 1);
      if (resets[columnOf ? (columnOf[code] as number) : code] === 1) {
        starts.push(i);
        break;
      }
    }
  }
  return starts;
}

/**
 * Pairs of numbers in a typed array that grows and is reused from scan to scan: a log's tens of
 * thousands of candidates then cost no garbage to collect.
 */
export interface Pairs {
  data: Int32Array;
  length: number;
}

export function createPairs(): Pairs {
  return { data: new Int32Array(1024), length: 0 };
}

/** The array with room for `more` numbers past `length`. */
function room(data: Int32Array, length: number, more: number): Int32Array {
  if (length + more <= data.length) return data;
  const bigger = new Int32Array(Math.max(2 * data.length, length + more));
  bigger.set(data.subarray(0, length));
  return bigger;
}

/** Per-stream (state, end) pairs, reused. */
const found: Pairs[] = Array.from({ length: STREAMS }, createPairs);

/** Turns (state, end) pairs into (keyword, end) pairs, stream by stream (so in text order). */
function expand(out: CompiledAutomaton['out'], streamCount: number, hits: Pairs): void {
  for (let s = 0; s < streamCount; s++) {
    const { data, length } = found[s] as Pairs;
    for (let i = 0; i < length; i += 2) {
      const end = data[i + 1] as number;
      for (const k of out[data[i] as number] as readonly number[]) {
        hits.data = room(hits.data, hits.length, 2);
        hits.data[hits.length++] = k;
        hits.data[hits.length++] = end;
      }
    }
  }
}

/** Adds a pair to stream `s`'s list (rarely: only where a keyword may end). */
function add(s: number, state: number, end: number): void {
  const pairs = found[s] as Pairs;
  pairs.data = room(pairs.data, pairs.length, 2);
  pairs.data[pairs.length++] = state;
  pairs.data[pairs.length++] = end;
}

/** Where each stream ends, and how far all four go together; the streams' pairs emptied. */
function streams(starts: number[], length: number) {
  const ends = [...starts.slice(1), length];
  for (const pairs of found) pairs.length = 0;
  const together =
    starts.length === STREAMS ? Math.min(...ends.map((end, k) => end - (starts[k] as number))) : 0;
  return { ends, together };
}

/** Little-endian: the first byte of a 32-bit word is its low byte (x86, ARM). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Runs a byte automaton (`columnOf` null) over `bytes[0, length)`, ASCII text, one byte a
 * character. The four streams start on 4-byte boundaries and are read a 32-bit word at a time.
 */
export function runBytes(a: CompiledAutomaton, bytes: Uint8Array, length: number, hits: Pairs): void {
  const { delta, firstLoud: loud } = a;
  const starts = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0 ? cutPoints(a, length, bytes, null) : [0];
  const { ends, together } = streams(starts, length);
  const n = together >> 2;
  const states = [0, 0, 0, 0];
  if (n > 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    const [p0, p1, p2, p3] = starts as [number, number, number, number];
    const [w0, w1, w2, w3] = [p0 >> 2, p1 >> 2, p2 >> 2, p3 >> 2];
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
      if (s0 >= loud) add(0, s0, p0 + 4 * j + 1);
      if (s1 >= loud) add(1, s1, p1 + 4 * j + 1);
      if (s2 >= loud) add(2, s2, p2 + 4 * j + 1);
      if (s3 >= loud) add(3, s3, p3 + 4 * j + 1);
      s0 = delta[(s0 << 7) | ((c0 >>> 8) & 127)] as number;
      s1 = delta[(s1 << 7) | ((c1 >>> 8) & 127)] as number;
      s2 = delta[(s2 << 7) | ((c2 >>> 8) & 127)] as number;
      s3 = delta[(s3 << 7) | ((c3 >>> 8) & 127)] as number;
      if (s0 >= loud) add(0, s0, p0 + 4 * j + 2);
      if (s1 >= loud) add(1, s1, p1 + 4 * j + 2);
      if (s2 >= loud) add(2, s2, p2 + 4 * j + 2);
      if (s3 >= loud) add(3, s3, p3 + 4 * j + 2);
      s0 = delta[(s0 << 7) | ((c0 >>> 16) & 127)] as number;
      s1 = delta[(s1 << 7) | ((c1 >>> 16) & 127)] as number;
      s2 = delta[(s2 << 7) | ((c2 >>> 16) & 127)] as number;
      s3 = delta[(s3 << 7) | ((c3 >>> 16) & 127)] as number;
      if (s0 >= loud) add(0, s0, p0 + 4 * j + 3);
      if (s1 >= loud) add(1, s1, p1 + 4 * j + 3);
      if (s2 >= loud) add(2, s2, p2 + 4 * j + 3);
      if (s3 >= loud) add(3, s3, p3 + 4 * j + 3);
      s0 = delta[(s0 << 7) | (c0 >>> 24)] as number;
      s1 = delta[(s1 << 7) | (c1 >>> 24)] as number;
      s2 = delta[(s2 << 7) | (c2 >>> 24)] as number;
      s3 = delta[(s3 << 7) | (c3 >>> 24)] as number;
      if (s0 >= loud) add(0, s0, p0 + 4 * j + 4);
      if (s1 >= loud) add(1, s1, p1 + 4 * j + 4);
      if (s2 >= loud) add(2, s2, p2 + 4 * j + 4);
      if (s3 >= loud) add(3, s3, p3 + 4 * j + 4);
    }
    states.splice(0, STREAMS, s0, s1, s2, s3);
  }
  for (let k = 0; k < starts.length; k++) {
    let s = states[k] as number;
    for (let i = (starts[k] as number) + 4 * n, end = ends[k] as number; i < end; i++) {
      s = delta[(s << 7) | (bytes[i] as number)] as number;
      if (s >= loud) add(k, s, i + 1);
    }
  }
  expand(a.out, starts.length, hits);
}

/** Runs an automaton over the UTF-16 code units of `text` (ASCII only for a byte automaton). */
export function runUnits(a: CompiledAutomaton, text: string, hits: Pairs): void {
  const { delta, firstLoud: loud } = a;
  const col = a.columnOf ?? IDENTITY;
  const length = text.length;
  const starts = cutPoints(a, length, NO_BYTES, text);
  const { ends, together: n } = streams(starts, length);
  const states = [0, 0, 0, 0];
  if (n > 0) {
    const [p0, p1, p2, p3] = starts as [number, number, number, number];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < n; j++) {
      s0 = delta[(s0 << 7) | (col[text.charCodeAt(p0 + j)] as number)] as number;
      s1 = delta[(s1 << 7) | (col[text.charCodeAt(p1 + j)] as number)] as number;
      s2 = delta[(s2 << 7) | (col[text.charCodeAt(p2 + j)] as number)] as number;
      s3 = delta[(s3 << 7) | (col[text.charCodeAt(p3 + j)] as number)] as number;
      if (s0 >= loud) add(0, s0, p0 + j + 1);
      if (s1 >= loud) add(1, s1, p1 + j + 1);
      if (s2 >= loud) add(2, s2, p2 + j + 1);
      if (s3 >= loud) add(3, s3, p3 + j + 1);
    }
    states.splice(0, STREAMS, s0, s1, s2, s3);
  }
  for (let k = 0; k < starts.length; k++) {
    let s = states[k] as number;
    for (let i = (starts[k] as number) + n, end = ends[k] as number; i < end; i++) {
      s = delta[(s << 7) | (col[text.charCodeAt(i)] as number)] as number;
      if (s >= loud) add(k, s, i + 1);
    }
  }
  expand(a.out, starts.length, hits);
}

const NO_BYTES = new Uint8Array(0);
/** The columns of ASCII codes for a byte automaton: the codes themselves. */
const IDENTITY = Uint8Array.from({ length: 128 }, (_, c) => c);
