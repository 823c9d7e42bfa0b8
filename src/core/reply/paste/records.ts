import { createRecordRule } from './record-rule.js';
import { hasTimestamp, readTimestamp, type Timestamp } from './timestamps.js';

/** One log record of a paste: a log line with its stack trace, chained causes and details. */
export interface LogRecord {
  start: number;
  end: number;
}

/** The service name Docker Compose puts before every line (`web_1  | `): not part of the line's shape. */
const COMPOSE_PREFIX = /^[\w.-]{1,64} {0,32}\| ?/;
/**
 * A chat's quote: Discord and Slack put `> ` before every line of a quoted paste, which made every
 * indented line of a stack or an error object (`  code: 'ECONNREFUSED'`) a failure of its own.
 */
const QUOTE = /^(?:> ?)+/;
/**
 * A process manager's name before every line, which likewise hid a stack's indentation: concurrently's
 * `[api] ` or `[0] `, `kubectl logs --prefix`'s `[pod/api-7d9c/api] `, pm2's `0|api  | `. No colon:
 * `[10:02:07] ` is a timestamp.
 */
const RUNNER_PREFIX = /^(?:\[[\w./@-]{1,300}\] |\d{1,4}\|[\w.-]{1,64} {0,32}\| ?)/;
/** How much of a line decides its shape: its start (indentation, timestamp, `Caused by:`). */
export const MAX_SHAPE = 100;

/** The start of a line as its shape is read: without `\r`, a chat's quote, a process manager's or Docker Compose's prefix. */
export function shapeOf(text: string, start: number, end: number): string {
  let shape = text.slice(start, Math.min(end, start + MAX_SHAPE));
  // Every line of a paste passes here: the patterns run only where their character is there.
  if (shape.endsWith('\r')) shape = shape.slice(0, -1);
  if (shape.charCodeAt(0) === 62) shape = shape.replace(QUOTE, '');
  const bar = shape.includes('|');
  if (shape.charCodeAt(0) === 91 || bar) shape = shape.replace(RUNNER_PREFIX, '');
  return bar ? shape.replace(COMPOSE_PREFIX, '') : shape;
}

const isServiceChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;

/**
 * The Docker Compose service a line is from (`web_1  | …`: `web_1`), or '' when it has no such
 * column: COMPOSE_PREFIX (with a blank before the bar) read by its characters, as every line is asked.
 */
function serviceAt(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && i - start < 64 && isServiceChar(text.charCodeAt(i))) i++;
  const name = i;
  while (i < end && i - name < 32 && text.charCodeAt(i) === 32) i++;
  // Compose pads the name and puts a blank before its bar: NLog's `6|2019-…|ERROR|…` is no service.
  return name > start && i > name && text.charCodeAt(i) === 124 && i < end ? text.slice(start, name) : '';
}

/** Where a line starts a record by its Docker Compose service column: not at all, only in a log with timestamps, or in any log. */
export const COMPOSE = { none: 0, stamped: 1, any: 2 } as const;

/**
 * Reads each non-blank line's Compose service (in order; `shape` is the line without it, `stamped`
 * whether it has a timestamp). A line from another service than the line above starts a record in
 * any log: two programs' lines are two. In a log with timestamps, a record that starts with an
 * unstamped line (a Node app's, beside Postgres' stamped ones) is read on by the rule of a log
 * without timestamps, so that service's failures are told apart; a record that starts with a stamp
 * runs to the next stamp or service, as before. The rule is dropped at every stamped line, so a
 * stream that passes over quiet lines up to one reads on as reading every line does.
 */
export function createComposeReader(): (
  text: string,
  start: number,
  end: number,
  shape: string,
  stamped: boolean,
) => (typeof COMPOSE)[keyof typeof COMPOSE] {
  let last: string | undefined;
  let rule: ((shape: string) => boolean) | null = null;
  return (text, start, end, shape, stamped) => {
    const service = serviceAt(text, start, end);
    const switched = last !== undefined && service !== last;
    const first = last === undefined;
    last = service;
    if (stamped) rule = null;
    else if (first || switched) {
      rule = createRecordRule(false);
      rule(shape);
    } else if (rule && service !== '' && rule(shape)) return COMPOSE.stamped;
    return switched ? COMPOSE.any : COMPOSE.none;
  };
}

/** Calls `visit` for every non-blank line, without keeping the lines (a log may be large). */
function eachLine(
  text: string,
  visit: (shape: string, start: number, end: number) => boolean | undefined,
): void {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const shape = shapeOf(text, start, end);
    if (shape.trim() !== '' && visit(shape, start, end) === false) return;
    if (newline === -1) return;
    start = newline + 1;
  }
}

/**
 * Splits a paste into log records, so that one failure printed as an exception, its causes and
 * its message is one occurrence, and two programs' lines are two. In a log whose lines start with
 * timestamps, a record runs from one timestamp to the next; otherwise a new record starts at every
 * line that is not indented and does not continue a trace (`Caused by:`, a Python traceback's final
 * exception line, the part after "During handling of the above exception…"), and a line from another
 * Docker Compose service than the line above or a code fence starts one either way. Linear in the text.
 */
export function splitRecords(text: string): LogRecord[] {
  let timestamped = false;
  eachLine(text, (shape) => {
    timestamped = hasTimestamp(shape);
    return !timestamped;
  });
  const startsRecord = createRecordRule(timestamped);
  const compose = createComposeReader();
  const records: LogRecord[] = [];
  let current: LogRecord | undefined;
  eachLine(text, (shape, start, end) => {
    // Every line is told to both (each keeps what it has read), before either decides.
    const byService = compose(text, start, end, shape, timestamped && hasTimestamp(shape));
    if (startsRecord(shape) || byService === COMPOSE.any || (timestamped && byService > 0) || !current) {
      current = { start, end };
      records.push(current);
    } else current.end = end;
    return undefined;
  });
  return records;
}

/** The timestamp a record starts with, if its log has them. */
export function timestampOf(text: string, record: LogRecord): Timestamp | null {
  return readTimestamp(shapeOf(text, record.start, record.end));
}

/** The record an offset falls in (records are in order), or -1. Binary search. */
export function recordAt(records: readonly LogRecord[], offset: number): number {
  let lo = 0;
  let hi = records.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const record = records[mid] as LogRecord;
    if (offset < record.start) hi = mid - 1;
    else if (offset > record.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
