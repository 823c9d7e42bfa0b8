import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUtf8Decoder } from '../../../src/infra/text/utf8-decoder.js';

/** Byte runs a log holds, well formed or not: ASCII lines, CJK, an arrow, an emoji, a mark, broken sequences. */
const RUNS = [
  'connect ECONNREFUSED 10.0.0.12:6379\n',
  'x',
  '連線被拒絕',
  '→ done ✓',
  '🚀',
  '\ufeff',
  [0xc3],
  [0xe2, 0x86],
  [0xf0, 0x9f],
  [0x80],
  [0xff],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
].map((run) => (typeof run === 'string' ? Buffer.from(run, 'utf8') : Buffer.from(run)));

/** Decodes `bytes` cut at `cuts` (sorted offsets), as reads of a file come. */
function decodeInPieces(bytes: Buffer, cuts: readonly number[]): string {
  const decoder = createUtf8Decoder();
  let text = '';
  let from = 0;
  for (const cut of cuts) {
    text += decoder.write(bytes.subarray(from, cut));
    from = cut;
  }
  return text + decoder.end(bytes.subarray(from));
}

describe('the UTF-8 piece decoder', () => {
  it('reads pieces of ASCII and of anything else as Node reads the whole, however they are cut', () => {
    const texts = fc
      .array(fc.constantFrom(...RUNS), { minLength: 1, maxLength: 24 })
      .map((runs) => Buffer.concat(runs));
    fc.assert(
      fc.property(
        texts.chain((bytes) =>
          fc.tuple(
            fc.constant(bytes),
            fc
              .uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 })
              .map((c) => c.sort((a, b) => a - b)),
          ),
        ),
        ([bytes, cuts]) => {
          expect(decodeInPieces(bytes, cuts)).toBe(bytes.toString('utf8'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('ends a character cut at the end of a piece in the ASCII piece after it', () => {
    const bytes = Buffer.from([0x61, 0xe2, 0x86, 0x41, 0x42]);
    expect(decodeInPieces(bytes, [3])).toBe('a\ufffdAB');
    expect(decodeInPieces(bytes, [3])).toBe(bytes.toString('utf8'));
  });

  it('keeps a byte-order mark and a cut character held until the end', () => {
    expect(decodeInPieces(Buffer.from('\ufeffok', 'utf8'), [1, 2])).toBe('\ufeffok');
    expect(decodeInPieces(Buffer.from([0x41, 0xf0, 0x9f]), [1])).toBe('A\ufffd');
  });
});
