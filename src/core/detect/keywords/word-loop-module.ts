/**
 * The four-stream loop of run-bytes.ts (and of run-units.ts) as a WebAssembly module, assembled
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
 * `block(a0, a1, a2, a3, count, loud, textBase, events, states)`: from the states saved at
 * `states` (four i32), steps stream k over `count` groups of four characters from address `ak`
 * (four bytes, read as one 32-bit word, low byte first as WebAssembly always is; or four 16-bit
 * code units), and writes each state at or past `loud` met as an (stream, state, end) i32 triple
 * at `events`, `end` counted in characters from `textBase`; saves the states and returns how many
 * i32 it wrote. The same steps, in the same order per stream, as the JavaScript loops.
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

/** Parameter and local numbers: params 0–3 are the streams' addresses. */
const P = { count: 4, loud: 5, textBase: 6, events: 7, states: 8 } as const;
const state = (k: number) => 9 + k;
const word = (k: number) => 13 + k;
const L = { b: 17, end: 18 } as const;
const LOCALS = 10;

/** Where the module's loads find the table and the columns, the rows' width, and a character's size. */
export interface WordLoopLayout {
  tableAt: number;
  columnsAt: number;
  shift: number;
  /** 1: bytes (ASCII text and its copies); 2: UTF-16 code units. */
  unitBytes: 1 | 2;
}

/** Character r of stream k's group: byte r of its word, or the code unit at `ak + 2r`. */
const character = (unitBytes: 1 | 2, k: number, r: number): Code =>
  unitBytes === 2
    ? [get(k), mem(OP.load16, 1, 2 * r)]
    : [
        get(word(k)),
        r === 0 ? [int(255), OP.and] : r === 3 ? [int(24), OP.shrU] : [int(8 * r), OP.shrU, int(255), OP.and],
      ];

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
const loudCheck = (unitBytes: 1 | 2, k: number, r: number): Code => [
  [get(state(k)), get(P.loud), OP.geU, open(OP.if)],
  [get(L.b), int(k), mem(OP.store, 2, 0)],
  [get(L.b), get(state(k)), mem(OP.store, 2, 4)],
  [get(L.b), get(k), get(P.textBase), OP.sub, unitBytes === 2 ? [int(1), OP.shrU] : []],
  [int(r + 1), OP.add, mem(OP.store, 2, 8)],
  [get(L.b), int(12), OP.add, set(L.b), OP.end],
];

/** The body of `block` (its locals, then its code). */
function blockBody(layout: WordLoopLayout): number[] {
  const out = [1, LOCALS, I32];
  const streams = [0, 1, 2, 3];
  const group = 4 * layout.unitBytes;
  const code: Code[] = [
    streams.map((k) => [get(P.states), mem(OP.load, 2, 4 * k), set(state(k))]),
    [get(P.events), set(L.b)],
    [get(0), get(P.count), int(Math.log2(group)), OP.shl, OP.add, set(L.end)],
    [open(OP.block), get(0), get(L.end), OP.geU, OP.brIf, 0, open(OP.loop)],
    layout.unitBytes === 1 ? streams.map((k) => [get(k), mem(OP.load, 2, 0), set(word(k))]) : [],
    // Per character, all four streams' steps first, so that their table reads overlap; then their
    // loud checks (rarely taken).
    [0, 1, 2, 3].map((r) => [
      streams.map((k) => step(layout, k, r)),
      streams.map((k) => loudCheck(layout.unitBytes, k, r)),
    ]),
    streams.map((k) => [get(k), int(group), OP.add, set(k)]),
    [get(0), get(L.end), OP.ltU, OP.brIf, 0, OP.end, OP.end],
    streams.map((k) => [get(P.states), get(state(k)), mem(OP.store, 2, 4 * k)]),
    [get(L.b), get(P.events), OP.sub, int(2), OP.shrU, OP.end],
  ];
  pushCode(out, code);
  return out;
}

/** The module's bytes (about 1.3 KB) for a table and its columns where `layout` puts them. */
export function assembleWordLoop(layout: WordLoopLayout): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0];
  // One type: nine i32 in, one out.
  pushSection(out, 1, [1, 0x60, 9, I32, I32, I32, I32, I32, I32, I32, I32, I32, 1, I32]);
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
