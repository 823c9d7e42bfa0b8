import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { readInPieces } from '../../helpers/detect.js';
import { textsOf } from '../../helpers/texts.js';

/**
 * What copying puts around a paste's lines (taken out or masked before reading, each with its own
 * hold-back in a stream), and errors whose reading depends on text near them.
 */
const PIECES = [
  '{"log":"',
  '\\n","stream":"stderr","time":"2026-01-05T10:00:00.123456789Z"}',
  '\\r',
  '\\n',
  '\\"',
  '\\\\',
  '\\',
  '"',
  '\u001b[31m',
  '\u001b[0m',
  '[32m',
  '\u200b',
  'Dec 06 10:00:00 host app[123]: ',
  'api-1  | ',
  '2026-01-05T10:00:00.1234567Z ',
  '> ',
  '\n',
  '\r\n',
  ' ',
  'x'.repeat(37),
  'Error: connect ECONNREFUSED 10.0.0.5:5432',
  'ConnectionResetError: [Errno 104] Connection reset by peer',
  'raise ConnectionResetError(\\"Cannot write to closing transport\\")',
  'System.Net.Sockets.SocketException (125): Operation canceled',
  'TaskCanceledException',
  'network unreachable resolving',
  // A line of 80 columns a console broke inside a word, and the rest of it (console-wraps.ts).
  'Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error cod',
  'e 0x2746.',
];

const texts = textsOf(PIECES, 80);

describe('a text read piece by piece', () => {
  const detect = createDetector(realData().catalog.entries, realData().rules);

  it('gives the findings of the whole text, however its pieces cut what copying put in it', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 200 }), (text, size) => {
        expect(readInPieces(detect, text, size)).toEqual(detect(text));
      }),
      { numRuns: 400 },
    );
  });
});
