import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '../../../src/core/detect/build-index.js';
import { createDetectionStream } from '../../../src/core/detect/stream.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { pushInPieces, textsOf } from '../../helpers/texts.js';

/**
 * What a step of a stream reads with care at its ends: console breaks mended only once the line
 * after them is whole, CJK text wrapped inside a message, codes and Docker's record ends, and a
 * viewer's or a chat's prefix and a paste's margin, which the text's first eight lines decide: the
 * stream waits for them whole however short its steps.
 */
const PIECES = [
  '\n',
  '\r\n',
  ' ',
  'x'.repeat(37),
  'Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error cod',
  'e 0x2746.',
  `${'x'.repeat(65)} its access per`,
  'missions. Next',
  'Error: Get https://10.96.0.1:443/version?timeout=32s: dial tcp 10.96.0.1:443: i/',
  'o timeout',
  'Error: connect ECONNREFUSED 10.0.0.5:5432',
  'SocketException: 由于目标计算机积',
  '极拒绝，无法连接。',
  '\u001b[31m',
  '{"log":"',
  '\\n","stream":"stderr","time":"2026-01-05T10:00:00.123456789Z"}',
  '\n> ',
  '\napi-1  | ',
  '\n2026-01-05T10:00:00.1234567Z ',
  '\n    ',
];

const texts = textsOf(PIECES, 120);

describe('a text read in many short steps', () => {
  const { catalog, rules } = realData();
  const detect = createDetector(catalog.entries, rules);
  const index = buildDetectionIndex(catalog.entries, rules);

  // The stream's own step is 32 KB or more, so a short text is read in one step: here steps of a
  // few characters make every text cross step ends, where each decision must wait for its text.
  it('gives the findings of the whole text, wherever a step ends', () => {
    fc.assert(
      fc.property(
        texts,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 16, max: 2000 }),
        (text, size, step) => {
          const stream = createDetectionStream(index, undefined, step);
          pushInPieces(stream, text, size);
          expect(stream.end()).toEqual(detect(text));
        },
      ),
      { numRuns: 150 },
    );
  });
});
