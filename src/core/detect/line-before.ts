import { PATTERNS } from './patterns.js';

/** How far before a phrase its line is read (a rule's `requiresBefore`, `unlessBefore`). */
const REACH = 200;

/** How many spaces and tabs `text` has from `at`. */
function indentAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - at;
}

/** Does the line ending at `end` end with a colon (trailing white space aside)? */
function endsWithColon(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
  return i >= 0 && text.charCodeAt(i) === 58;
}

/**
 * The line's text before `start`, at most 200 characters, lower-cased, whitespace collapsed. A
 * line indented more than the one above it continues it (Java's `\tat` frames, Node's error
 * fields, Oracle's nested `TNS-` lines, a message wrapped under its first line), so the line above
 * is read too, and so on while the lines step back out. A line indented as the one above continues
 * it only when that one ends with a colon (a chain of errors wrapped after a separator:
 * Terraform's `    dial tcp: lookup …:` above `    no such host`, corpus c35-122). Any indented
 * line used to continue the one above: in a paste indented as a whole (Markdown's four spaces, a
 * chat's quote or a log viewer's prefix read as blank) every line did, and a `connect` on an
 * earlier line confirmed a timeout it had nothing to do with (`Connecting to (ADDRESS=…)` above
 * `TNS-12535: TNS:operation timed out`, corpus c7-049). A line above that starts before the 200
 * characters is taken as indented alike (its indentation is not read).
 */
export function lineBefore(text: string, start: number): string {
  const slice = text.slice(Math.max(0, start - REACH), start);
  let cut = slice.lastIndexOf('\n');
  let indent = indentAt(slice, cut + 1);
  while (cut >= 0 && indent > 0) {
    const above = cut > 0 ? slice.lastIndexOf('\n', cut - 1) : -1;
    const aboveIndent = above >= 0 || start <= REACH ? indentAt(slice, above + 1) : indent;
    if (aboveIndent > indent || (aboveIndent === indent && !endsWithColon(slice, cut))) break;
    cut = above;
    indent = aboveIndent;
  }
  return slice
    .slice(cut + 1)
    .replace(PATTERNS.whitespace, ' ')
    .toLowerCase();
}
