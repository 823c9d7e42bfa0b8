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
 * Does a break between `a` and `b` (then `c`) split one token where wrapping between words never
 * breaks: two digits (`#20` / `02`), a path's or a symbol's joiner (`i/` / `o timeout`, `ERR` /
 * `_CONNECTION_REFUSED`), a dot or a colon before a digit (`10.96.0.` / `1:443`), or a host name's
 * dot or hyphen starting the line (`prod` / `-dc-consul`, `nektosact` / `.com`)?
 */
export function splitsToken(a: number, b: number, c: number): boolean {
  if (isDigit(a) && isDigit(b)) return true;
  if (isJoiner(a) || isJoiner(b)) return isTokenCode(a) && isTokenCode(b);
  if ((a === 46 || a === 58) && isDigit(b)) return true;
  return (b === 46 || b === 45) && isTokenCode(a) && isTokenCode(c) && !isJoiner(c);
}
