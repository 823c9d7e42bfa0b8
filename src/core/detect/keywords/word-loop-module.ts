/**
 * The side-by-side loop of run-bytes.ts (and of run-units.ts) as a WebAssembly module, assembled
 * here byte by byte (wasm-code.ts). WebAssembly is compiled when it is instantiated, so a short
 * process (`sockerr scan`) runs machine code from its first byte instead of waiting for V8 to
 * optimize the JavaScript loop; and a settled loop reads memory with no typed-array checks.
 *
 * The module imports its memory (`m.mem`), laid out by run-wasm.ts: the transition table at
 * `tableAt`, rows of `1 << shift` two-byte entries, and at `columnsAt` each character's column,
 * doubled (a byte offset in a row): 256 of them for bytes, 65,536 for UTF-16 code units. A step is
 * a load of the character's column, then one 16-bit load at `(state << (shift + 1)) | column`;
 * both addresses are the loads' constant offsets, so no base to add. The column's load waits on
 * the text alone, not on the last state.
 *
 * `block(a0, spacing, count, loud, textBase, events, states)`: from the states saved at `states`
 * (one i32 a stream), steps stream k over `count` groups of four characters from address
 * `a0 + k × spacing` (four bytes, or four 16-bit code units, each its own load), and writes each
 * state at or past `loud` met as an (stream, state, end) i32 triple at `events`, `end` counted in
 * characters from `textBase`; saves the states and returns how many i32 it wrote. The same steps,
 * in the same order per stream, as the JavaScript loops. Every stream's address is the first's
 * and the spacing (two registers, however many streams). Over a real log six streams overlap more
 * of the table reads that miss the cache than four (a sixth less time); eight were slower.
 */

import {
  type Code,
  get,
  I32,
  int,
  mem,
  OP,
  open,
  pushCode,
  pushSection,
  pushUnsigned,
  set,
} from './wasm-code.js';

/** Parameter and local numbers: a stream's state is local `7 + k`, then `b` and `end`. */
const P = { a0: 0, spacing: 1, count: 2, loud: 3, textBase: 4, events: 5, states: 6 } as const;
const state = (k: number) => 7 + k;
const local = (streams: number) => ({ b: 7 + streams, end: 8 + streams });

/** Where the module's loads find the table and the columns, the rows' width, and a character's size. */
export interface WordLoopLayout {
  tableAt: number;
  columnsAt: number;
  shift: number;
  /** 1: bytes (ASCII text and its copies); 2: UTF-16 code units. */
  unitBytes: 1 | 2;
  /** How many streams are stepped side by side. */
  streams: number;
}

/** Stream k's address in this group: the first's, and k spacings on. */
const address = (k: number): Code =>
  k === 0 ? get(P.a0) : [get(P.a0), get(P.spacing), int(k), OP.mul, OP.add];

/** Character r of stream k's group: the byte at `ak + r`, or the code unit at `ak + 2r`. */
const character = (unitBytes: 1 | 2, k: number, r: number): Code =>
  unitBytes === 2 ? [address(k), mem(OP.load16, 1, 2 * r)] : [address(k), mem(OP.load8, 0, r)];

/**
 * Stream k's step on character r: s = delta[(s << shift) | column[character]], read at byte
 * `tableAt + ((s << (shift + 1)) | 2 × column)`.
 */
const step = ({ tableAt, columnsAt, shift, unitBytes }: WordLoopLayout, k: number, r: number): Code => [
  get(state(k)),
  int(shift + 1),
  OP.shl,
  character(unitBytes, k, r),
  mem(OP.load8, 0, columnsAt),
  OP.or,
  mem(OP.load16, 1, tableAt),
  set(state(k)),
];

/**
 * Stream k's loud check after character r: a loud state is written as (k, state, end) at b, `end`
 * the characters from `textBase` to `ak`, and r + 1.
 */
const loudCheck = ({ unitBytes, streams }: WordLoopLayout, k: number, r: number): Code => {
  const L = local(streams);
  return [
    [get(state(k)), get(P.loud), OP.geU, open(OP.if)],
    [get(L.b), int(k), mem(OP.store, 2, 0)],
    [get(L.b), get(state(k)), mem(OP.store, 2, 4)],
    [get(L.b), address(k), get(P.textBase), OP.sub, unitBytes === 2 ? [int(1), OP.shrU] : []],
    [int(r + 1), OP.add, mem(OP.store, 2, 8)],
    [get(L.b), int(12), OP.add, set(L.b), OP.end],
  ];
};

/** The body of `block` (its locals, then its code). */
function blockBody(layout: WordLoopLayout): number[] {
  const L = local(layout.streams);
  const out = [1, layout.streams + 2, I32];
  const streams = Array.from({ length: layout.streams }, (_, k) => k);
  const group = 4 * layout.unitBytes;
  const code: Code[] = [
    streams.map((k) => [get(P.states), mem(OP.load, 2, 4 * k), set(state(k))]),
    [get(P.events), set(L.b)],
    [get(P.a0), get(P.count), int(Math.log2(group)), OP.shl, OP.add, set(L.end)],
    [open(OP.block), get(P.a0), get(L.end), OP.geU, OP.brIf, 0, open(OP.loop)],
    // Per character, every stream's step first, so that their table reads overlap; then their
    // loud checks (rarely taken).
    [0, 1, 2, 3].map((r) => [
      streams.map((k) => step(layout, k, r)),
      streams.map((k) => loudCheck(layout, k, r)),
    ]),
    [get(P.a0), int(group), OP.add, set(P.a0)],
    [get(P.a0), get(L.end), OP.ltU, OP.brIf, 0, OP.end, OP.end],
    streams.map((k) => [get(P.states), get(state(k)), mem(OP.store, 2, 4 * k)]),
    [get(L.b), get(P.events), OP.sub, int(2), OP.shrU, OP.end],
  ];
  pushCode(out, code);
  return out;
}

/** The module's bytes (about 1.3 KB) for a table and its columns where `layout` puts them. */
export function assembleWordLoop(layout: WordLoopLayout): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0];
  // One type: seven i32 in, one out.
  pushSection(out, 1, [1, 0x60, 7, I32, I32, I32, I32, I32, I32, I32, 1, I32]);
  // The imported memory "m"."mem": minimum 0 pages, no maximum (run-wasm.ts creates and grows it).
  pushSection(out, 2, [1, 1, 0x6d, 3, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x00]);
  pushSection(out, 3, [1, 0]);
  // Exported as "block".
  pushSection(out, 7, [1, 5, 0x62, 0x6c, 0x6f, 0x63, 0x6b, 0x00, 0]);
  const body = blockBody(layout);
  const code = [1];
  pushUnsigned(code, body.length);
  for (const b of body) code.push(b);
  pushSection(out, 10, code);
  return Uint8Array.from(out);
}
