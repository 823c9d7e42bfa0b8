import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';

import { findKeywordStart, normalizeKeyword } from '../../../../src/core/detect/keywords/match.js';
import { runUnits } from '../../../../src/core/detect/keywords/run-units.js';
import { createPairs } from '../../../../src/core/detect/keywords/streams.js';
import { KEYWORDS, normalized, PIECES } from './ascii-copy-fixtures.js';
import { compileWords } from './automaton-fixtures.js';

/** Every confirmed (keyword, end) of a candidate list, in order. */
function confirmed(text: string, data: Int32Array, length: number): string[] {
  const found: string[] = [];
  for (let i = 0; i < length; i += 2) {
    const key = normalizeKeyword(KEYWORDS[data[i] as number] as string);
    const end = data[i + 1] as number;
    if (findKeywordStart(text, key, end) >= 0) found.push(`${key}@${end}`);
  }
  return found;
}

const full = compileWords(normalized, false);

/** What the automaton of every keyword confirms, reading the text unit by unit: the reference. */
function byUnits(text: string): string[] {
  const hits = createPairs();
  runUnits(full, text, hits);
  return confirmed(text, hits.data, hits.length);
}

/** A text of `PIECES`, repeated past 4,096 characters, where the automaton reads a copy of its bytes. */
const longText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((pieces) => {
  const unit = pieces.join('');
  return unit.repeat(Math.ceil(4200 / unit.length));
});

describe('the candidates of a text read through an ASCII copy', () => {
  it('confirms exactly what the automaton of every keyword confirms, unit by unit', () => {
    const automaton = createKeywordAutomaton(KEYWORDS);
    fc.assert(
      fc.property(longText, (text) => {
        const { data, length } = automaton.collect(text);
        expect(confirmed(text, data, length)).toEqual(byUnits(text));
      }),
      // No shrinking: each case is a long text, and a failure is clear from the first one.
      { numRuns: 500, endOnFailure: true },
    );
  });

  it('confirms in a short text (a chat message) what the automaton of every keyword confirms', () => {
    const automaton = createKeywordAutomaton(KEYWORDS);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const { data, length } = automaton.collect(text);
        expect(confirmed(text, data, length)).toEqual(byUnits(text));
      }),
      { numRuns: 1000, endOnFailure: true },
    );
  });
});
