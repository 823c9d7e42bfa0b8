import type { LogRecord } from './records.js';

/**
 * The exception a stack trace starts with: its message is what follows the first `…Exception:` or
 * `…Error:` whose message runs to the line's end. The class name before the word is not matched: it
 * changes nothing that is read, and a `[\w$]+` before it was tried from every start in a long word
 * to that word's end, quadratic (a 200 000-character first line took a minute).
 */
const EXCEPTION_HEAD = /(?:Exception|Error):\s*(.{10,200})$/;
/** A message is at most 200 characters after `Exception:` and its blanks. */
const LONGEST = 200;
const CLASS_WORD = 'Exception:'.length;
const BLANK = /\s/;
/** How far apart, in lines, a log line and the stack trace it announces may be (a wrapped message). */
export const NEAR_LINES = 3;

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether record `b` is the stack trace of the failure that record `a` already logged, as
 * `logger.error("failed: " + e)` followed by `e.printStackTrace()` prints it: `a` is one log
 * line, `b` follows within a few lines, starts with an exception whose message `a` already
 * showed, and carries a stack. Two identical traces, or two programs' one-line errors, are two.
 */
export function isStackOfPrevious(
  text: string,
  records: readonly LogRecord[],
  a: number,
  b: number,
): boolean {
  const first = records[a];
  const second = records[b];
  if (!first || !second || b <= a) return false;
  if (text.slice(first.start, first.end).includes('\n')) return false;
  const between = text.slice(first.end, second.start);
  if (between.split('\n').length - 1 > NEAR_LINES) return false;
  const trace = text.slice(second.start, second.end);
  const newline = trace.indexOf('\n');
  if (newline === -1) return false;
  return showsExceptionOf(text.slice(first.start, second.start), trace.slice(0, newline));
}

/**
 * The text part of the test: does `logged` (the log line and what follows it up to the trace)
 * already show the message of the exception the trace's first line names?
 */
export function showsExceptionOf(logged: string, traceFirstLine: string): boolean {
  const message = EXCEPTION_HEAD.exec(messageTail(traceFirstLine.trimEnd()))?.[1];
  return message !== undefined && flat(logged).includes(flat(message));
}

/**
 * The end of `line` that holds every `Exception:` or `Error:` whose message may run to the line's
 * end: its last 200 characters, the blanks that end right there, and the word before them. A line
 * is read once for each error its record names (dozens in a line listing errors), so the pattern
 * runs over this, not over the whole line: the first match, and its message, are the same.
 */
function messageTail(line: string): string {
  let k = line.length - LONGEST - 1;
  while (k >= 0 && BLANK.test(line[k] as string)) k--;
  return k - CLASS_WORD <= 0 ? line : line.slice(k - CLASS_WORD);
}
