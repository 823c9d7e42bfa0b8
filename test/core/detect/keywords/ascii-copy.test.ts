import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rootByte } from '../../../../src/core/detect/keywords/ascii-copy.js';

import { foldCode, normalizeKeyword } from '../../../../src/core/detect/keywords/match.js';
import { mayReadNumberBytes, mayReadNumberGated } from '../../../../src/core/detect/read-number.js';
import { ascii, blank, copy, NON_ASCII, otherWords, PIECES } from './ascii-copy-fixtures.js';
import { compileWords } from './automaton-fixtures.js';

describe('ASCII copy of a text with characters beyond ASCII', () => {
  it('copies a text without a keyword character beyond ASCII, each unit as the byte it folds to', () => {
    const text = `read → Connection\u00a0reset by peer ✓ can’t 😀 é${'.'.repeat(4096)}`;
    const bytes = new Uint8Array(text.length);
    expect(copy(text, bytes)).toBe('copied');
    const expected = [...text].flatMap((c) => {
      if (c === '😀') return [blank, blank];
      const code = c.charCodeAt(0);
      if (code < 128) return [code];
      return [c === '\u00a0' ? 32 : c === '’' ? 39 : blank];
    });
    expect([...bytes]).toEqual(expected);
    expect(copy('plain ASCII text'.repeat(300), new Uint8Array(4800))).toBe('ascii');
  });

  it('copies every unit of any text without such a character, wherever it falls in the words read four bytes at a time', () => {
    const held = new Set(otherWords.join(''));
    const pieces = PIECES.filter((p) => ![...p].some((c) => held.has(c.toLowerCase())));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }),
        fc.nat(9000),
        (parts, pad) => {
          const text = `${'.'.repeat(pad)}${parts.join('')}`;
          const bytes = new Uint8Array(text.length);
          const expected = Array.from({ length: text.length }, (_, i) => {
            const f = foldCode(text.charCodeAt(i));
            return text.charCodeAt(i) < 128 ? text.charCodeAt(i) : f < 128 ? f : blank;
          });
          expect(copy(text, bytes)).toBe(NON_ASCII.test(text) ? 'copied' : 'ascii');
          // As strings: a failing deep comparison of arrays this long takes minutes to print.
          expect(String.fromCharCode(...bytes)).toBe(String.fromCharCode(...expected));
        },
      ),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('copies a short text whose last character beyond ASCII ends inside a word of four bytes', () => {
    // A lone surrogate's UTF-8 is U+FFFD's: three bytes, then one ASCII byte short of the word's end.
    const bytes = new Uint8Array(5);
    expect(copy('...\ud83dx', bytes)).toBe('copied');
    expect([...bytes]).toEqual([46, 46, 46, blank, 120]);
  });

  it('leaves a text with a character of a keyword beyond ASCII to the other automaton', () => {
    const text = `${'a → b '.repeat(3000)}Verbindung zurückgesetzt`;
    expect(copy(text, new Uint8Array(text.length))).toBeNull();
  });

  it('finds a blank byte that leads every state back to the root, and none where keywords hold every byte', () => {
    expect(blank).toBeGreaterThan(0);
    const column = ascii.columnOf[blank] as number;
    for (let s = 0; s < ascii.stateCount; s++) expect(ascii.delta[(s << ascii.shift) | column]).toBe(0);
    const every = Array.from({ length: 127 }, (_, i) => String.fromCharCode(i + 1)).filter(
      (c) => normalizeKeyword(c) !== '',
    );
    const greedy = compileWords(every, true);
    expect(rootByte(greedy)).toBe(-1);
  });

  it('lets through, in the copy, every number a keyword may read in the text', () => {
    const after = fc.constantFrom(
      ' ',
      '：',
      '（',
      '［',
      '\u00a0',
      '１',
      '－',
      'Ａ',
      '→',
      '-',
      '7',
      'code',
      'x',
      '"',
    );
    fc.assert(
      fc.property(
        fc.array(after, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(1, 2, 4, 8),
        (parts, gate) => {
          const text = `error${parts.join('')} 42${' '.repeat(4096)}`;
          const bytes = new Uint8Array(text.length);
          expect(copy(text, bytes)).not.toBeNull();
          if (mayReadNumberGated(text, 5, gate))
            expect(mayReadNumberBytes(bytes, text.length, 5, gate)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
