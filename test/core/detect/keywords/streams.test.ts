import { describe, expect, it } from 'vitest';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';
import { compileAutomaton } from '../../../../src/core/detect/keywords/compile.js';
import { cutPoints, startStates } from '../../../../src/core/detect/keywords/streams.js';
import { stepOver } from './automaton-fixtures.js';

const KEYWORDS = ['abcde', 'bc', 'fg', 'zz'];
/** Every character of it is in some keyword: no cut can follow one where the automaton is at its root. */
const UNIT = 'abcdefg';
const TEXT = UNIT.repeat(20_000);

/** The keyword pairs one automaton of `keywords` collects over `text`. */
function pairsOf(keywords: string[]) {
  const automaton = createKeywordAutomaton(keywords);
  return (text: string) => {
    const { data, length } = automaton.collect(text);
    return [...data.subarray(0, length)];
  };
}

/** What a text made of `unit` repeated must report: `unit`'s pairs (one stream), offsets shifted. */
function repeatedPairs(pairs: (text: string) => number[], unit: string, text: string): number[] {
  const one = pairs(unit);
  const expected: number[] = [];
  for (let base = 0; base < text.length; base += unit.length)
    for (let i = 0; i < one.length; i += 2) expected.push(one[i] as number, base + (one[i + 1] as number));
  return expected;
}

describe('cutting a long text into four streams', () => {
  it('cuts at the even splits, on 4-byte boundaries, each stream in the state one pass is in there', () => {
    const a = compileAutomaton(KEYWORDS, [0, 1, 2, 3], true);
    const bytes = new TextEncoder().encode(TEXT);
    const starts = cutPoints(a, bytes.length, bytes, null);
    expect(starts).toHaveLength(4);
    for (const [s, start] of starts.entries()) {
      expect(start % 4).toBe(0);
      expect(Math.abs(start - (bytes.length * s) / 4)).toBeLessThan(4);
      expect(startStates[s]).toBe(stepOver(a, (i) => TEXT.charCodeAt(i), 0, start));
    }
    // Not all at the root: the test would not tell a wrong start state otherwise.
    expect([...startStates.subarray(1)].some((state) => state !== 0)).toBe(true);
  });

  it('reports once, in order, what one pass reports, though no character of the text is outside the keywords', () => {
    const pairs = pairsOf(KEYWORDS);
    const expected = repeatedPairs(pairs, UNIT, TEXT);
    expect(pairs(TEXT)).toEqual(expected);
    // Read as code units (a non-ASCII character at the end), the same.
    expect(pairs(`${TEXT}é`)).toEqual(expected);
  });

  it('finds a keyword whose space stands for a run of separators longer than any keyword, across a cut', () => {
    // `ab cd` matches `ab`, any run of spaces, `cd`; the first and the last cut fall inside a run.
    const pairs = pairsOf(['ab cd', 'zz']);
    const unit = `ab${' '.repeat(30_000)}cd`;
    const text = unit.repeat(2);
    const expected = repeatedPairs(pairs, unit, text);
    expect(expected).toHaveLength(4);
    expect(pairs(text)).toEqual(expected);
    expect(pairs(`${text}é`)).toEqual(expected);
  });
});
