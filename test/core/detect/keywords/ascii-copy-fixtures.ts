import { createAsciiCopier, rootByte } from '../../../../src/core/detect/keywords/ascii-copy.js';

import { normalizeKeyword } from '../../../../src/core/detect/keywords/match.js';
import { compileWords } from './automaton-fixtures.js';

/** Keywords of every kind for the copier's tests: ASCII ones, and ones beyond ASCII. */
export const KEYWORDS = [
  'connection reset by peer',
  'econnreset',
  'error',
  "can't connect",
  'os error',
  'zurückgesetzt',
  '连接被拒绝',
  'соединение',
];
export const NON_ASCII = /[^\0-\x7f]/;

export const normalized = KEYWORDS.map(normalizeKeyword);
const asciiWords = normalized.filter((w) => !NON_ASCII.test(w));
export const otherWords = normalized.filter((w) => NON_ASCII.test(w));
/** The ASCII automaton of `KEYWORDS`, its copier, and the byte that leads every state to its root. */
export const ascii = compileWords(asciiWords, true);
export const copy = createAsciiCopier(ascii, () => otherWords);
export const blank = rootByte(ascii);

/** Pieces of text: keywords and parts of them, separators, and characters beyond ASCII of every kind. */
export const PIECES = [
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
