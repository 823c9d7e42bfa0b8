import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledAutomaton } from '../../../../src/core/detect/keywords/compile.js';
import { runUnits, writeUnits } from '../../../../src/core/detect/keywords/run-units.js';
import { createWasmArena, type WasmBytes } from '../../../../src/core/detect/keywords/run-wasm.js';
import { decodeTables, encodeTables } from '../../../../src/core/detect/keywords/saved-tables.js';
import { createPairs } from '../../../../src/core/detect/keywords/streams.js';
import { normalized, PIECES } from './ascii-copy-fixtures.js';
import { compileWords } from './automaton-fixtures.js';

/** The automaton of every keyword (beyond ASCII too), which reads UTF-16 code units. */
const compileAll = () => compileWords(normalized, false);

/** (keyword, end) pairs of `a` over `text` from `first`, by the JavaScript loop or the WebAssembly one. */
function pairsOf(a: CompiledAutomaton, text: string, first: number, wasm: WasmBytes | null): number[] {
  const hits = createPairs();
  runUnits(a, text, hits, first, wasm);
  return Array.from(hits.data.subarray(0, hits.length));
}

function adopt(a: CompiledAutomaton) {
  const wasm = createWasmArena()?.adopt(a) ?? null;
  if (wasm === null) throw new Error('no WebAssembly in this Node');
  return wasm;
}

/** Texts long enough for four streams (streams.ts cuts from 8 K characters), of every kind of piece. */
const texts = fc
  .array(fc.constantFrom(...PIECES), { minLength: 2500, maxLength: 5000 })
  .map((pieces) => pieces.join(''));

describe('the keyword loop in WebAssembly over UTF-16 code units', () => {
  it('reports the pairs the JavaScript loop reports, in order, from any first character', () => {
    const js = compileAll();
    const moved = compileAll();
    const wasm = adopt(moved);
    fc.assert(
      fc.property(texts, fc.double({ min: 0, max: 0.9, noNaN: true }), (text, at) => {
        const first = Math.floor(text.length * at);
        expect(pairsOf(moved, text, first, wasm)).toEqual(pairsOf(js, text, first, null));
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('reads a saved table put straight into its memory, and keeps its columns when the memory grows', () => {
    const js = compileAll();
    const bytes = encodeTables(js, [1, 2], normalized.length);
    const arena = createWasmArena();
    const landed = arena?.land(bytes.length) ?? null;
    if (arena === null || landed === null) throw new Error('no WebAssembly in this Node');
    landed.set(bytes);
    const moved = decodeTables(landed, [1, 2], normalized.length, js.longest);
    const wasm = moved && arena.adopt(moved);
    if (!moved || !wasm) throw new Error('the saved table was refused');
    expect(moved.delta.buffer).not.toBe(js.delta.buffer);
    const text = PIECES.join(' ').repeat(200);
    // Long enough that the memory grows for its code units, after the table was adopted.
    const long = text.repeat(8);
    for (const t of [text, long]) expect(pairsOf(moved, t, 0, wasm)).toEqual(pairsOf(js, t, 0, null));
    expect(pairsOf(moved, long, 0, wasm).length).toBeGreaterThan(100);
  });
});

describe("writing a text's code units for the loop", () => {
  it("writes the same bytes with Node's Buffer and without it, lone surrogates too", () => {
    const text = `ab\ud83d中${PIECES.join('')}\udc00z`;
    for (const from of [0, 1, 7, text.length - 1]) {
      const fast = new Uint8Array(2 * text.length);
      const plain = new Uint8Array(2 * text.length);
      writeUnits(text, fast, from);
      writeUnits(text, plain, from, null);
      expect(plain).toEqual(fast);
      const units = new Uint16Array(plain.buffer);
      for (let i = from; i < text.length; i++) expect(units[i]).toBe(text.charCodeAt(i));
      expect(units.subarray(0, from).every((u) => u === 0)).toBe(true);
    }
  });
});
