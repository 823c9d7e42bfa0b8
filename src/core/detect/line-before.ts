import { lineEndAt } from './ascii.js';
import { WIDTHS } from './console-wraps.js';
import { indentAt } from './indent-at.js';
import { PATTERNS } from './patterns.js';
import { breaksLine, isMendedConsoleLine } from './wrap-break.js';

/** How far before a phrase its line is read (a rule's `requiresBefore`, `unlessBefore`). */
const REACH = 200;

/** Does the line ending at `end` end with a colon (trailing white space aside)? */
function endsWithColon(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
  return i >= 0 && text.charCodeAt(i) === 58;
}

/** The longest line above a mended one: two of the widest console's lines (its own and the word moved up). */
const MENDED_REACH = 2 * Math.max(...WIDTHS);

/**
 * Is the line after the break at `above` (`width` long, starting with one space) the rest of a console's
 * line whose broken word was moved up to the line above it (console-wraps.ts)? Read from the two widths,
 * in the whole text: the line above, longer than a console's by the word moved up, may start more than
 * 200 characters before the phrase (`…github.com/%21river…mod":` above ` dial tcp: lookup goproxy.cn `,
 * corpus c16-083 at 80 columns), or be the text's first.
 */
function isMendedAt(text: string, above: number, width: number): boolean {
  if (above <= 0) return false;
  let start = above - 1;
  while (start >= 0 && above - start <= MENDED_REACH + 1 && text.charCodeAt(start) !== 10) start--;
  if (start >= 0 && text.charCodeAt(start) !== 10) return false;
  return isMendedConsoleLine(lineEndAt(text, above, start + 1) - start - 1, width);
}

/**
 * Where the line break before `at` is (-1 at the text's start), looked for at most REACH further back;
 * null if farther. The line above a phrase's is read for its indentation and width: the blanks a
 * viewer's prefix or a paste's margin puts before every line (31 of journalctl's) took it out of the
 * phrase's reach, and a wrapped line's rest under it (`…dial tcp: lookup` / ` logs.example.com on
 * 127.0.0.11:53: … i/o timeout`) was then no longer read with it.
 */
function breakBefore(text: string, at: number): number | null {
  for (let i = at - 1; i >= 0 && at - i <= REACH; i--) if (text.charCodeAt(i) === 10) return i;
  return at <= REACH ? -1 : null;
}

/**
 * The line's text before `start`, at most 200 characters, lower-cased, whitespace collapsed. A
 * line that starts with whitespace continues the one above (Java's `\tat` frames, Node's error
 * fields, Oracle's nested `TNS-` lines, a message wrapped under its first line, a break before a
 * space), so the line above is read too, and so on up while lines start with whitespace. Not a
 * line indented as the one above by two or more (a paste indented as a whole: Markdown's four
 * spaces, a chat's quote or a log viewer's prefix read as blank): every line of such a paste
 * continued the one above, and a `connect` on an earlier line confirmed a timeout it had nothing
 * to do with (`Connecting to (ADDRESS=…)` above `TNS-12535: TNS:operation timed out`, corpus c7-049
 * indented). One space is left as a continuation: it is what a console's or a viewer's wrap leaves
 * before a line's rest. A line under one that ends with a colon continues it however both start: a
 * chain of errors wrapped after a separator (Terraform's `    dial tcp: lookup …:` above `    no
 * such host`, corpus c35-122; a mailer's or an editor's wrap of `…dial tcp 10.0.0.5:6443:` above
 * `i/o timeout`).
 * A line a wrap broke (`breaksLine`: a console at exactly its width, or a wrap between words) continues
 * into the line under it however that one starts: the console broke `…dial tcp 10.0.0.5:443: i/` above
 * `o timeout`, or a mailer, an editor or `fold -s` wrapped `…dial tcp: lookup api.example.com on` above
 * `10.192.64.1:53: no such host` where no colon ends the line; the phrase's `dial tcp` or `lookup` was
 * on the line above. A log's own lines rarely pass: its next line starts with its time.
 * A line above that starts more than 200 characters before those is taken as indented alike. `tagged`: the
 * text's lines stood under a syslog tag (layout.ts), whose colon, read as blank, is put back before them.
 */
export function lineBefore(text: string, start: number, tagged = false): string {
  const from = Math.max(0, start - REACH);
  const slice = text.slice(from, start);
  let cut = slice.lastIndexOf('\n');
  let indent = indentAt(slice, cut + 1);
  while (cut >= 0) {
    const above = cut > 0 ? slice.lastIndexOf('\n', cut - 1) : -1;
    const aboveAt = above >= 0 || from === 0 ? from + above : breakBefore(text, from);
    const known = aboveAt !== null;
    const width = from + lineEndAt(slice, cut) - (aboveAt ?? from - 1) - 1;
    const aboveIndent = known ? indentAt(text, aboveAt + 1) : indent;
    if (known && width > 0 && aboveIndent >= width) {
      // A line of blanks (a record's rest read as blank) is passed over: the lines around it are compared.
      cut = above;
      continue;
    }
    // The whole text, not the slice: the first word under the line may be the phrase itself.
    const wrapped =
      breaksLine(text, from + cut, width) || (known && aboveIndent === 1 && isMendedAt(text, aboveAt, width));
    if (!(known && wrapped)) {
      if (!endsWithColon(slice, cut) && (indent === 0 || (indent > 1 && aboveIndent === indent))) break;
    }
    cut = above;
    indent = aboveIndent;
  }
  const line = conditionText(slice.slice(cut + 1));
  // The tag's colon, read as blank with its prefix (line-prefixes.ts), stood at the line's start.
  return tagged && (cut >= 0 || from === 0) ? `:${line}` : line;
}

/**
 * A text a rule's condition is looked for in: lower-cased, whitespace collapsed, and no run of
 * three or more blanks inside brackets or before a colon or a comma. A colour code read as spaces
 * (a string literal's `\u001b[31m` once its escape is read, or one past the budget of what
 * invisible.ts takes out; three characters at least, `ESC[m`) puts one where none was printed (`[ESC[31mERRORESC[0m]`
 * reads `[     ERROR    ]`, `ESC[31mErrorESC[0m:` reads `     Error    :`), and the rule's
 * `[ERROR]` or `Error: ` read nothing in a coloured log. A printed space stays (Go's `lookup :`).
 */
export function conditionText(text: string): string {
  // Most lines have no three blanks in a row: one native search, and no regex runs.
  const closed = text.includes('   ') ? text.replace(PATTERNS.colourGap, '$1') : text;
  return closed.replace(PATTERNS.whitespace, ' ').toLowerCase();
}
