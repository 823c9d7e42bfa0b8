import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextDecoder, decodeText, isKnownEncoding } from '../../../src/infra/text/index.js';

const BOM_LE = [0xff, 0xfe];
const BOM_BE = [0xfe, 0xff];
const withMark = (mark: number[], body: Buffer) => new Uint8Array([...mark, ...body]);
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** Feeds `bytes` to a decoder cut at `cuts` (sorted offsets), as reads of a file or a socket come. */
function decodeInPieces(bytes: Uint8Array, cuts: number[]): { text: string; encoding: string } {
  const decoder = createTextDecoder();
  let text = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.write(bytes.subarray(from, cut));
    from = cut;
  }
  return { text: text + decoder.end(), encoding: decoder.encoding };
}

function decodeInPiecesAs(encoding: string, bytes: Uint8Array): string {
  const decoder = createTextDecoder(encoding);
  return decoder.write(bytes) + decoder.end();
}

const cutsOf = (length: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 6 }).map((c) => c.sort((a, b) => a - b));

describe('decoding shared text', () => {
  it('reads UTF-8 as Node reads a whole file, its mark kept, however the bytes are cut', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (raw, marked) => {
        const bytes = marked ? new Uint8Array([0xef, 0xbb, 0xbf, ...raw]) : raw;
        // A file that starts with a UTF-16 mark is read as UTF-16 (the next test).
        fc.pre(
          bytes.length > 0 &&
            !(bytes[0] === 0xff && bytes[1] === 0xfe) &&
            !(bytes[0] === 0xfe && bytes[1] === 0xff),
        );
        fc.assert(
          fc.property(cutsOf(bytes.length), (cuts) => {
            expect(decodeInPieces(bytes, cuts)).toEqual({
              text: Buffer.from(bytes).toString('utf8'),
              encoding: 'utf-8',
            });
          }),
          { numRuns: 10 },
        );
      }),
      { numRuns: 200 },
    );
  });

  it('reads UTF-16 after its mark, little- or big-endian, a surrogate pair cut in two included', () => {
    const text = 'read ECONNRESET 連線被重設 😀\r\n';
    fc.assert(
      fc.property(cutsOf(2 + 2 * text.length), (cuts) => {
        const le = decodeInPieces(withMark(BOM_LE, Buffer.from(text, 'utf16le')), cuts);
        expect(le).toEqual({ text: `\uFEFF${text}`, encoding: 'utf-16le' });
        const be = decodeInPieces(withMark(BOM_BE, utf16be(text)), cuts);
        expect(be).toEqual({ text: `\uFEFF${text}`, encoding: 'utf-16be' });
      }),
      { numRuns: 200 },
    );
  });

  it('reads a one-byte file, and nothing, without failing', () => {
    expect(decodeInPieces(new Uint8Array([0x41]), [])).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeInPieces(new Uint8Array([0xff]), [])).toEqual({ text: '\uFFFD', encoding: 'utf-8' });
    expect(decodeInPieces(new Uint8Array([]), [])).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads a code page it is told, a character cut between two reads joined', () => {
    // 错误 (error) in GBK, two bytes a character: cut inside the first one.
    const gbk = new Uint8Array([0xb4, 0xed, 0xce, 0xf3]);
    const decoder = createTextDecoder('gbk');
    expect(decoder.write(gbk.subarray(0, 1)) + decoder.write(gbk.subarray(1)) + decoder.end()).toBe('错误');
    expect(decoder.encoding).toBe('gbk');
    // Told UTF-8, a UTF-16 mark is not looked for.
    expect(decodeInPiecesAs('utf-8', new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('\uFFFD\uFFFDA\u0000');
  });

  it('knows the labels Node decodes, and no others', () => {
    for (const label of ['gbk', 'big5', 'shift_jis', 'windows-1251', 'UTF-16LE', 'utf8'])
      expect(isKnownEncoding(label)).toBe(true);
    expect(isKnownEncoding('klingon')).toBe(false);
  });

  it('decodes a whole download without its mark', () => {
    expect(decodeText(withMark(BOM_LE, Buffer.from('ok', 'utf16le')))).toBe('ok');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x6f, 0x6b]))).toBe('ok');
  });
});
