import { isFenceLine } from './fence-line.js';
import { hasTimestamp } from './timestamps.js';

/** Lines that continue the record above them whatever their indentation (Java, Python, .NET, Node). */
const CONTINUATION =
  /^(?:Caused by:|Suppressed:|\.\.\. \d+ more|During handling of the above exception|The above exception was the direct cause|[}\])]|--- |at \S)/;
/** Lines after which the next non-blank line belongs to the same record (Python's chained tracebacks). */
const CONNECTOR = /^(?:During handling of the above exception|The above exception was the direct cause)/;
const TRACEBACK = /^Traceback \(most recent call last\):/;
/** A Python stack frame: the traceback it belongs to ends at the next unindented line. */
const PYTHON_FRAME = /^\s+File "/;
/**
 * Vagrant's machine column: `==> default: Waiting for machine to boot…`, then its own lines indented
 * under it (`    default: Warning: Connection refused. Retrying...`), each a message of its own, not a
 * trace: a boot loop's retries were one failure. Only where the line above has the same column (no
 * error object's fields, `    code: …` under `    errno: …`, do).
 */
const MACHINE_COLUMN = /^(?:==> | {4})([\w.-]{1,64}): /;
/**
 * The ASCII characters a line the patterns above match may start with: white space and the first
 * characters of CONTINUATION, CONNECTOR and TRACEBACK; any other start (most lines) is told without regexes.
 */
const OPENERS = new Uint8Array(128);
for (const c of '\t\n\v\f\r CS.DT}])-a') OPENERS[c.charCodeAt(0)] = 1;

/** May `shape` match a pattern above? (Any non-ASCII start may: `\s` holds Unicode's spaces.) */
const mayOpen = (shape: string) => {
  const c = shape.charCodeAt(0);
  return c >= 128 || OPENERS[c] === 1;
};

/**
 * Whether each non-blank line (its shape, in order) starts a record, in a log whose lines start with
 * timestamps (at every timestamp and code fence) or not (see `splitRecords` in records.ts). The first line does.
 */
export function createRecordRule(timestamped: boolean): (shape: string) => boolean {
  let current = false;
  let afterConnector = false;
  let awaitingException = false;
  let machine: string | undefined;
  return (shape) => {
    const opens = mayOpen(shape);
    const above = machine;
    const c = shape.charCodeAt(0);
    machine = c === 32 || c === 61 ? MACHINE_COLUMN.exec(shape)?.[1] : undefined;
    let continues = false;
    if (current) {
      if (timestamped) continues = !hasTimestamp(shape) && !isFenceLine(shape);
      else if (machine !== undefined && machine === above) continues = false;
      else if (afterConnector || (opens && (/^\s/.test(shape) || CONTINUATION.test(shape)))) continues = true;
      else if (awaitingException) {
        continues = true;
        awaitingException = false;
      }
    }
    current = true;
    afterConnector = opens && CONNECTOR.test(shape);
    // A traceback, or the "another exception occurred" that announces one, ends at its exception line.
    if ((opens && (TRACEBACK.test(shape) || PYTHON_FRAME.test(shape))) || afterConnector)
      awaitingException = true;
    return !continues;
  };
}
