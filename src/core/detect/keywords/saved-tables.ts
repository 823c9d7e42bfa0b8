/**
 * A compiled automaton as bytes, so that a build can save what start-up would otherwise compile
 * (tens of milliseconds of cold code) and a process can load it in a few. The bytes are checked
 * before use: a file from other keywords, another fold table or another format, or a truncated
 * one, is refused (the caller compiles instead), and every keyword number is range-checked. The
 * transition table itself is not scanned (millions of entries, as long as compiling it): a state
 * past the table reads as `undefined`, which the loops' shift turns into the root, and `expand`
 * reports nothing for a state without outputs, so even a damaged table cannot make a scan throw.
 */

import { MAX_SHIFT } from './alphabet.js';
import type { CompiledAutomaton } from './compile.js';

/** "SKDT" read as a little-endian 32-bit number: a big-endian reader sees another number and refuses. */
const MAGIC = 0x54444b53;
/**
 * Bumped when compile.ts or alphabet.ts change what they build (saved-tables.test.ts notices).
 * 4: the byte automaton's rows hold a column per character class, not per byte, with its columns saved.
 */
const FORMAT = 4;
const HEADER = 12;
/** A column for each byte, or for each UTF-16 code unit. */
const COLUMN_COUNTS: readonly number[] = [256, 65536];
const EMPTY: readonly number[] = Object.freeze([]);

/** What the header gives of a table's size. */
interface Shape {
  stateCount: number;
  shift: number;
  columnCount: number;
  outTotal: number;
  entryBytes: number;
}

/** Where each part starts, in bytes (every part 4-byte aligned). */
function layout({ stateCount, shift, columnCount, outTotal, entryBytes }: Shape) {
  const columns = HEADER * 4;
  const outStart = columns + columnCount;
  const outValues = outStart + 4 * (stateCount + 1);
  const delta = outValues + 4 * outTotal;
  // Plain arithmetic, not 32-bit: a damaged header's huge count must give a length no file has,
  // where `<<` and `& ~3` wrapped it round to the file's own and a typed array too long threw.
  const end = delta + entryBytes * stateCount * 2 ** shift;
  return { columns, outStart, outValues, delta, end: Math.ceil(end / 4) * 4 };
}

/** The automaton as bytes, marked with `fingerprint` (two 32-bit numbers) and its keyword count. */
export function encodeTables(
  a: CompiledAutomaton,
  fingerprint: readonly number[],
  keywordCount: number,
): Uint8Array {
  const outTotal = a.out.reduce((n, list) => n + list.length, 0);
  const entryBytes = a.delta.BYTES_PER_ELEMENT;
  const columnCount = a.columnOf.length;
  const at = layout({ stateCount: a.stateCount, shift: a.shift, columnCount, outTotal, entryBytes });
  const bytes = new Uint8Array(at.end);
  const header = new Uint32Array(bytes.buffer, 0, HEADER);
  header.set([MAGIC, FORMAT, fingerprint[0] ?? 0, fingerprint[1] ?? 0, a.stateCount, a.firstLoud]);
  header.set([entryBytes, columnCount, outTotal, keywordCount, a.shift], 6);
  bytes.set(a.columnOf, at.columns);
  const starts = new Int32Array(bytes.buffer, at.outStart, a.stateCount + 1);
  const values = new Int32Array(bytes.buffer, at.outValues, outTotal);
  let n = 0;
  for (let s = 0; s < a.stateCount; s++) {
    starts[s] = n;
    for (const k of a.out[s] ?? EMPTY) values[n++] = k;
  }
  starts[a.stateCount] = n;
  bytes.set(new Uint8Array(a.delta.buffer, a.delta.byteOffset, a.delta.byteLength), at.delta);
  return bytes;
}

/** Is every entry at least 0 and below `limit`? */
function below(values: ArrayLike<number>, limit: number): boolean {
  for (let i = 0; i < values.length; i++) if ((values[i] as number) >>> 0 >= limit) return false;
  return true;
}

/**
 * Is every byte below `1 << shift`, a row's width? Read four at a time: 65,536 column entries at
 * every start.
 */
function belowWidth(bytes: Uint8Array, shift: number): boolean {
  // Called on the columns only: 4-byte aligned (layout) and a multiple of 4 long.
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
  const high = ((0xff << shift) & 0xff) * 0x01010101;
  for (let i = 0; i < words.length; i++) if (((words[i] as number) & high) !== 0) return false;
  return true;
}

/**
 * The automaton saved in `saved`, or null when it is not the one these keywords compile to (its
 * fingerprint, format or keyword count differ) or is damaged. Typed arrays over `saved` itself
 * (no copy) when it is 4-byte aligned. `longest`: the longest of the keywords (not saved: the
 * caller has them).
 */
export function decodeTables(
  saved: Uint8Array,
  fingerprint: readonly number[],
  keywordCount: number,
  longest: number,
): CompiledAutomaton | null {
  const bytes = saved.byteOffset % 4 === 0 ? saved : saved.slice();
  if (bytes.length < HEADER * 4) return null;
  const [magic, format, fp0, fp1, stateCount, firstLoud, entryBytes, columnCount, outTotal, count, shift] =
    new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER);
  const fresh = magic === MAGIC && format === FORMAT && fp0 === fingerprint[0] && fp1 === fingerprint[1];
  if (!fresh || count !== keywordCount || (entryBytes !== 2 && entryBytes !== 4)) return null;
  if (
    stateCount === undefined ||
    firstLoud === undefined ||
    outTotal === undefined ||
    columnCount === undefined ||
    shift === undefined
  )
    return null;
  if (stateCount < 1 || firstLoud > stateCount || stateCount > (entryBytes === 2 ? 65535 : 1 << 24))
    return null;
  if (!COLUMN_COUNTS.includes(columnCount) || shift < 1 || shift > MAX_SHIFT) return null;
  const at = layout({ stateCount, shift, columnCount, outTotal, entryBytes });
  if (bytes.length !== at.end) return null;
  const view = <T>(Kind: new (b: ArrayBuffer, o: number, n: number) => T, offset: number, n: number) =>
    new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, n);
  const columnOf = view(Uint8Array, at.columns, columnCount);
  const starts = view(Int32Array, at.outStart, stateCount + 1);
  const values = view(Int32Array, at.outValues, outTotal);
  const delta =
    entryBytes === 2
      ? view(Uint16Array, at.delta, stateCount << shift)
      : view(Uint32Array, at.delta, stateCount << shift);
  if (!belowWidth(columnOf, shift)) return null;
  if (starts[0] !== 0 || starts[stateCount] !== outTotal || !below(values, keywordCount)) return null;
  // Only states from `firstLoud` on have outputs (compile.ts numbers them last).
  const out: (readonly number[])[] = new Array(stateCount).fill(EMPTY);
  for (let s = firstLoud; s < stateCount; s++) {
    const from = starts[s] as number;
    const to = starts[s + 1] as number;
    if (from < 0 || to < from || to > outTotal) return null;
    // Most states report one keyword: no view made for it (thousands at every start).
    out[s] =
      to === from
        ? EMPTY
        : to === from + 1
          ? [values[from] as number]
          : Array.from(values.subarray(from, to));
  }
  return { delta, shift, columnOf, firstLoud, out, stateCount, longest };
}

/**
 * The automata a build saved (read by infra), each part read on first need: the one for ASCII
 * text when the detector is built, the one for any text only at the first text with a character
 * of a keyword beyond ASCII (ascii-copy.ts).
 * null: not saved (the part is compiled).
 */
export interface SavedTables {
  /**
   * `into(size)`, where given, offers room for the file's `size` bytes (in the WebAssembly loop's
   * memory, run-wasm.ts): a reader that reads the file there returns that view (or a part of it,
   * for a short read), so the table is not copied; on null it reads into bytes of its own.
   */
  ascii(into?: (size: number) => Uint8Array | null): Uint8Array | null;
  /** As `ascii`: the other automaton has a WebAssembly memory of its own. */
  full(into?: (size: number) => Uint8Array | null): Uint8Array | null;
  /**
   * The index's data as the build saved it (index-snapshot.ts): structured data (maps, sets,
   * patterns, shared objects) as the reader's serialization gives it back, or null. Used only where
   * it is the snapshot of these very facts and rules; a reader without it has the index built.
   */
  index?(): unknown;
}
