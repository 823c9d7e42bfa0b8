/**
 * A code quoted as an element of an array literal in pasted code or configuration: `["ECONNRESET",
 * "EPIPE", "ETIMEDOUT"]`, `retryOn: ['ECONNRESET','ETIMEDOUT']`. A list of what a program handles
 * names errors, none of which happened (corpus c134-037, got's errorCodes; c234-064, the AWS SDK's
 * NODEJS_TIMEOUT_ERROR_CODES). A runtime prints the code it met as a property (`code: 'ECONNRESET',`,
 * `"code":"ECONNRESET"`) or in a tuple (`(104, 'ECONNRESET')`), never between `[` or `,` and `,` or `]`.
 */

const SINGLE = 39;
const DOUBLE = 34;
/** How far past white space (an array printed one element a line, indented) the bracket or comma may be. */
const REACH = 40;

const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** The first character that is not white space from `i` stepping by `step`, within REACH; '' if none. */
function nextVisible(text: string, i: number, step: 1 | -1): string {
  for (let n = 0; n < REACH && i >= 0 && i < text.length; n++, i += step) {
    if (!isBlank(text.charCodeAt(i))) return text[i] as string;
  }
  return '';
}

/** Is the symbol at `[start, end)` of `text` a quoted element of an array literal? */
export function isListedCode(text: string, start: number, end: number): boolean {
  const quote = start > 0 ? text.charCodeAt(start - 1) : 0;
  // Backquotes are left out: prose lists codes in them (`ECONNRESET`, `ETIMEDOUT`) as names it means.
  if ((quote !== SINGLE && quote !== DOUBLE) || text.charCodeAt(end) !== quote) return false;
  const before = nextVisible(text, start - 2, -1);
  const after = nextVisible(text, end + 1, 1);
  return (before === '[' || before === ',') && (after === ',' || after === ']');
}
