import type { CompiledAutomaton } from './compile.js';
import { type BlockLoop, readBlocks } from './run-bytes.js';
import type { WasmBytes } from './run-wasm.js';
import { add, cutPoints, expand, type Pairs, startStates, states, streams } from './streams.js';

/**
 * Node's `Buffer` where there is one, found as the WebAssembly API is (wasm-module.ts): it writes a
 * string's code units natively, ten times as fast as a loop of `charCodeAt` (0.18 against 1.9 ns a
 * code unit, for steps of a CJK log), which would cost what the WebAssembly loop saves. Core uses
 * no Node API it cannot do without: elsewhere, the loop.
 */
interface CodeUnitWriter {
  from(
    buffer: ArrayBufferLike,
    offset: number,
    length: number,
  ): { write(s: string, at: number, encoding: 'utf16le'): number };
}
const NODE_BUFFER = (globalThis as { Buffer?: CodeUnitWriter }).Buffer;

/** Writes `text`'s code units from `from` on into `room` (two bytes each, at their offsets). */
export function writeUnits(
  text: string,
  room: Uint8Array,
  from: number,
  writer: CodeUnitWriter | null = NODE_BUFFER ?? null,
): void {
  if (writer) {
    writer
      .from(room.buffer, room.byteOffset + 2 * from, room.byteLength - 2 * from)
      .write(text.slice(from), 0, 'utf16le');
    return;
  }
  const units = new Uint16Array(room.buffer, room.byteOffset, text.length);
  for (let i = from; i < units.length; i++) units[i] = text.charCodeAt(i);
}

/**
 * Runs an automaton over the UTF-16 code units of `text` (ASCII only for a byte automaton), from
 * `first` on: the pairs of keywords that end past it, as a run over the whole text has them. With
 * `wasm` (the automaton's WebAssembly loop), the four streams are read there, from the text's code
 * units written into its memory; else by the JavaScript loop.
 */
export function runUnits(
  a: CompiledAutomaton,
  text: string,
  hits: Pairs,
  first = 0,
  wasm: WasmBytes | null = null,
): void {
  const { columnOf: col, shift } = a;
  const length = text.length;
  const starts = cutPoints(a, length, NO_BYTES, text, first);
  const { ends, together: n } = streams(starts, length);
  states.set(startStates);
  let read = 0;
  if (n > 0) {
    const [p0, p1, p2, p3] = starts as [number, number, number, number];
    const room = wasm === null || n < 4 ? null : wasm.room(length);
    if (wasm !== null && room !== null) read = runInWasm(wasm.loop, text, room, starts, n >> 2);
    else {
      unitLoop(a.delta as Uint16Array, shift, a.firstLoud, col, text, p0, p1, p2, p3, n);
      read = n;
    }
  }
  for (let k = 0; k < starts.length; k++)
    unitTail(a, text, k, (starts[k] as number) + read, ends[k] as number);
  expand(a.out, starts.length, hits);
}

/**
 * The four streams' first `groups` groups of four code units, read by the WebAssembly loop from
 * `room`, where the text's code units from the first stream's start on are written as they are (a
 * lone surrogate too); returns how many code units of each stream it read.
 */
function runInWasm(
  loop: BlockLoop,
  text: string,
  room: Uint8Array,
  starts: number[],
  groups: number,
): number {
  writeUnits(text, room, starts[0] as number);
  readBlocks(loop, starts, groups);
  return 4 * groups;
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
