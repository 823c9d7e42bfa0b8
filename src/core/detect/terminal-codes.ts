import { changeHead } from './change-head.js';
import { PATTERNS } from './patterns.js';

/** The escape character (ESC) that starts every terminal control sequence. */
const ESC = '\u001b';

/**
 * The text with every terminal control sequence (colours, erasing, titles) replaced by as many
 * spaces: a log written for a terminal (`kubectl logs` of a coloured app, a CI job's raw log,
 * a Docker container's output) puts `ESC[31m` right before a symbol (`ESC[31mWSAECONNRESET`,
 * which then reads as a word ending in `m`) and between a message and its number. Detection takes
 * the codes out before it reads a text (invisible.ts); these are the ones left past that budget.
 * The length stays the same, so every offset into the text stays true. A text with no ESC
 * (nearly every text) is returned as it is, after one native search.
 */
export function maskTerminalCodes(text: string): string {
  if (text.indexOf(ESC) < 0) return text;
  return text.replace(PATTERNS.terminalCode, (code) => ' '.repeat(code.length));
}

/**
 * The text with what is left of every colour code whose ESC was lost, in its first `end`
 * characters, as as many spaces (detection takes them out before it reads a text, invisible.ts,
 * but for a string literal's `\u001b[31m`, whose escape is read first): a log copied from a web page (GitHub's or a CI's raw log, a
 * browser) keeps `[31mERROR[0m` without the ESC byte, or with U+FFFD or `^[` in its place
 * (actions/zeit-now#6, cli/cli#13434, whamcloud/integrated-manager-for-lustre#1736), and a string
 * literal keeps it escaped (`\u001b[31m`, Docker's json-file log). Left in, `[31mWSAECONNRESET`
 * is one word and `[0;31mERROR` no level. A paste's form, not a program's log (see `COPY_LIMIT`
 * in copied-text.ts), so only the first `end` characters are searched. Nothing else is
 * changed, so applying it again changes nothing and a text read piece by piece is read as the
 * whole: every match ends with its `m` and needs nothing after it.
 */
export function maskColourRemnants(text: string, end = text.length): string {
  return changeHead(text, end, (head) =>
    mayHoldRemnant(head) ? head.replace(PATTERNS.colourRemnant, (code) => ' '.repeat(code.length)) : head,
  );
}

/**
 * Is there a `[` followed by a digit, digits and semicolons, and an `m`? Every remnant has one. A
 * native search from one `[` to the next: a regex search read a log's first 256 KiB character by
 * character, 1 % of a long log's detection (its lines hold thousands of `[`).
 */
export function mayHoldRemnant(text: string): boolean {
  for (let at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
    let i = at + 1;
    while (i - at <= 20 && isDigitOrSemicolon(text.charCodeAt(i))) i++;
    if (i > at + 1 && text.charCodeAt(i) === 109) return true;
  }
  return false;
}

/** A digit or a semicolon: what a colour code's numbers are written with. */
export const isDigitOrSemicolon = (code: number) => (code >= 48 && code <= 57) || code === 59;
