import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayReadNumberBytes, mayReadNumberGated } from '../../../src/core/detect/read-number.js';
import { highIds } from '../../helpers/detect.js';

/**
 * What follows `error` and its kin in logs and pastes, so random texts reach every branch: a line
 * break (a wrap's, or before a log's next record and its time) too.
 */
const PIECES = [
  'error',
  ' ',
  '\t',
  '\n',
  '\r',
  ':',
  '=',
  '#',
  '(',
  ')',
  '[',
  '"',
  "'",
  '`',
  '-',
  '104',
  '2025-03-17',
  '10:51',
  '0x274d',
  'ab',
  'code',
  'Code',
  'cod',
  'No.',
  'no',
  'returned',
  'was',
  'is',
  'it',
  'C',
  'n',
  'x',
  ';',
];

describe('mayReadNumberBytes', () => {
  it('answers as mayReadNumberGated does, for every ASCII text, position and set of gates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const bytes = new TextEncoder().encode(`${text}error 1`);
        for (let end = 0; end <= text.length; end++)
          for (let gates = 1; gates < 16; gates++)
            expect(mayReadNumberBytes(bytes, text.length, end, gates)).toBe(
              mayReadNumberGated(text, end, gates),
            );
      }),
    );
  });

  it('reads no byte past the length it is given', () => {
    const bytes = new TextEncoder().encode('error 10054');
    expect(mayReadNumberBytes(bytes, 6, 5, 8)).toBe(false);
    expect(mayReadNumberBytes(bytes, 7, 5, 8)).toBe(true);
  });
});

describe('numbers after a keyword', () => {
  it('are read when a chat message wraps them in inline code', () => {
    expect(highIds('I keep getting socket error `10054` from the server')).toEqual(['10054']);
    expect(highIds('`[E][WiFiClient.cpp:74]` connect(): lwip_connect_r: `113`')).toEqual(['10053']);
  });
});
