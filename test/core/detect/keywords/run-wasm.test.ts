import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '../../../../src/core/detect/build-index.js';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';
import { type CompiledAutomaton, compileAutomaton } from '../../../../src/core/detect/keywords/compile.js';
import { normalizeKeyword } from '../../../../src/core/detect/keywords/match.js';
import {
  type BlockLoop,
  type QuietStates,
  runBytes,
} from '../../../../src/core/detect/keywords/run-bytes.js';
import { createWasmArena, MAX_TEXT } from '../../../../src/core/detect/keywords/run-wasm.js';
import { decodeTables, encodeTables } from '../../../../src/core/detect/keywords/saved-tables.js';
import { createPairs, states } from '../../../../src/core/detect/keywords/streams.js';
import { mayReadNumberBytes } from '../../../../src/core/detect/read-number.js';
import { loadDetectionRules, loadFacts } from '../../../../src/infra/data/index.js';
import { compileWords } from './automaton-fixtures.js';

/** The loop that takes `a`'s table into a memory of its own (copied there). */
const createWasmBytes = (a: CompiledAutomaton) => createWasmArena()?.adopt(a) ?? null;

/** Long enough for the byte copy and four streams (streams.ts splits from 32 KB). */
const LONG = 1 << 16;

/** Candidates (keyword, end) of `automaton` for `text`, copied (the next call overwrites them). */
function pairs(automaton: ReturnType<typeof createKeywordAutomaton>, text: string): number[] {
  const { data, length } = automaton.collect(text);
  return Array.from(data.subarray(0, length));
}

/** A text of `length` characters made of random picks from `pieces`, from a seeded generator. */
function textOf(pieces: readonly string[], length: number, seed: number): string {
  let a = seed >>> 0;
  const random = () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a >>> 8;
  };
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const piece = pieces[random() % pieces.length] as string;
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('').slice(0, length);
}

/**
 * A plain JavaScript loop over the streams the WebAssembly loop reads (six, where the JavaScript
 * loop of run-bytes.ts reads four), one stream after the other: a damaged table's candidates
 * depend on where the streams start, so it is compared with this one on the same streams.
 */
function plainLoop(a: CompiledAutomaton, bytes: Uint8Array, streams: number): BlockLoop {
  const events = new Int32Array(1 << 16);
  const { delta, shift, columnOf, firstLoud } = a;
  return {
    events,
    streams,
    block(starts, from, to) {
      let b = 0;
      starts.forEach((p, k) => {
        let s = states[k] as number;
        for (let i = p + 4 * from; i < p + 4 * to; i++) {
          s = delta[(s << shift) | (columnOf[bytes[i] as number] as number)] as number;
          if (s < firstLoud) continue;
          events.set([k, s, i + 1], b);
          b += 3;
        }
        states[k] = s;
      });
      return b;
    },
  };
}

/** The JavaScript four-stream loop and the WebAssembly one over the same bytes: (keyword, end) pairs. */
function bothLoops(keywords: readonly string[], text: string, quiet?: (side: 'js' | 'wasm') => QuietStates) {
  const words = keywords.map(normalizeKeyword);
  const js = compileWords(words, true);
  const moved = compileWords(words, true);
  const wasm = createWasmBytes(moved);
  const room = wasm?.room(text.length) ?? null;
  if (wasm === null || room === null) throw new Error('no WebAssembly in this Node');
  new TextEncoder().encodeInto(text, room);
  const fromJs = createPairs();
  runBytes(js, new TextEncoder().encode(text), text.length, fromJs, quiet?.('js'));
  const fromWasm = createPairs();
  runBytes(moved, room, text.length, fromWasm, quiet?.('wasm'), wasm.loop);
  return {
    js: Array.from(fromJs.data.subarray(0, fromJs.length)),
    wasm: Array.from(fromWasm.data.subarray(0, fromWasm.length)),
    moved,
  };
}

describe('the keyword loop in WebAssembly', () => {
  it('moves the table into its memory, where the JavaScript loops read it too', () => {
    const { js, wasm, moved } = bothLoops(['econnreset', 'errno'], 'x'.repeat(LONG));
    expect(wasm).toEqual(js);
    // Room for every row a 16-bit state can name (a damaged table's), past the table itself.
    expect(moved.delta.buffer.byteLength).toBeGreaterThan(65536 << (moved.shift + 1));
  });

  it('reports the candidates the JavaScript loop reports, in random texts of keywords and noise', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'A', '\n', '1', ':', 'é');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 10 }),
        fc.array(word, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: LONG - 8, max: LONG + 8 }),
        fc.nat(),
        (keywords, noise, length, seed) => {
          const ascii = keywords.filter((k) => /^[\x20-\x7e\n]+$/.test(k) && normalizeKeyword(k) !== '');
          fc.pre(ascii.length > 0);
          const pieces = [...ascii, ...noise.map((n) => n.replace(/é/g, 'e'))];
          const { js, wasm } = bothLoops(ascii, textOf(pieces, length, seed));
          expect(wasm).toEqual(js);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("hands a quiet state's test the same ends as the JavaScript loop does", () => {
    const seen = { js: [] as number[], wasm: [] as number[] };
    // Every loud state is quiet: kept only where a digit follows.
    const quiet = (side: 'js' | 'wasm'): QuietStates => ({
      gates: new Uint8Array(1024).fill(1),
      test: (bytes, length, end) => {
        seen[side].push(end);
        return end < length && (bytes[end] as number) >= 48 && (bytes[end] as number) <= 57;
      },
    });
    const text = textOf(['error ', 'error 104 ', 'errno', ' ok\n', 'xx'], LONG + 3, 7);
    const { js, wasm } = bothLoops(['error', 'errno'], text, quiet);
    expect(wasm).toEqual(js);
    // The same ends, in another order: six streams side by side hand them on as they meet them.
    const sorted = (ends: number[]) => [...ends].sort((x, y) => x - y);
    expect(sorted(seen.wasm)).toEqual(sorted(seen.js));
    expect(seen.js.length).toBeGreaterThan(100);
    expect(js.length).toBeLessThan(2 * seen.js.length);
  });

  it("finds what the JavaScript loop finds with the detector's own keywords, in the corpus and a long log", () => {
    const index = buildDetectionIndex(loadFacts(), loadDetectionRules());
    const quiet = { gates: index.numberGates, test: mayReadNumberBytes };
    const withWasm = createKeywordAutomaton(index.keys, undefined, quiet, true);
    const withJs = createKeywordAutomaton(index.keys, undefined, quiet, false);
    const dir = join(import.meta.dirname, '../../../fixtures/corpus');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
      .map((row) => (JSON.parse(row) as { text: string }).text);
    // The corpus's ASCII texts joined: a log of every form the corpus holds.
    const log = texts.filter((t) => !/[^\n\r\t -~]/.test(t)).join('\n');
    expect(log.length).toBeGreaterThan(LONG);
    for (const text of [...texts, log, log.replace(/\n/g, '\r\n'), `${log}\n${log}`])
      expect(pairs(withWasm, text)).toEqual(pairs(withJs, text));
  });

  it('reads a damaged saved table as the JavaScript loop does, states past the table included', () => {
    const words = ['econnreset', 'errno', 'reset'];
    const compiled = compileAutomaton(words, [0, 1, 2], true);
    const saved = encodeTables(compiled, [1, 2], words.length);
    const text = textOf(['econnreset ', 'errno 1 ', 'reset', '\n', 'x'], LONG, 3);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 40 }), (damage) => {
        const bytes = saved.slice();
        const tableAt = bytes.length - compiled.delta.byteLength;
        for (const [at, value] of damage) bytes[tableAt + (at % compiled.delta.byteLength)] = value;
        const js = decodeTables(bytes, [1, 2], words.length, compiled.longest);
        const a = createPairs();
        if (js === null) throw new Error('tables refused');
        const encoded = new TextEncoder().encode(text);
        runBytes(js, encoded, text.length, a, undefined, plainLoop(js, encoded, 6));
        // The file read into the memory (the table stays where it is in it), and copied there.
        for (const inPlace of [true, false]) {
          const arena = createWasmArena();
          const landed = inPlace ? (arena?.land(bytes.length) ?? null) : bytes.slice();
          landed?.set(bytes);
          const landedAt = landed?.byteOffset ?? 0;
          const moved = landed && decodeTables(landed, [1, 2], words.length, compiled.longest);
          const wasm = moved && arena?.adopt(moved);
          const room = wasm?.room(text.length) ?? null;
          if (!moved || !wasm || room === null) throw new Error('no WebAssembly in this Node');
          // In place (no copy), on a row boundary: the file was put where its rows start on one.
          expect(moved.delta.byteOffset).toBe(inPlace ? landedAt + tableAt : 0);
          expect(moved.delta.byteOffset % (2 << moved.shift)).toBe(0);
          new TextEncoder().encodeInto(text, room);
          const b = createPairs();
          expect(wasm.loop.streams).toBe(6);
          runBytes(moved, room, text.length, b, undefined, wasm.loop);
          expect(Array.from(b.data.subarray(0, b.length))).toEqual(Array.from(a.data.subarray(0, a.length)));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('does not keep a saved file it refused in the memory of the table compiled instead', () => {
    const arena = createWasmArena();
    const landed = arena?.land(4096) ?? null;
    landed?.fill(7);
    const compiled = compileAutomaton(['errno'], [0], true);
    const wasm = arena?.adopt(compiled) ?? null;
    if (landed === null || wasm === null) throw new Error('no WebAssembly in this Node');
    expect(compiled.delta.buffer).not.toBe(landed.buffer);
    expect(compiled.delta.byteOffset).toBe(0);
    expect(landed[0]).toBe(7);
  });

  it('keeps reading its table after its memory grows for a longer text, and leaves huge texts to JavaScript', () => {
    const keywords = ['econnreset', 'connection reset by peer', 'errno'];
    const withWasm = createKeywordAutomaton(keywords, undefined, undefined, true);
    const withJs = createKeywordAutomaton(keywords, undefined, undefined, false);
    const line = 'read ECONNRESET; connection  reset by\tpeer errno 104\n';
    for (const text of [line.repeat(1500), line.repeat(100_000), line, line.repeat(1500)])
      expect(pairs(withWasm, text)).toEqual(pairs(withJs, text));
    const moved = compileAutomaton(['errno'], [0], true);
    expect(createWasmBytes(moved)?.room(MAX_TEXT + 1)).toBeNull();
  });
});
