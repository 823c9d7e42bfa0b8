import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAsciiCopier, rootByte } from '../../../../src/core/detect/keywords/ascii-copy.js';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';
import { compileAutomaton } from '../../../../src/core/detect/keywords/compile.js';
import { findKeywordStart, foldCode, normalizeKeyword } from '../../../../src/core/detect/keywords/match.js';
import { runUnits } from '../../../../src/core/detect/keywords/run-units.js';
import { createPairs } from '../../../../src/core/detect/keywords/streams.js';
import { mayReadNumberBytes, mayReadNumberGated } from '../../../../src/core/detect/read-number.js';

const KEYWORDS = [
  'connection reset by peer',
  'econnreset',
  'error',
  "can't connect",
  'os error',
  'zurückgesetzt',
  '连接被拒绝',
  'соединение',
];
const NON_ASCII = /[^\0-\x7f]/;

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

const normalized = KEYWORDS.map(normalizeKeyword);
const asciiWords = normalized.filter((w) => !NON_ASCII.test(w));
const otherWords = normalized.filter((w) => NON_ASCII.test(w));
const full = compileAutomaton(
  normalized,
  normalized.map((_, i) => i),
  false,
);

/** What the automaton of every keyword confirms, reading the text unit by unit: the reference. */
function byUnits(text: string): string[] {
  const hits = createPairs();
  runUnits(full, text, hits);
  return confirmed(text, hits.data, hits.length);
}

/** The ASCII automaton of `KEYWORDS`, its copier, and the byte that leads every state to its root. */
const ascii = compileAutomaton(
  asciiWords,
  asciiWords.map((_, i) => i),
  true,
);
const copy = createAsciiCopier(ascii, () => otherWords);
const blank = rootByte(ascii);

/** Pieces of text: keywords and parts of them, separators, and characters beyond ASCII of every kind. */
const PIECES = [
  'connection',
  'reset',
  'by',
  'peer',
  'econn',
  'ECONNRESET',
  'error',
  'Error 104',
  'os',
  "can't",
  'can’t', // a typographic apostrophe folds to ASCII
  'connect',
  ' ',
  '  ',
  '\n',
  ', ',
  ':',
  '\u00a0', // no-break space: a separator
  '\u3000', // ideographic space: a separator
  '：', // full-width colon: a separator
  '→',
  '✓',
  '…',
  '“',
  '😀', // a surrogate pair
  '\ud83d', // a lone surrogate
  'é',
  'Ａ', // full-width letters fold to themselves, not to ASCII
  '中', // CJK that no keyword holds
  'ü', // in `zurückgesetzt`: the text goes to the other automaton
  'zurück',
  'gesetzt',
  '连接',
  '被拒绝',
  'соединение',
];

/** A text of `PIECES`, repeated past 4,096 characters, where the automaton reads a copy of its bytes. */
const longText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((pieces) => {
  const unit = pieces.join('');
  return unit.repeat(Math.ceil(4200 / unit.length));
});

describe('ASCII copy of a text with characters beyond ASCII', () => {
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
    for (let s = 0; s < ascii.stateCount; s++) expect(ascii.delta[(s << 7) | blank]).toBe(0);
    const every = Array.from({ length: 127 }, (_, i) => String.fromCharCode(i + 1)).filter(
      (c) => normalizeKeyword(c) !== '',
    );
    const greedy = compileAutomaton(
      every,
      every.map((_, i) => i),
      true,
    );
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
