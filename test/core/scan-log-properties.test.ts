import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanInPieces, testCore } from '../helpers/core.js';
import { textsOf } from '../helpers/texts.js';

const { core } = testCore();

/**
 * A log's lines in the forms records are read by: timestamps of several shapes or none, a stack
 * trace's frames, blank lines, Docker's json-file record ends and a JSON string's escapes, and
 * errors with hosts and ports, a logged error followed by its exception.
 */
const LINES = [
  '2025-03-01T10:00:00.000Z ',
  '2025-03-01 10:00:01,123 ',
  'Mar  1 10:00:02 web app[7]: ',
  '[2025-03-01 10:00:03] ',
  '2025-03-01T10:00:04.1234567Z ',
  'api-1  | ',
  'db-1   | ',
  '{"log":"',
  '\\n","stream":"stderr","time":"2026-01-05T10:00:00.123456789Z"}',
  '\\n',
  '\\"',
  '\n',
  '\r\n',
  '\n\n',
  '    at handler (/app/server.js:10:7)',
  '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
  'Traceback (most recent call last):',
  'INFO GET /users/1 200 3ms',
  'ERROR request failed: java.net.ConnectException: Connection refused',
  'java.net.ConnectException: Connection refused',
  'Error: connect ECONNREFUSED 10.0.0.5:5432',
  'read ECONNRESET',
  'ConnectionResetError: [Errno 104] Connection reset by peer',
  'System.Net.Sockets.SocketException (10060): A connection attempt failed',
  'dial tcp 10.1.2.3:443: i/o timeout',
  'getaddrinfo ENOTFOUND db.internal',
];

const logs = textsOf(LINES, 60);

describe('a log scanned piece by piece', () => {
  it('gives the findings, counts and reply of the whole text, however its pieces cut its records', () => {
    fc.assert(
      fc.property(logs, fc.integer({ min: 1, max: 200 }), (text, size) => {
        const whole = core.scan(text, 'en');
        const answer = scanInPieces(core, text, size);
        expect(answer.findings).toEqual(whole.findings);
        expect(answer.reply).toEqual(whole.reply);
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });
});
