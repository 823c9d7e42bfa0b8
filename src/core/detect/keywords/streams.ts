import { SHIFT } from './alphabet.js';
import type { CompiledAutomaton } from './compile.js';

/**
 * Runs a compiled automaton over a text. One automaton step waits on the previous one (the next
 * state is read from a table at an address the last state gives), so a long text is cut into four
 * streams stepped side by side: the processor overlaps their table reads. Each cut follows a
 * character no keyword contains, where the automaton is at its root whatever came before, so the
 * streams report exactly what one pass over the whole text reports, in the same order.
 * The loops read their tables from locals and shift by a constant: V8 keeps them in registers.
 */

const STREAMS = 4;
/** Shorter texts are read as one stream. */
const SPLIT_FROM = 1 << 15;
/** How far past an even split a cut may move to find a character no keyword contains. */
const CUT_SEARCH = 1 << 16;

/**
 * Stream starts: 0, then up to three cuts, and the state each stream starts in (`startStates`).
 * `units` is the text, or null when `bytes` holds it.
 *
 * A byte stream starts on a 4-byte boundary (it is read a word at a time), but the characters no
 * keyword contains are few in a log (every digit is in some keyword, punctuation mostly folds to a
 * space), so a cut is not looked for on boundaries alone: from such a character (the one nearest
 * the even split), the bytes up to the next boundary (at most three) are stepped from the root here,
 * and the stream starts there in the state they lead to. The stream before it steps them too, in the same state, so it
 * reports what ends among them. Looking on boundaries alone, one keyword more with a `6` in it
 * (the last digit no keyword had) left a third of a generated log to the one-byte-at-a-time tail.
 */
export function cutPoints(
  a: CompiledAutomaton,
  length: number,
  bytes: Uint8Array,
  units: string | null,
): number[] {
  const starts = [0];
  startStates.fill(0);
  if (length < SPLIT_FROM) return starts;
  const { columnOf, resets } = a;
  const isReset = (i: number) => {
    const code = units === null ? (bytes[i - 1] as number) : units.charCodeAt(i - 1);
    return resets[columnOf ? (columnOf[code] as number) : code] === 1;
  };
  // The cut nearest the even split, on either side: the streams' lengths then differ least, and
  // what one has beyond the shortest is read a byte at a time.
  const nearest = (even: number, after: number) => {
    for (let d = 0; d < CUT_SEARCH; d++) {
      if (even + d < length && isReset(even + d)) return even + d;
      if (even - d > after && isReset(even - d)) return even - d;
    }
    return -1;
  };
  for (let s = 1; s < STREAMS; s++) {
    const i = nearest(Math.floor((length * s) / STREAMS), (starts[starts.length - 1] as number) + 1);
    const at = units === null ? (i + 3) & ~3 : i;
    if (i < 0 || at >= length) break;
    startStates[s] = units === null ? stepFromRoot(a.delta, bytes, i, at) : 0;
    starts.push(at);
  }
  return starts;
}

/** The state a byte automaton reaches over `bytes[from, to)` from its root. */
function stepFromRoot(delta: Uint16Array | Uint32Array, bytes: Uint8Array, from: number, to: number): number {
  let state = 0;
  for (let i = from; i < to; i++) state = delta[(state << SHIFT) | (bytes[i] as number)] as number;
  return state;
}

/** The state each stream of the last `cutPoints` starts in (0, the root, for the first). */
export const startStates = new Int32Array(STREAMS);

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

const NONE: readonly number[] = [];

/** Per-stream (state, end) pairs, reused. */
const found: Pairs[] = Array.from({ length: STREAMS }, createPairs);

/** Turns (state, end) pairs into (keyword, end) pairs, stream by stream (so in text order). */
export function expand(out: CompiledAutomaton['out'], streamCount: number, hits: Pairs): void {
  for (let s = 0; s < streamCount; s++) {
    const { data, length } = found[s] as Pairs;
    for (let i = 0; i < length; i += 2) {
      const end = data[i + 1] as number;
      // `?? NONE`: a state without outputs, as only a damaged saved table (saved-tables.ts) has.
      for (const k of out[data[i] as number] ?? NONE) {
        hits.data = room(hits.data, hits.length, 2);
        hits.data[hits.length++] = k;
        hits.data[hits.length++] = end;
      }
    }
  }
}

/** Adds a pair to stream `s`'s list (rarely: only where a keyword may end). */
export function add(s: number, state: number, end: number): void {
  const pairs = found[s] as Pairs;
  pairs.data = room(pairs.data, pairs.length, 2);
  pairs.data[pairs.length++] = state;
  pairs.data[pairs.length++] = end;
}

/** Where each stream ends, and how far all four go together; the streams' pairs emptied. */
export function streams(starts: number[], length: number) {
  const ends = [...starts.slice(1), length];
  for (const pairs of found) pairs.length = 0;
  const together =
    starts.length === STREAMS ? Math.min(...ends.map((end, k) => end - (starts[k] as number))) : 0;
  return { ends, together };
}

/** The streams' states where the four-stream loop left them. */
export const states = new Int32Array(STREAMS);
