import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStart, stateAt } from '../../../../src/core/detect/keywords/cut-state.js';
import { normalizeKeyword } from '../../../../src/core/detect/keywords/match.js';
import { compileWords, stepOver } from './automaton-fixtures.js';

/** Keywords with spaces inside them, a CJK one (whose gaps skip whitespace), and ones ending in one. */
const KEYWORDS = ['connection reset by peer', 'os error', 'ab cd', '连接 被拒绝', 'x y', 'reset'].map(
  normalizeKeyword,
);
const ascii = KEYWORDS.filter((w) => !/[^\0-\x7f]/.test(w));
const byteAutomaton = compileWords(ascii, true);
const unitAutomaton = compileWords(KEYWORDS, false);

/** Runs of separators: one character, a pair, a quad, or a mix, short or far longer than any keyword. */
const run = fc
  .tuple(fc.constantFrom(' ', '\n', '\r\n', '\t', ' ,', ', :;', ' \t \n'), fc.integer({ min: 1, max: 700 }))
  .map(([unit, times]) => unit.repeat(times));
/** A keyword whose space is a run, words of keywords, and runs whose words repeat with letters in them. */
const piece = (cjk: boolean) =>
  fc.oneof(
    run,
    run.chain((r) =>
      fc.constantFrom(`ab${r}cd`, `x${r}y`, `os${r}error`, cjk ? `连接${r}被拒绝` : `reset${r}by`),
    ),
    fc.constantFrom('connection', 'reset', 'by', 'peer', 'os', 'error', 'ab', 'cd', 'x', 'y', 'q', 'a'),
    fc
      .constantFrom('ab  ', 'x ', 'q,', ' y\t\n')
      .chain((unit) => fc.integer({ min: 1, max: 300 }).map((n) => unit.repeat(n))),
    fc.constantFrom(...(cjk ? ['连接', '被拒绝', '连', '拒'] : ['z'])),
  );
const text = (cjk: boolean) =>
  fc.array(piece(cjk), { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

/**
 * A cut: at a share of the text, or (as often) where a run ends or goes on, so that what stands
 * right before a long run decides the state.
 */
const cutIn = (t: string, share: number, nearRun: boolean) => {
  const at = Math.floor(t.length * share);
  if (!nearRun) return at;
  const ends = [...t.matchAll(/[ \t\n\r,:;]+/g)].map((m) => (m.index ?? 0) + Math.ceil(m[0].length * share));
  return ends.length === 0 ? at : (ends[Math.floor(share * ends.length) % ends.length] as number);
};

describe('the state at a cut', () => {
  it('is where a run of separators leaves the automaton: where its first separator did', () => {
    for (const a of [byteAutomaton, unitAutomaton]) {
      const space = a.columnOf[32] as number;
      for (let state = 0; state < a.out.length; state++) {
        const after = a.delta[(state << a.shift) | space] as number;
        expect(a.delta[(after << a.shift) | space]).toBe(after);
      }
    }
  });

  it('is the state one pass from the floor reaches, in bytes at any alignment', () => {
    fc.assert(
      fc.property(
        text(false),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (t, offset, atShare, floorShare, nearRun) => {
          const buffer = new Uint8Array(t.length + 8);
          const bytes = buffer.subarray(offset, offset + t.length);
          new TextEncoder().encodeInto(t, bytes);
          const at = cutIn(t, atShare, nearRun);
          const floor = Math.floor(at * floorShare);
          const expected = stepOver(byteAutomaton, (i) => bytes[i] as number, floor, at);
          expect(stateAt(byteAutomaton, bytes, null, at, floor)).toBe(expected);
        },
      ),
      { numRuns: 2000, endOnFailure: true },
    );
  });

  it('is the state one pass from the floor reaches, in code units', () => {
    fc.assert(
      fc.property(
        text(true),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (t, atShare, floorShare, nearRun) => {
          const at = cutIn(t, atShare, nearRun);
          const floor = Math.floor(at * floorShare);
          const expected = stepOver(unitAutomaton, (i) => t.charCodeAt(i), floor, at);
          expect(stateAt(unitAutomaton, new Uint8Array(0), t, at, floor)).toBe(expected);
        },
      ),
      { numRuns: 2000, endOnFailure: true },
    );
  });

  it('finds where a long run begins, and never past a character that is no separator', () => {
    const body = `ab${' '.repeat(1001)}`;
    const bytes = new TextEncoder().encode(body);
    expect(runStart(byteAutomaton, bytes, null, bytes.length, 0)).toBe(2);
    expect(runStart(byteAutomaton, bytes, null, bytes.length, 500)).toBe(500);
    expect(runStart(unitAutomaton, new Uint8Array(0), body, body.length, 0)).toBe(2);
    // A run whose words repeat but for one byte near its start.
    const mixed = `cd${' '.repeat(5)}\t${' '.repeat(600)}`;
    expect(runStart(byteAutomaton, new TextEncoder().encode(mixed), null, mixed.length, 0)).toBe(2);
    expect(runStart(unitAutomaton, new Uint8Array(0), mixed, mixed.length, 0)).toBe(2);
    // Code units passed over a probe at a time, the last probe ending right at the run's start.
    const probed = `ab${' '.repeat(16 + 256)}`;
    expect(runStart(unitAutomaton, new Uint8Array(0), probed, probed.length, 0)).toBe(2);
    // Words that repeat with letters in them, right before a run of 17: only the run is passed over.
    const words = `${'ab  '.repeat(8)}${' '.repeat(15)}`;
    expect(runStart(byteAutomaton, new TextEncoder().encode(words), null, words.length, 0)).toBe(30);
  });
});
