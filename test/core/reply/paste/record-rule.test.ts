import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordRule } from '../../../../src/core/reply/paste/record-rule.js';
import { hasTimestamp } from '../../../../src/core/reply/paste/timestamps.js';

/**
 * The rule as it was before lines were first told by their first character: every pattern run on
 * every line. The rule must say the same of any sequence of lines.
 */
function everyPatternRule(timestamped: boolean): (shape: string) => boolean {
  const CONTINUATION =
    /^(?:Caused by:|Suppressed:|\.\.\. \d+ more|During handling of the above exception|The above exception was the direct cause|[}\])]|--- |at \S|Emitted 'error' event )/;
  const CONNECTOR = /^(?:During handling of the above exception|The above exception was the direct cause)/;
  let current = false;
  let afterConnector = false;
  let awaitingException = false;
  let machine: string | undefined;
  return (line) => {
    const above = machine;
    const column = /^(?:==> | {4})([\w.-]{1,64}): /.exec(line);
    machine = column?.[1];
    const shape = column && machine === above ? line.slice(column[0].length) : line;
    let continues = false;
    if (current) {
      if (timestamped) continues = !hasTimestamp(line);
      else if (afterConnector || /^\s/.test(shape) || CONTINUATION.test(shape)) continues = true;
      else if (/^(?:errno|code|syscall|address|port|hostname|cause): ['"[{\d-]/.test(shape)) continues = true;
      else if (awaitingException) {
        continues = true;
        awaitingException = false;
      }
    }
    current = true;
    afterConnector = CONNECTOR.test(shape);
    if (/^Traceback \(most recent call last\):/.test(shape) || /^\s+File "/.test(shape) || afterConnector)
      awaitingException = true;
    return !continues;
  };
}

/** Line starts of every kind the patterns tell apart, and lines that start like none of them. */
const LINES = [
  'Caused by: java.io.IOException: Stream closed',
  'Suppressed: java.net.SocketException: Connection reset',
  '... 42 more',
  '\t... 3 more',
  'During handling of the above exception, another exception occurred:',
  'The above exception was the direct cause of the following exception:',
  'Traceback (most recent call last):',
  '  File "/srv/app/handlers.py", line 12, in handle',
  '\u00a0File "x.py"',
  '\u3000indented with an ideographic space',
  '}',
  '])',
  '--- End of inner exception stack trace ---',
  'at Object.<anonymous> (/app/index.js:1:1)',
  'at',
  'a plain line',
  'ConnectionResetError: [Errno 104] Connection reset by peer',
  'Error: read ECONNRESET',
  'The server said no',
  'Dial failed',
  'Something else',
  '2025-03-01T10:00:00.000Z INFO [api] started',
  'Jan  2 10:02:07 host sshd[1]: Connection closed',
  '\tat com.example.Service.run(Service.java:12)',
  '-',
  '.',
  'S',
  '',
  'éàè',
  '==> default: Waiting for machine to boot. This may take a few minutes...',
  '    default: Warning: Connection refused. Retrying...',
  '    web-2: SSH address: 127.0.0.1:2222',
  '    default:     at java.net.PlainSocketImpl.socketConnect(Native Method)',
  '    default: Caused by: java.net.ConnectException: Connection refused',
  "code: 'ECONNREFUSED',",
  "Emitted 'error' event on Server instance at:",
  'Emitted',
  'errno: -4078,',
  'cause: [Error: connect ECONNREFUSED 127.0.0.1:11434] {',
  'port: 443 }',
  'code ECONNRESET',
  'capacity: full',
  "    code: 'ECONNREFUSED',",
  '=',
];

describe('the record rule', () => {
  it('says of every line what running every pattern on it says, whatever lines come before', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.boolean(), (lines, stamped) => {
        const told = createRecordRule(stamped);
        const reference = everyPatternRule(stamped);
        expect(lines.map(told)).toEqual(lines.map(reference));
      }),
      { numRuns: 500 },
    );
  });
});
