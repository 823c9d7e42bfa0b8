import { UNWRAP_LIMIT } from './console-wraps.js';
import { indentAt } from './indent-at.js';
import { PATTERNS } from './patterns.js';

/**
 * What a log viewer or a chat puts before every line of a paste, read as the blank it stands for:
 * `docker compose logs`' service column (`api-1  | `), `kubectl logs --prefix`'s pod
 * (`[pod/api-7d9f/api] `), a process manager's name (concurrently's `[api] ` or `[1] `), the
 * nanosecond time of GitHub Actions' raw logs, `docker logs -t` and `kubectl logs --timestamps`
 * (`2026-01-05T10:00:00.1234567Z `), a chat's quote (`> `), journalctl's and syslog's time, host and
 * tag (`Dec 06 10:00:00 host app[123]: `, its colon read apart: `hasTaggedPrefix`), up to three of them on one line (a CI
 * log's time before Compose's column), and Docker's json-file record where invisible.ts left it (past its
 * budget: `{"log":"` before a line, and the rest of the record, which the line's `\n` breaks onto a
 * line of its own once escapes are read). Left as they are, they stand in the middle of a message a
 * runtime wrapped onto two lines (`…did not properly respond after a period of time, or` / `api-1  |
 * established connection failed…`), which was then read in part or not at all. Each is replaced by
 * as many spaces: every offset into the text stays true. A stream hands the triage its text with
 * them as given (stream.ts): a log's records are read by its timestamps, as in the whole text.
 * A viewer puts its prefix on every line and a chat quotes the paste's lines after a sentence or
 * two, so the text's first eight lines decide (`hasLinePrefix`, layout.ts; a stream waits until it
 * has them whole); then lines are read in its first 256 KiB only, as console breaks are mended
 * (console-wraps.ts): a log a program wrote to a file has no viewer's prefix, and testing every line
 * of one cost its detection several per cent. Each line start is tested where a line break (or, for
 * the whole text, its start) shows it, so a text read piece by piece is read as the whole one.
 */

/** How many prefixes one line may carry, one after the other (Compose's column before a quote in a quote). */
const STACKED = 3;

/** How much indentation a prefix may stand after: a paste indented as a whole (Markdown's code block). */
const MAX_INDENT = 8;

/**
 * The prefix of the line that starts at `start`, if it has one (never past the line's end), with the
 * indentation before it: a journalctl paste indented as Markdown's code keeps its time, host and tag.
 */
function prefixAt(text: string, start: number): string | null {
  const at = start + indentAt(text, start, MAX_INDENT);
  PATTERNS.linePrefix.lastIndex = at;
  const prefix = PATTERNS.linePrefix.exec(text)?.[0];
  if (prefix === undefined || PATTERNS.logLevel.test(prefix)) return null;
  return at === start ? prefix : text.slice(start, at) + prefix;
}

/** Does one of the lines starting at `starts` (a text's first lines: layout.ts) start with a prefix? */
export function hasLinePrefix(text: string, starts: readonly number[]): boolean {
  return starts.some((start) => prefixAt(text, start) !== null);
}

/**
 * Do the text's first lines (`starts`) carry a syslog tag (`named[445]: `), its prefix ending with the
 * tag's colon? Read as blanks like any other, its colon no longer stands before the message: a rule that
 * asks for one there reads it from this (line-before.ts: BIND's `network unreachable resolving` is
 * named's only after its tag, else prose). Kept in the text, the colon stood between a message and
 * its rest wrapped onto the next line (`Can't connect to MySQL` / `server on '127.0.0.1' (10061)`,
 * `"Connection` / `refused by host"`), and at the start of every line it left the text no margin
 * for a console's width to count after: both were then read in part or not at all.
 */
export function hasTaggedPrefix(text: string, starts: readonly number[]): boolean {
  return starts.some((start) => {
    // Stacked as they are masked: a syslog under Compose's column (`api-1  | Feb 02 … named[445]: `).
    for (let at = start, n = 0; n < STACKED; n++) {
      const prefix = prefixAt(text, at);
      if (prefix === null) return false;
      if (prefix.endsWith(': ')) return true;
      at += prefix.length;
    }
    return false;
  });
}

/**
 * Are a text's records read in its mended text (`mended`), rather than in the copy with a viewer's
 * prefixes as given (`copied`)? When no prefix was masked (`masked` is the copy: the two are one),
 * or when a mended console break moved text within its lines, so the copy's offsets no longer hold
 * and the records read the prefixes as blanks too. The whole text and a stream's steps both ask.
 */
export function readsRecordsMended(copied: string, masked: string, mended: string): boolean {
  return masked === copied || mended !== masked;
}

/** The text with the prefix of every line (in its first 256 KiB) as spaces. `base`: its offset in the whole. */
export function maskLinePrefixes(text: string, base: number): string {
  const limit = UNWRAP_LIMIT - base;
  if (limit <= 0) return text;
  let parts: string[] | null = null;
  let from = 0;
  for (let start = base === 0 ? 0 : text.indexOf('\n') + 1; start > 0 || (start === 0 && base === 0); ) {
    if (start >= limit) break;
    // More prefixes after the first: a CI log's time before Compose's column (`…1234567Z api-1  | `).
    for (let at = start, n = 0; n < STACKED; n++) {
      const prefix = prefixAt(text, at);
      if (prefix === null) break;
      parts ??= [];
      parts.push(text.slice(from, at), ' '.repeat(prefix.length));
      from = at + prefix.length;
      at = from;
    }
    start = text.indexOf('\n', start) + 1;
    if (start === 0) break;
  }
  if (parts === null) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
