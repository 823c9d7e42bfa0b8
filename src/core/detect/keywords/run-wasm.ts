import type { CompiledAutomaton } from './compile.js';
import { type BlockLoop, EVENT_SLOTS } from './run-bytes.js';
import { states } from './streams.js';
import { type Block, compileWordLoop, type Memory, WASM, type WasmApi } from './wasm-module.js';

/**
 * An automaton's four-stream loop in WebAssembly (word-loop-module.ts), with its transition table
 * and the text in the module's memory (one memory for each automaton):
 *
 *   [0, landed)          the saved file, where a reader put it (`land`): the table is its last part
 *   table                the automaton's `delta` (Uint16 per state × `1 << shift` columns), in the
 *                        file, or copied to address 0 (a compiled automaton, or one from a reader
 *                        that copies)
 *   [table end, rows end) zeros, never written (see below)
 *   states               the streams' states between blocks (32 bytes)
 *   columns              each character's column, doubled (256 bytes, or 65,536 for code units)
 *   events               one block's (stream, state, end) triples
 *   text                 the text's bytes, written there by `TextEncoder.encodeInto` (no copy), or
 *                        its UTF-16 code units
 *
 * The process holds the table once: the automaton's `delta` becomes a view of the memory (the
 * JavaScript loops read it there too), and a saved one is read straight into it. A memory that
 * grows replaces its buffer, so every view is made again then, `delta` included.
 *
 * A damaged saved table (saved-tables.ts) may name a state past the table. JavaScript reads its
 * row as `undefined`: no loud state, then the root. Every row a 16-bit state can name ends before
 * `rows end` (65,536 rows), and past the table that memory is zeros: the root, not loud (the
 * root never is) — the same candidates, without checking millions of entries at start-up. The
 * zeros are never touched, so they take address space only. Columns were checked to be within a
 * row when the table was read.
 */
export interface WasmBytes {
  /**
   * Room for a text of `length` characters in the memory (its bytes, or its UTF-16 code units for
   * an automaton of any text), or null past `MAX_TEXT` bytes (see below).
   */
  room(length: number): Uint8Array | null;
  /** The loop for runBytes (or runUnits, for an automaton of any text), for a text in `room`. */
  readonly loop: BlockLoop;
}

/**
 * WebAssembly memory never shrinks: longer texts are read by the JavaScript loop from a copy that
 * is let go after the scan (automaton.ts), so one huge paste does not keep its size for good.
 * Streamed scans (`sockerr scan`) hand on steps of about 128 KB.
 */
export const MAX_TEXT = 1 << 24;
const PAGE = 1 << 16;
/** The widest row of a table: 128 two-byte entries. */
const ROW = 256;
/** Past the last row a 16-bit state names (65,536 rows), for rows of `1 << shift` two-byte entries. */
const rowsEnd = (shift: number) => 1 << (16 + shift + 1);

/** WebAssembly memory is little-endian; a JavaScript view of it reads it so only on such a host. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

const pagesFor = (bytes: number) => Math.ceil(bytes / PAGE);

/** A memory for one automaton's table, created before its saved file is read. */
export interface WasmArena {
  /** Room for a saved file of `size` bytes at the memory's start, or null (SavedTables' `into`). */
  land(size: number): Uint8Array | null;
  /**
   * Takes `a`'s table (where `land` put it, else a copy) and returns the loop that reads it, or
   * null (and `a` untouched) where the table is not 16-bit or its root is loud (a damaged one's).
   */
  adopt(a: CompiledAutomaton): WasmBytes | null;
}

/** An arena, or null where WebAssembly is not available or the host is big-endian. */
export function createWasmArena(): WasmArena | null {
  const api = WASM;
  if (api === undefined || !LITTLE_ENDIAN) return null;
  let memory: Memory;
  try {
    memory = new api.Memory({ initial: 0 });
  } catch {
    return null;
  }
  let landed = 0;
  return {
    land(size) {
      if (landed !== 0 || size <= 0 || size > MAX_TEXT) return null;
      // The table ends the file and is a whole number of rows (of 256 bytes at most): put there,
      // the file starts its rows on row boundaries (cache lines, for the detector's rows of 128
      // bytes), as a compiled table's are.
      const at = -size & (ROW - 1);
      try {
        memory.grow(pagesFor(at + size));
      } catch {
        return null;
      }
      landed = at + size;
      return new Uint8Array(memory.buffer, at, size);
    },
    adopt(a) {
      // A file read here but refused (stale or damaged): the table goes to a memory of its own,
      // so that the dead file is not kept for good.
      if (landed > 0 && a.delta.buffer !== memory.buffer) return createWasmArena()?.adopt(a) ?? null;
      return adopt(api, memory, landed, a);
    },
  };
}

function adopt(api: WasmApi, memory: Memory, landed: number, a: CompiledAutomaton): WasmBytes | null {
  if (!(a.delta instanceof Uint16Array) || a.firstLoud < 1) return null;
  const inPlace = a.delta.buffer === memory.buffer;
  const tableAt = inPlace ? a.delta.byteOffset : 0;
  const tableBytes = a.delta.byteLength;
  // Bytes (a column for each of 256), or UTF-16 code units (65,536 columns, two bytes a character).
  const columnCount = a.columnOf.length;
  const unitBytes = columnCount === 256 ? 1 : 2;
  const statesAt = tableAt + rowsEnd(a.shift);
  const columnsAt = statesAt + 32;
  const eventsAt = columnsAt + columnCount;
  const textAt = eventsAt + 4 * EVENT_SLOTS;
  // Six streams over bytes; code units (a CJK log) keep four, as measured when their loop was made.
  const streams = unitBytes === 1 ? 6 : 4;
  const module = compileWordLoop({ tableAt, columnsAt, shift: a.shift, unitBytes, streams });
  // A saved file's columns are a view of the memory (or of the file's buffer, which the table then
  // no longer needs): growing the memory would leave it empty. Copied out instead of viewed again.
  a.columnOf = a.columnOf.slice();
  if (module === null) return null;
  const entries = a.delta.length;
  let block: Block;
  try {
    memory.grow(pagesFor(textAt) + 1 - memory.buffer.byteLength / PAGE);
    block = new api.Instance(module, { m: { mem: memory } }).exports.block as Block;
  } catch {
    // The JavaScript loops keep the table where it is (views of the memory made again, if it grew).
    if (inPlace) a.delta = new Uint16Array(memory.buffer, tableAt, entries);
    return null;
  }
  const bytes = new Uint8Array(memory.buffer);
  if (inPlace) bytes.fill(0, tableAt + tableBytes, Math.max(landed, tableAt + tableBytes));
  else bytes.set(new Uint8Array(a.delta.buffer, a.delta.byteOffset, tableBytes), tableAt);
  for (let c = 0; c < columnCount; c++) bytes[columnsAt + c] = 2 * (a.columnOf[c] as number);
  let stateView = new Int32Array(0);
  const loop: BlockLoop = {
    events: new Int32Array(0),
    streams,
    block(starts, from, to) {
      stateView.set(states);
      // Starts count characters, evenly spaced (streams.ts); `from` and `to`, groups of four of them.
      const first = starts[0] as number;
      const at = textAt + unitBytes * (first + 4 * from);
      const spacing = unitBytes * ((starts[1] as number) - first);
      const n = block(at, spacing, to - from, a.firstLoud, textAt, eventsAt, statesAt);
      states.set(stateView);
      return n;
    },
  };
  const view = () => {
    a.delta = new Uint16Array(memory.buffer, tableAt, entries);
    stateView = new Int32Array(memory.buffer, statesAt, states.length);
    loop.events = new Int32Array(memory.buffer, eventsAt, EVENT_SLOTS);
  };
  view();
  return {
    loop,
    room(length) {
      const size = length * unitBytes;
      if (size > MAX_TEXT) return null;
      const need = textAt + size - memory.buffer.byteLength;
      if (need > 0) {
        try {
          // The text room by half again at least: texts a little longer each time grow it rarely.
          memory.grow(Math.max(pagesFor(need), Math.ceil((memory.buffer.byteLength - textAt) / PAGE / 2)));
        } catch {
          return null;
        }
        view();
      }
      return new Uint8Array(memory.buffer, textAt, size);
    },
  };
}
