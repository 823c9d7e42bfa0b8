import { assembleWordLoop, type WordLoopLayout } from './word-loop-module.js';

/** The loop's exported function (word-loop-module.ts). */
export type Block = (...args: number[]) => number;
export interface Memory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
/**
 * The part of the WebAssembly JavaScript API used here: TypeScript declares it only with the DOM
 * library, and the global is missing where WebAssembly is off (`node --jitless`).
 */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => Memory;
}
export const WASM = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** Modules by where their loads read (a few a process: a saved table's or a compiled one's, each automaton's). */
const compiled = new Map<string, object | null>();

/** The module for a table and columns where `layout` puts them, compiled once; null without WebAssembly. */
export function compileWordLoop(layout: WordLoopLayout): object | null {
  const key = `${layout.tableAt} ${layout.columnsAt} ${layout.shift} ${layout.unitBytes} ${layout.streams}`;
  let module = compiled.get(key);
  if (module !== undefined) return module;
  try {
    module = WASM === undefined ? null : new WASM.Module(assembleWordLoop(layout));
  } catch {
    module = null;
  }
  compiled.set(key, module);
  return module;
}
