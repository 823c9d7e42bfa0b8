/**
 * The four-stream word loop of run-bytes.ts as a WebAssembly module, assembled here byte by byte
 * (no toolchain, no dependency). WebAssembly is compiled when it is instantiated, so a short
 * process (`sockerr scan`) runs machine code from its first byte instead of waiting for V8 to
 * optimize the JavaScript loop; and a settled loop reads memory with no typed-array checks.
 *
 * The module imports its memory (`m.mem`), laid out by run-wasm.ts: the transition table at
 * `tableAt`, rows of `1 << shift` two-byte entries, and at `columnsAt` each byte's column, doubled
 * (a byte offset in a row). A step is a byte load of the text byte's column, then one 16-bit load
 * at `(state << (shift + 1)) | column`; both addresses are the loads' constant offsets, so no base
 * to add. The column's load waits on the text alone, not on the last state.
 *
 * `block(a0, a1, a2, a3, count, loud, textBase, events, states)`: from the states saved at
 * `states` (four i32), steps stream k over `count` 32-bit words from address `ak`, byte by byte
 * (low byte first: little-endian, as WebAssembly always is), and writes each state at or past
 * `loud` met as an (stream, state, end) i32 triple at `events`, `end` counted from `textBase`;
 * saves the states and returns how many i32 it wrote. The same steps, in the same order per
 * stream, as run-bytes.ts's `wordLoop`.
 *
 * Bytes are pushed onto one array (no spread arrays): this runs once, in cold code, at start-up.
 */

const I32 = 0x7f;
/** Opcodes (WebAssembly 1.0 core specification). */
const OP = {
  get: 0x20,
  set: 0x21,
  int: 0x41,
  load: 0x28,
  load16: 0x2f,
  load8: 0x2d,
  store: 0x36,
  add: 0x6a,
  sub: 0x6b,
  and: 0x71,
  or: 0x72,
  shl: 0x74,
  shrU: 0x76,
  geU: 0x4f,
  ltU: 0x49,
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  brIf: 0x0d,
  /** The empty block type, after `block`, `loop` and `if`. */
  void: 0x40,
} as const;

/** Unsigned LEB128 (sizes, counts, indexes, offsets), pushed onto `out`. */
function pushUnsigned(out: number[], n: number): void {
  let rest = n;
  do {
    const low = rest & 127;
    rest >>>= 7;
    out.push(rest === 0 ? low : low | 128);
  } while (rest !== 0);
}

/** Signed LEB128, for `i32.const`. */
function pushSigned(out: number[], n: number): void {
  let rest = n;
  for (;;) {
    const low = rest & 127;
    rest >>= 7;
    const done = (rest === 0 && (low & 64) === 0) || (rest === -1 && (low & 64) !== 0);
    out.push(done ? low : low | 128);
    if (done) return;
  }
}

/** Parameter and local numbers: params 0–3 are the streams' addresses. */
const P = { count: 4, loud: 5, textBase: 6, events: 7, states: 8 } as const;
const state = (k: number) => 9 + k;
const word = (k: number) => 13 + k;
const L = { b: 17, end: 18 } as const;
const LOCALS = 10;

const get = (i: number) => [OP.get, i];
const set = (i: number) => [OP.set, i];
const int = (n: number) => {
  const out = [OP.int];
  pushSigned(out, n);
  return out;
};
/** A memory access: alignment as a power of two, then a constant offset. */
const mem = (op: number, align: number, offset: number) => {
  const out = [op, align];
  pushUnsigned(out, offset);
  return out;
};
/** The start of a block, loop or `if` without results. */
const open = (op: number) => [op, OP.void];

/** Where the module's loads find the table and the columns, and the rows' width. */
export interface WordLoopLayout {
  tableAt: number;
  columnsAt: number;
  shift: number;
}

/**
 * Stream k's step on byte r: s = delta[(s << shift) | column[(word >>> 8r) & 255]], read at byte
 * `tableAt + ((s << (shift + 1)) | 2 × column)`.
 */
const step = ({ tableAt, columnsAt, shift }: WordLoopLayout, k: number, r: number) => [
  get(state(k)),
  int(shift + 1),
  OP.shl,
  get(word(k)),
  r === 0 ? [int(255), OP.and] : r === 3 ? [int(24), OP.shrU] : [int(8 * r), OP.shrU, int(255), OP.and],
  mem(OP.load8, 0, columnsAt),
  OP.or,
  mem(OP.load16, 1, tableAt),
  set(state(k)),
];

/** Stream k's loud check after byte r: a loud state is written as (k, state, end) at b. */
const loudCheck = (k: number, r: number) => [
  [get(state(k)), get(P.loud), OP.geU, open(OP.if)],
  [get(L.b), int(k), mem(OP.store, 2, 0)],
  [get(L.b), get(state(k)), mem(OP.store, 2, 4)],
  [get(L.b), get(k), get(P.textBase), OP.sub, int(r + 1), OP.add, mem(OP.store, 2, 8)],
  [get(L.b), int(12), OP.add, set(L.b), OP.end],
];

type Code = number | readonly Code[];
/** Flattens nested instruction lists onto `out`. */
function pushCode(out: number[], code: Code): void {
  if (typeof code === 'number') out.push(code);
  else for (const part of code) pushCode(out, part);
}

/** The body of `block` (its locals, then its code). */
function blockBody(layout: WordLoopLayout): number[] {
  const out = [1, LOCALS, I32];
  const streams = [0, 1, 2, 3];
  const code: Code[] = [
    streams.map((k) => [get(P.states), mem(OP.load, 2, 4 * k), set(state(k))]),
    [get(P.events), set(L.b)],
    [get(0), get(P.count), int(2), OP.shl, OP.add, set(L.end)],
    [open(OP.block), get(0), get(L.end), OP.geU, OP.brIf, 0, open(OP.loop)],
    streams.map((k) => [get(k), mem(OP.load, 2, 0), set(word(k))]),
    // Per byte, all four streams' steps first, so that their table reads overlap; then their
    // loud checks (rarely taken).
    [0, 1, 2, 3].map((r) => [streams.map((k) => step(layout, k, r)), streams.map((k) => loudCheck(k, r))]),
    streams.map((k) => [get(k), int(4), OP.add, set(k)]),
    [get(0), get(L.end), OP.ltU, OP.brIf, 0, OP.end, OP.end],
    streams.map((k) => [get(P.states), get(state(k)), mem(OP.store, 2, 4 * k)]),
    [get(L.b), get(P.events), OP.sub, int(2), OP.shrU, OP.end],
  ];
  pushCode(out, code);
  return out;
}

/** Pushes a section: its id, its size, its contents. */
function pushSection(out: number[], id: number, body: readonly number[]): void {
  out.push(id);
  pushUnsigned(out, body.length);
  for (const b of body) out.push(b);
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
