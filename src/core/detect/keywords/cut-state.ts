import type { CompiledAutomaton } from './compile.js';

/**
 * The automaton's state at a cut, from the text before it alone (streams.ts): stepped from the root
 * over the last `longest` characters before the cut that are no separators, and the separators
 * between them.
 *
 * A run of separators is read as its first one: compile.ts leaves the automaton, after any
 * separator, in a state that the next separator keeps (a keyword's space stands for a whole run).
 * So the run is one step, however long, and it is passed over by looking only at whether each
 * character is a separator. A run of one character, or of a pair or a quad of them (a file of
 * blank lines, a log padded with spaces, `\r\n` repeated), is passed over many characters at a
 * time: counted back a character at a time, 50 MB of spaces cost a streamed scan more than a second.
 */

/** The fold of every separator (whitespace and soft punctuation). */
const SPACE = 32;
/** A run this long is tried for the quick way; shorter ones (a log's every space) never are. */
const LONG_RUN = 16;
/** Characters compared at once in a text's code units (one native comparison). */
const PROBE = 256;

/** The columns met going back, in reverse, a run as one space's column (reused). */
let met = new Int32Array(64);
/** Probes for runs of code units: the run's unit (or pair) repeated, by that unit (or pair). */
const probes = new Map<string, string>();

/**
 * The state at `at` of one pass from the text's start, where the pass reaches it from `floor` at
 * the root at the latest: `bytes` holds the text, or `units` is it.
 */
export function stateAt(
  a: CompiledAutomaton,
  bytes: Uint8Array,
  units: string | null,
  at: number,
  floor: number,
): number {
  const { columnOf, delta, shift, longest } = a;
  const space = columnOf[SPACE] as number;
  if (met.length < 2 * longest + 4) met = new Int32Array(2 * longest + 4);
  let n = 0;
  let counted = 0;
  let i = at;
  while (i > floor && counted <= longest) {
    const column = columnOf[units === null ? (bytes[i - 1] as number) : units.charCodeAt(i - 1)] as number;
    if (column === space) {
      i = runStart(a, bytes, units, i, floor);
      met[n++] = space;
    } else {
      i--;
      met[n++] = column;
      counted++;
    }
  }
  let state = 0;
  while (n > 0) state = delta[(state << shift) | (met[--n] as number)] as number;
  return state;
}

/** Where the run of separators that ends at `end` begins (`floor` at the earliest). */
export function runStart(
  a: CompiledAutomaton,
  bytes: Uint8Array,
  units: string | null,
  end: number,
  floor: number,
): number {
  const { columnOf } = a;
  const space = columnOf[SPACE] as number;
  let i = end;
  while (i > floor) {
    const code = units === null ? (bytes[i - 1] as number) : units.charCodeAt(i - 1);
    if (columnOf[code] !== space) return i;
    i--;
    if (end - i === LONG_RUN) i = units === null ? skipWords(bytes, i, floor) : skipUnits(units, i, floor);
  }
  return floor;
}

/**
 * Back from `i` over the 32-bit words equal to one inside the run (whose last `LONG_RUN` bytes end
 * past `i + 16`), or `i` where the run repeats no word.
 */
function skipWords(bytes: Uint8Array, i: number, floor: number): number {
  const words = wordsOf(bytes);
  // `[at, at + 4)` lies inside the run's last LONG_RUN bytes: all of it separators.
  let at = (i + 3) & ~3;
  const word = words?.[at >> 2];
  if (words === null || word === undefined) return i;
  while (at - 4 >= floor && words[(at >> 2) - 1] === word) at -= 4;
  return Math.min(at, i);
}

/**
 * The text's 32-bit words, a view of the same memory, made for each long run: kept from call to
 * call, it would keep a huge text's copy alive after the automaton let go of it.
 */
function wordsOf(bytes: Uint8Array): Uint32Array | null {
  return bytes.byteOffset % 4 === 0
    ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2)
    : null;
}

/** Back from `i` over copies of the code units at `[i, i + 2)`, `PROBE` units at a time. */
function skipUnits(units: string, i: number, floor: number): number {
  const pair = units.slice(i, i + 2);
  let probe = probes.get(pair);
  if (probe === undefined) {
    probe = pair.repeat(PROBE / 2);
    if (probes.size < 64) probes.set(pair, probe);
  }
  let at = i;
  while (at - PROBE >= floor && units.startsWith(probe, at - PROBE)) at -= PROBE;
  return at;
}
