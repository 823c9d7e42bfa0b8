import type { CompiledAutomaton } from './compile.js';
import { stateAt } from './cut-state.js';

/**
 * Runs a compiled automaton over a text. One automaton step waits on the previous one (the next
 * state is read from a table at an address the last state gives), so a long text is cut into four
 * streams (six for the WebAssembly loop over bytes) stepped side by side: the processor overlaps
 * their table reads. Each stream starts in the state one pass over the whole text is in at its
 * start, so the streams report exactly what one pass reports, in the same order.
 * The loops read their tables and their rows' shift from locals: V8 keeps them in registers.
 */

/** The most streams a loop steps side by side (the byte automaton's WebAssembly loop: run-wasm.ts). */
const STREAMS = 6;
/**
 * Shorter texts are read as one stream. Cutting costs three steps over the longest keyword's
 * characters; one stream reads a character about four times as slowly as four side by side, so a
 * few thousand characters pay for it (a stream step's new text, read after what it shares with the
 * step before: carry-over.ts).
 */
const SPLIT_FROM = 1 << 13;
/**
 * Stream starts: `first` (0, or where a text's unread part begins: on a 4-byte boundary for bytes,
 * which are read a word at a time), then `count - 1` cuts spaced evenly (by a multiple of 4 for
 * bytes), and the state each stream starts in (`startStates`). `units` is the text, or null when
 * `bytes` holds it. Without `split`, one stream from `first`. Even spacing lets the WebAssembly
 * loop find every stream from the first and the spacing (two registers, not one per stream).
 *
 * The automaton's state at a cut is the longest end of the text before it that begins some keyword,
 * so it depends on the last `longest` characters alone, not counting separators (a run of them is
 * one space to the automaton, and a line break inside a CJK text none): stepped from the root over
 * those, the automaton is in that state at the cut. Cuts used to follow a character no keyword
 * holds, where the automaton is at its root; but the keywords hold nearly every character a log
 * has, and one keyword with a `}` in it (round 71) took the last such character of a generated
 * log: all of it was then read as one stream, four times slower.
 */
export function cutPoints(
  a: CompiledAutomaton,
  length: number,
  bytes: Uint8Array,
  units: string | null,
  first = 0,
  split = true,
  count = 4,
): number[] {
  const starts = [first];
  startStates.fill(0);
  // A first stream past the text's start (what came before was read already) starts in its state too.
  if (first > 0) startStates[0] = stateAt(a, bytes, units, first, 0);
  if (!split || length - first < SPLIT_FROM) return starts;
  const span = Math.floor((length - first) / count);
  const spacing = units === null ? span & ~3 : span;
  for (let s = 1; s < count; s++) {
    const at = first + s * spacing;
    // Counted back as far as it takes, to the text's start at most: a cut inside a run of separators
    // longer than a stream (30 K spaces between `ab` and `cd`) is in the state the run's first
    // separator led to, which a count stopped at the stream before (as it was) read as the root.
    startStates[s] = stateAt(a, bytes, units, at, 0);
    starts.push(at);
  }
  return starts;
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

/** The array with room for `more` numbers past `length` (its first `length` kept). */
export function room(data: Int32Array, length: number, more: number): Int32Array {
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

/** Where each stream ends, and how far all go together; the streams' pairs emptied. */
export function streams(starts: number[], length: number) {
  const ends = [...starts.slice(1), length];
  for (const pairs of found) pairs.length = 0;
  const together = starts.length > 1 ? Math.min(...ends.map((end, k) => end - (starts[k] as number))) : 0;
  return { ends, together };
}

/** The streams' states where the side-by-side loop left them. */
export const states = new Int32Array(STREAMS);
