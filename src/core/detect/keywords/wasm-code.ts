/**
 * What the WebAssembly loop (word-loop-module.ts) is written with, byte by byte (no toolchain, no
 * dependency): opcodes, LEB128 numbers, and instructions as nested lists flattened at the end.
 * Bytes are pushed onto one array (no spread arrays): a module is assembled once, at start-up.
 */

export const I32 = 0x7f;
/** Opcodes (WebAssembly 1.0 core specification). */
export const OP = {
  get: 0x20,
  set: 0x21,
  int: 0x41,
  load: 0x28,
  load16: 0x2f,
  load8: 0x2d,
  store: 0x36,
  add: 0x6a,
  sub: 0x6b,
  mul: 0x6c,
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
export function pushUnsigned(out: number[], n: number): void {
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

export type Code = number | readonly Code[];

export const get = (i: number): Code => [OP.get, i];
export const set = (i: number): Code => [OP.set, i];
export const int = (n: number): Code => {
  const out: number[] = [OP.int];
  pushSigned(out, n);
  return out;
};
/** A memory access: alignment as a power of two, then a constant offset. */
export const mem = (op: number, align: number, offset: number): Code => {
  const out = [op, align];
  pushUnsigned(out, offset);
  return out;
};
/** The start of a block, loop or `if` without results. */
export const open = (op: number): Code => [op, OP.void];

/** Flattens nested instruction lists onto `out`. */
export function pushCode(out: number[], code: Code): void {
  if (typeof code === 'number') out.push(code);
  else for (const part of code) pushCode(out, part);
}

/** Pushes a section: its id, its size, its contents. */
export function pushSection(out: number[], id: number, body: readonly number[]): void {
  out.push(id);
  pushUnsigned(out, body.length);
  for (const b of body) out.push(b);
}
