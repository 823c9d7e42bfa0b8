import { describe, expect, it } from 'vitest';
import { plainTypography } from '../../../src/core/detect/typography.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';

const NBSP = '\u00a0';
const NARROW = '\u202f';

/** Every space of a text as `space`: a paste copied from a web page, Teams or Outlook. */
const spaced = (text: string, space: string) => text.replaceAll(' ', space);

describe('plainTypography', () => {
  it('makes no-break spaces and typographic quotes plain, one character for one', () => {
    const text = `status${NBSP}was${NARROW}‘Couldn’t resolve “host”’`;
    const plain = plainTypography(text);
    expect(plain).toBe(`status was 'Couldn't resolve "host"'`);
    expect(plain).toHaveLength(text.length);
  });

  it('makes plain only the characters before the end it is given, the rest as they are', () => {
    expect(plainTypography(`a${NBSP}b${NBSP}c`, 2)).toBe(`a b${NBSP}c`);
    expect(plainTypography(`a${NBSP}b`, 0)).toBe(`a${NBSP}b`);
  });

  it('returns a text with none of them as it is', () => {
    const text = 'read ECONNRESET 「接続」 ¡error! ``quoted``';
    expect(plainTypography(text)).toBe(text);
  });
});

describe('detection in a paste copied with typographic spaces and quotes', () => {
  it('reads an errno number and a Go dial error whose spaces are no-break spaces', () => {
    expect(
      detectErrors(spaced('ConnectionRefusedError: [Errno 111] Connection refused', NBSP)),
    ).toMatchObject([{ id: '10061', confidence: 'high', match: '[Errno 111]' }]);
    expect(highIds(spaced('dial tcp 10.0.0.1:443: i/o timeout', NARROW))).toEqual(['10060']);
  });

  it("reads R's curl text quoted in typographic quotes", () => {
    expect(highIds('URL ‘http://x/y.RData’: status was ‘Couldn’t resolve host name’')).toEqual(['11001']);
  });

  it("keeps a negative's own deadline a negative when its spaces are no-break spaces", () => {
    // dev c100-064: Galera's own view deadline printed as -110 (Connection timed out), labelled no error.
    const paste = corpusPaste('c100-064');
    expect(highIds(spaced(paste, NBSP))).toEqual(highIds(paste));
    expect(highIds(paste)).toEqual([]);
  });

  it('finds the same at the same offsets as in the plain paste', () => {
    const text = 'socket.gaierror: [Errno -2] Name or service not known; connect ECONNREFUSED';
    const plain = detectErrors(text).map((f) => [f.id, f.index, f.confidence]);
    expect(detectErrors(spaced(text, NBSP)).map((f) => [f.id, f.index, f.confidence])).toEqual(plain);
  });

  it('finds the same in a long log with no-break spaces read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 20000; i++)
      lines.push(
        i % 701 === 0 ? spaced(`recv failed: [Errno 104] Connection reset ${i}`, NBSP) : `GET /u/${i} 200`,
      );
    const text = lines.join('\n');
    expect(readInPieces(detect, text, 1 << 13)).toEqual(detect(text));
    expect(detect(text).map((f) => f.id)).toContain('10054');
  });

  it("reads them in a text's first 256 KiB, a paste's length, and leaves a long log's later lines as written", () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const line = spaced('dial tcp 10.0.0.1:443: i/o timeout', NARROW);
    const filler = `${'GET /u 200\n'.repeat(30000)}`;
    expect(detect(`${line}\n${filler}`).map((f) => f.id)).toEqual(['10060']);
    const late = `${filler}${line}\n`;
    expect(detect(late)).toEqual([]);
    expect(readInPieces(detect, late, 4093)).toEqual([]);
  });
});
