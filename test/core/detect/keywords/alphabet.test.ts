import { describe, expect, it } from 'vitest';
import { byteAlphabet } from '../../../../src/core/detect/keywords/alphabet.js';

import { foldCode } from '../../../../src/core/detect/keywords/match.js';
import { compileWords } from './automaton-fixtures.js';

describe('the byte alphabet', () => {
  const words = ['econnreset', 'connection reset', 'errno 104', 'read:'];

  it('gives bytes that fold alike one column, and every byte no keyword holds column 0', () => {
    const { columnOf } = byteAlphabet(words.map((w) => w.replace(':', ' ')));
    const held = new Set(words.join('').replace(':', ' '));
    for (let b = 0; b < 256; b++) {
      const column = columnOf[b] as number;
      if (b >= 128) expect(column).toBe(0);
      else if (held.has(String.fromCharCode(foldCode(b)))) expect(column).toBeGreaterThan(0);
      else expect(column).toBe(0);
      if (b < 128) expect(column).toBe(columnOf[foldCode(b)]);
    }
    // Tab, line breaks, `,` `;` `:` and the space are one column: the space's.
    for (const c of '\t\n\r,;: ') expect(columnOf[c.charCodeAt(0)]).toBe(1);
    expect(columnOf['E'.charCodeAt(0)]).toBe(columnOf['e'.charCodeAt(0)]);
  });

  it('makes rows as narrow as the keywords allow', () => {
    // e c o n r s t i a d 1 0 4 and the space, with column 0: 15 columns, rows of 16.
    expect(byteAlphabet(words.map((w) => w.replace(':', ' '))).alphabet.shift).toBe(4);
    expect(byteAlphabet(['abc']).alphabet.shift).toBe(3);
    const manyCharacters = [Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('')];
    expect(byteAlphabet(manyCharacters.map((w) => w.toLowerCase())).alphabet.shift).toBe(7);
  });

  it('refuses a keyword beyond ASCII, which the byte automaton could never read', () => {
    expect(() => byteAlphabet(['grüße'])).toThrow(/U\+fc/);
  });

  it('steps every state to the same state on bytes of one column', () => {
    const a = compileWords(words, true);
    for (let s = 0; s < a.stateCount; s++) {
      const row = s << a.shift;
      expect(a.delta[row + (a.columnOf[0x41] as number)]).toBe(a.delta[row + (a.columnOf[0x61] as number)]);
      expect(a.delta[row + (a.columnOf[0x7e] as number)]).toBe(0);
    }
  });
});
