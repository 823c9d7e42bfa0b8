import { isFenceLine } from './fence-line.js';
import { hasTimestamp } from './timestamps.js';

/**
 * Lines that continue the record above them whatever their indentation (Java, Python, .NET, Node;
 * Node's `Emitted 'error' event on Server instance at:`, which heads the error's fields, unindented).
 */
const CONTINUATION =
  /^(?:Caused by:|Suppressed:|\.\.\. \d+ more|During handling of the above exception|The above exception was the direct cause|[}\])]|--- |at \S|Emitted 'error' event )/;
/** Lines after which the next non-blank line belongs to the same record (Python's chained tracebacks). */
const CONNECTOR = /^(?:During handling of the above exception|The above exception was the direct cause)/;
const TRACEBACK = /^Traceback \(most recent call last\):/;
/** A Python stack frame: the traceback it belongs to ends at the next unindented line. */
const PYTHON_FRAME = /^\s+File "/;
/**
 * Vagrant's machine column: `==> default: Waiting for machine to boot…`, then its own lines indented
 * under it (`    default: Warning: Connection refused. Retrying...`), each a message of its own, not a
 * trace (a boot loop's retries were one failure), unless what follows the column is (a provisioner's
 * stack). Read past only under the same column on the line above: no error object's fields
 * (`    code: …` under `    errno: …`) have one.
 */
const MACHINE_COLUMN = /^(?:==> | {4})([\w.-]{1,64}): /;
/**
 * A field of the error object Node prints after its message (`errno: -4078,`, `code: 'ECONNREFUSED',`,
 * `cause: [Error: connect …] {`) where the paste lost its indentation (a page, an issue without a
 * fence: more-062, c33-049): still that error's, which was counted once per field.
 */
const NODE_FIELD = /^(?:errno|code|syscall|address|port|hostname|cause): ['"[{\d-]/;
/** The first characters of NODE_FIELD's names: other lines are told without it. */
const FIELD_STARTS = new Set([...'ecsaph'].map((c) => c.charCodeAt(0)));
/**
 * The ASCII characters a line the patterns above match may start with: white space and the first
 * characters of CONTINUATION, CONNECTOR and TRACEBACK; any other start (most lines) is told without regexes.
 */
const OPENERS = new Uint8Array(128);
for (const c of '\t\n\v\f\r CS.DT}])-aE') OPENERS[c.charCodeAt(0)] = 1;

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
  return (line) => {
    const above = machine;
    const column = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 61 ? MACHINE_COLUMN.exec(line) : null;
    machine = column?.[1];
    // Under the machine column of the line above, a line is read without it, as under Compose's.
    const shape = column && machine === above ? line.slice(column[0].length) : line;
    const opens = mayOpen(shape);
    const c = shape.charCodeAt(0);
    let continues = false;
    if (current) {
      if (timestamped) continues = !hasTimestamp(line) && !isFenceLine(line);
      else if (afterConnector || (opens && (/^\s/.test(shape) || CONTINUATION.test(shape)))) continues = true;
      else if (FIELD_STARTS.has(c) && NODE_FIELD.test(shape)) continues = true;
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
