import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';
import { findKeywordStart, normalizeKeyword } from '../../../../src/core/detect/keywords/match.js';
import { gateOf, mayReadNumberBytes } from '../../../../src/core/detect/read-number.js';
import { KEYWORDS, PIECES } from './ascii-copy-fixtures.js';

const keys = KEYWORDS.map(normalizeKeyword);

/** The automaton's pairs of `text`, as `[keyword, end]`. */
function pairsOf(collect: (text: string) => { data: Int32Array; length: number }, text: string): number[][] {
  const { data, length } = collect(text);
  const pairs: number[][] = [];
  for (let i = 0; i < length; i += 2) pairs.push([data[i] as number, data[i + 1] as number]);
  return pairs;
}

/** The pairs a keyword is confirmed at: its characters end there, from a start inside the text. */
const confirmed = (text: string, pairs: number[][]) =>
  pairs.filter(([k, end]) => findKeywordStart(text, keys[k as number] as string, end as number) >= 0);

/** A long text of pieces: keywords, parts of them, separators, characters beyond ASCII. */
const longText = (ascii: boolean) =>
  fc
    .array(fc.constantFrom(...PIECES.filter((p) => !ascii || !/[^\0-\x7f]/.test(p))), {
      minLength: 3000,
      maxLength: 6000,
    })
    .map((pieces) => pieces.join(''));

describe('the pairs a long text shares with the last one read', () => {
  it('are the ones reading it whole confirms, wherever the next text starts inside the last', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((ascii) => longText(ascii)),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (whole, nextAt, lastEnd) => {
          const end = Math.floor(whole.length * lastEnd);
          const last = whole.slice(0, end);
          const next = whole.slice(Math.floor(end * nextAt));
          fc.pre(last.length >= 4096 && next.length >= 4096);
          const stream = createKeywordAutomaton(KEYWORDS);
          stream.collect(last);
          const carried = pairsOf(stream.collect, next);
          const fresh = pairsOf(createKeywordAutomaton(KEYWORDS).collect, next);
          expect(confirmed(next, carried)).toEqual(confirmed(next, fresh));
        },
      ),
      { numRuns: 150, endOnFailure: true },
    );
  });

  it('are taken over only where the next text starts inside the last and goes on past it', () => {
    const text = `${'econnreset and connection reset by peer, os error 104\n'.repeat(200)}x`;
    const automaton = createKeywordAutomaton(KEYWORDS);
    const whole = pairsOf(automaton.collect, text);
    // The same text again: read whole, the same pairs.
    expect(pairsOf(automaton.collect, text)).toEqual(whole);
    // A text that starts inside it: the pairs of reading it whole, those of its first part taken over.
    const next = `${text.slice(5000)}${'zurückgesetzt '.repeat(10)}`;
    const fresh = pairsOf(createKeywordAutomaton(KEYWORDS).collect, next);
    expect(confirmed(next, pairsOf(automaton.collect, next))).toEqual(confirmed(next, fresh));
  });

  it('keeps a quiet keyword at the end of the shared part, which the next text goes on to give a number', () => {
    // `error` is turned away while the automaton reads unless a number may follow (run-bytes.ts):
    // the last text ends right after it, the next goes on with `104`.
    const gates = Uint8Array.of(gateOf({ keyword: 'error', spaces: ['posix'] }), 0);
    const quiet = { gates, test: mayReadNumberBytes };
    const words = (n: number, w: string) =>
      Array.from({ length: n }, (_, i) => `${w}${i.toString(36)}`).join(' ');
    const last = `${words(2000, 'x')} os error`;
    const next = `${last.slice(1000)} 104 ${words(2000, 'y')}`;
    const automaton = createKeywordAutomaton(['error', 'econnreset'], undefined, quiet);
    const lastPairs = pairsOf(automaton.collect, last);
    expect(lastPairs).toEqual([]);
    const fresh = pairsOf(createKeywordAutomaton(['error', 'econnreset'], undefined, quiet).collect, next);
    expect(fresh).toEqual([[0, last.length - 1000]]);
    expect(pairsOf(automaton.collect, next)).toEqual(fresh);
  });
});
