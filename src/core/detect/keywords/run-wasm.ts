import type { CompiledAutomaton } from './compile.js';
import { type BlockLoop, EVENT_SLOTS } from './run-bytes.js';
import { states } from './streams.js';
import { assembleWordLoop } from './word-loop-module.js';

/**
 * The byte automaton's four-stream loop in WebAssembly (word-loop-module.ts), with its transition
 * table and the text in the module's memory:
 *
 *   [0, table)        the automaton's `delta` (Uint16 per state × 128 columns)
 *   [table, 16 MB)    zeros, never written (see below)
 *   states            the four streams' states between blocks (16 bytes)
 *   events            one block's (stream, state, end) triples
 *   text              the text's bytes, written there by `TextEncoder.encodeInto`: no copy
 *
 * The table is moved, not copied: the automaton's `delta` becomes a view of the memory (the
 * JavaScript loops read it there too), so a process holds it once. A memory that grows replaces
 * its buffer, so every view is made again then, `delta` included.
 *
 * A damaged saved table (saved-tables.ts) may name a state past the table. JavaScript reads its
 * row as `undefined`: no loud state, then the root. Every row a 16-bit state can name is below
 * 16 MB, and past the table that memory is zeros: the root, not loud (the root never is) — the
 * same candidates, without checking millions of entries at start-up. The zeros are never
 * touched, so they take address space only.
 */
export interface WasmBytes {
  /** Room for `length` bytes of text in the memory, or null past `MAX_TEXT` (see below). */
  room(length: number): Uint8Array | null;
  /** The loop for runBytes, for a text in `room`. */
  readonly loop: BlockLoop;
}

/**
 * WebAssembly memory never shrinks: longer texts are read by the JavaScript loop from a copy that
 * is let go after the scan (automaton.ts), so one huge paste does not keep its size for good.
 * Streamed scans (`sockerr scan`) hand on steps of about 128 KB.
 */
export const MAX_TEXT = 1 << 24;
const PAGE = 1 << 16;
/** Past the last row a 16-bit state names: 65,536 rows of 128 two-byte entries. */
const ROWS_END = 1 << 24;

type Block = (...args: number[]) => number;
interface Memory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
/**
 * The part of the WebAssembly JavaScript API used here: TypeScript declares it only with the DOM
 * library, and the global is missing where WebAssembly is off (`node --jitless`).
 */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => Memory;
}
const WASM = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | null | undefined;

/** The module, compiled once per process; null without WebAssembly. */
function compileWordLoop(): object | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = WASM === undefined ? null : new WASM.Module(assembleWordLoop());
  } catch {
    compiled = null;
  }
  return compiled;
}

/** WebAssembly memory is little-endian; a JavaScript view of it reads it so only on such a host. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Moves `a`'s table into a WebAssembly memory and returns the loop that reads it there, or null
 * (and `a` untouched) where WebAssembly is not available, the host is big-endian, the table is
 * not 16-bit or its root is loud (only a damaged one's is).
 */
export function createWasmBytes(a: CompiledAutomaton): WasmBytes | null {
  const module = compileWordLoop();
  if (WASM === undefined || module === null || !LITTLE_ENDIAN || !(a.delta instanceof Uint16Array))
    return null;
  if (a.firstLoud < 1) return null;
  const tableBytes = a.delta.byteLength;
  const statesAt = ROWS_END;
  const eventsAt = statesAt + 16;
  const textAt = eventsAt + 4 * EVENT_SLOTS;
  let memory: Memory;
  let exports: Record<string, unknown>;
  try {
    memory = new WASM.Memory({ initial: Math.ceil(textAt / PAGE) + 1 });
    exports = new WASM.Instance(module, { m: { mem: memory } }).exports;
  } catch {
    return null;
  }
  new Uint8Array(memory.buffer).set(new Uint8Array(a.delta.buffer, a.delta.byteOffset, tableBytes));
  const block = exports.block as Block;
  const entries = a.delta.length;
  // A saved automaton's arrays are views of the file it was read from: `resets` copied, so that
  // the file's bytes (table included) can be collected once `delta` no longer views them.
  a.resets = a.resets.slice();
  let stateView = new Int32Array(0);
  const loop: BlockLoop = {
    events: new Int32Array(0),
    block(p0, p1, p2, p3, from, to) {
      stateView.set(states);
      const at = textAt + 4 * from;
      const n = block(at + p0, at + p1, at + p2, at + p3, to - from, a.firstLoud, textAt, eventsAt, statesAt);
      states.set(stateView);
      return n;
    },
  };
  const view = () => {
    a.delta = new Uint16Array(memory.buffer, 0, entries);
    stateView = new Int32Array(memory.buffer, statesAt, 4);
    loop.events = new Int32Array(memory.buffer, eventsAt, EVENT_SLOTS);
  };
  view();
  return {
    loop,
    room(length) {
      if (length > MAX_TEXT) return null;
      const need = textAt + length - memory.buffer.byteLength;
      if (need > 0) {
        try {
          // The text room by half again at least: texts a little longer each time grow it rarely.
          memory.grow(
            Math.max(Math.ceil(need / PAGE), Math.ceil((memory.buffer.byteLength - textAt) / PAGE / 2)),
          );
        } catch {
          return null;
        }
        view();
      }
      return new Uint8Array(memory.buffer, textAt, length);
    },
  };
}
