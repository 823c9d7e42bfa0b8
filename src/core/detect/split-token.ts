import { isLetterCode } from './vocabulary.js';

/*
 * Where a console's break falls inside a token (a path, a host, a symbol, a number) that a wrap
 * between words never splits, so the break is taken for a console's without a known word
 * (console-wraps.ts).
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
/** `/`, `\` and `_`: inside a path, a URL or a symbol (`i/o`, `ERR_CONNECTION_REFUSED`). */
const isJoiner = (c: number) => c === 47 || c === 92 || c === 95;
const isTokenCode = (c: number) => isLetterCode(c) || isDigit(c) || isJoiner(c);
/**
 * `,` `;` `.` `)` `]`: what ends a word and stays with it when text is wrapped between words. Not `:`,
 * which a journal's prefix, read as blanks, leaves at each line's start (line-prefixes.ts).
 */
const isClosing = (c: number) => c === 44 || c === 59 || c === 46 || c === 41 || c === 93;

/**
 * Does a break between `a` and `b` (then `c`) split one token where wrapping between words never
 * breaks: a path's or a symbol's joiner (`i/` / `o timeout`, `ERR` / `_CONNECTION_REFUSED`), or a
 * host name's dot or hyphen starting the line (`prod` / `-dc-consul`, `nektosact` / `.com`)? Not
 * before a digit: a log's next record starts with its timestamp, under a line that may end in a
 * number or a full stop at exactly 80 columns (`…code 1062` / `2025-03-19T…`). But before the
 * punctuation that ends a word, then a blank (`…servname provided` / `, or not known`, `…refused` /
 * `. Retrying`), or right after an opening bracket (`…socket address (` / `protocol/network address/port)`):
 * a wrap between words keeps those with their word, so only a console leaves them apart.
 */
export function splitsToken(a: number, b: number, c: number): boolean {
  if (isDigit(b)) return false;
  if (isClosing(b) && (Number.isNaN(c) || c === 32 || c === 9 || c === 13 || c === 10))
    return isTokenCode(a) || a === 34 || a === 39 || a === 41 || a === 93;
  if (a === 40 || a === 91) return isTokenCode(b);
  if (isJoiner(a) || isJoiner(b)) return isTokenCode(a) && isTokenCode(b);
  return (b === 46 || b === 45) && isTokenCode(a) && isTokenCode(c) && !isJoiner(c);
}
