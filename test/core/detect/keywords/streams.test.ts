import { describe, expect, it } from 'vitest';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';
import { compileAutomaton } from '../../../../src/core/detect/keywords/compile.js';
import { cutPoints, startStates } from '../../../../src/core/detect/keywords/streams.js';

const KEYWORDS = ['abcde', 'bc', 'fg', 'zz'];
/**
 * `#` is the one character no keyword holds, and it stands only at offsets 8k: a cut must follow
 * it (offset 8k + 1), no 4-byte boundary does, and `abcde` runs across the boundary after it.
 */
const UNIT = '#abcdefg';
const TEXT = UNIT.repeat(20_000);

describe('cutting a long text into four streams', () => {
  it('cuts on 4-byte boundaries even where the characters no keyword holds stand between them', () => {
    const a = compileAutomaton(KEYWORDS, [0, 1, 2, 3], true);
    const bytes = new TextEncoder().encode(TEXT);
    const starts = cutPoints(a, bytes.length, bytes, null);
    expect(starts).toHaveLength(4);
    for (const start of starts) expect(start % 4).toBe(0);
    // Each stream starts in the state `abc` leads to from the root: the bytes between the cut's `#`
    // and the boundary.
    const afterAbc = compileAutomatonStep(a, 'abc');
    expect([...startStates.subarray(1)]).toEqual([afterAbc, afterAbc, afterAbc]);
  });

  it('reports once, in order, keywords that end between a cut and the boundary its stream starts on, or run across it', () => {
    const automaton = createKeywordAutomaton(KEYWORDS);
    const pairs = (text: string) => {
      const { data, length } = automaton.collect(text);
      return [...data.subarray(0, length)];
    };
    // One short text per unit (read as one stream), offsets shifted: what the long text must report.
    const one = pairs(UNIT);
    const expected: number[] = [];
    for (let base = 0; base < TEXT.length; base += UNIT.length)
      for (let i = 0; i < one.length; i += 2) expected.push(one[i] as number, base + (one[i + 1] as number));
    expect(pairs(TEXT)).toEqual(expected);
    // Read as code units (a non-ASCII character at the end), the same.
    expect(pairs(`${TEXT}é`)).toEqual(expected);
  });
});

/** The state a byte automaton reaches over `text` from its root. */
function compileAutomatonStep(a: ReturnType<typeof compileAutomaton>, text: string): number {
  let state = 0;
  for (const c of text) state = a.delta[(state << 7) | c.charCodeAt(0)] as number;
  return state;
}
