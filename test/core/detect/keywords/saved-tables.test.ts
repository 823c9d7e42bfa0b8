import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';
import { compileAutomaton } from '../../../../src/core/detect/keywords/compile.js';
import { decodeTables, encodeTables } from '../../../../src/core/detect/keywords/saved-tables.js';
import { compileWords } from './automaton-fixtures.js';

const KEYWORDS = ['ECONNRESET', 'WSAECONNRESET', 'connection reset by peer', 'errno', '拒绝连接', 'Fehler'];
/** Long enough to be read as four streams and through the byte copy. */
const LOG = `${'INFO ok\nconnect ECONNRESET errno 104\nWSAECONNRESET; connection  reset by\tpeer\n'.repeat(900)}`;
const MIXED = `${LOG}远程主机拒绝连接 Fehler 10061\n${LOG}`;

/** Every (keyword, end) pair an automaton reports for `text`. */
function pairs(automaton: ReturnType<typeof createKeywordAutomaton>, text: string): number[] {
  const { data, length } = automaton.collect(text);
  return Array.from(data.subarray(0, length));
}

/** The automata `keywords` compile to, saved as a build saves them. */
function saveOf(keywords: readonly string[]) {
  const bytes = createKeywordAutomaton(keywords).save();
  return { ascii: () => bytes.ascii, full: () => bytes.full, bytes };
}

describe('saved automaton tables', () => {
  it('decode to the tables they were encoded from', () => {
    for (const asciiOnly of [true, false]) {
      const words = asciiOnly ? ['econnreset', 'errno', 'reset'] : ['econnreset', '拒绝连接'];
      const compiled = compileWords(words, asciiOnly);
      const decoded = decodeTables(
        encodeTables(compiled, [1, 2], words.length),
        [1, 2],
        words.length,
        compiled.longest,
      );
      expect(decoded).not.toBeNull();
      expect(Array.from(decoded?.delta ?? [])).toEqual(Array.from(compiled.delta));
      expect(Array.from(decoded?.columnOf ?? [])).toEqual(Array.from(compiled.columnOf));
      expect(decoded?.columnOf.length).toBe(asciiOnly ? 256 : 65536);
      expect(decoded?.shift).toBe(compiled.shift);
      expect(decoded?.firstLoud).toBe(compiled.firstLoud);
      expect(decoded?.longest).toBe(compiled.longest);
      expect(decoded?.out.slice(compiled.firstLoud)).toEqual(compiled.out.slice(compiled.firstLoud));
    }
  });

  it('make an automaton that reports exactly what a compiled one reports, in ASCII and other text', () => {
    const saved = saveOf(KEYWORDS);
    const compiled = createKeywordAutomaton(KEYWORDS);
    const loaded = createKeywordAutomaton(KEYWORDS, saved);
    for (const text of [LOG, MIXED, 'short ECONNRESET', '短 拒绝 连接']) {
      expect(pairs(loaded, text)).toEqual(pairs(compiled, text));
    }
  });

  it('are not used for other keywords: the automaton compiles its own', () => {
    const saved = saveOf(KEYWORDS);
    const others = [...KEYWORDS.slice(0, -1), 'Fehlerx'];
    expect(pairs(createKeywordAutomaton(others, saved), MIXED)).toEqual(
      pairs(createKeywordAutomaton(others), MIXED),
    );
    // Same count, one word changed: the fingerprint tells them apart.
    const { bytes } = saved;
    const keys = createKeywordAutomaton(KEYWORDS).keywords.length;
    expect(decodeTables(bytes.ascii, [0, 0], keys, 10)).toBeNull();
  });

  it('refuses truncated, lengthened or foreign bytes', () => {
    const words = ['econnreset', 'errno'];
    const bytes = encodeTables(compileAutomaton(words, [0, 1], true), [7, 9], 2);
    expect(decodeTables(bytes, [7, 9], 2, 10)).not.toBeNull();
    expect(decodeTables(bytes.subarray(0, bytes.length - 4), [7, 9], 2, 10)).toBeNull();
    expect(decodeTables(new Uint8Array([...bytes, 0, 0, 0, 0]), [7, 9], 2, 10)).toBeNull();
    expect(decodeTables(new Uint8Array(10), [7, 9], 2, 10)).toBeNull();
    // Saved for another number of keywords.
    expect(decodeTables(bytes, [7, 9], 3, 10)).toBeNull();
  });

  /** Tables of two keywords, read back as they are, then refused with each column set to a value past its row. */
  function expectColumnsChecked(bytes: Uint8Array, edits: readonly (readonly [number, number])[]): void {
    expect(decodeTables(bytes, [7, 9], 2, 10)).not.toBeNull();
    // The columns follow the 48-byte header: one per byte or per UTF-16 code unit.
    for (const [column, value] of edits) {
      const damaged = bytes.slice();
      damaged[48 + column] = value;
      expect(decodeTables(damaged, [7, 9], 2, 10)).toBeNull();
    }
  }

  it('refuses a character column past the alphabet, wherever it is', () => {
    const bytes = encodeTables(compileAutomaton(['econnreset', '拒绝连接'], [0, 1], false), [7, 9], 2);
    expectColumnsChecked(bytes, [
      [0, 128],
      [0x62d2, 255],
      [65535, 0x80],
    ]);
  });

  it('refuses a byte column past its narrower rows', () => {
    const compiled = compileAutomaton(['econnreset', 'errno'], [0, 1], true);
    // Seven letters, the space and class 0: rows of 16 columns.
    expect(compiled.shift).toBe(4);
    expectColumnsChecked(encodeTables(compiled, [7, 9], 2), [
      [101, 16],
      [0, 0x40],
      [255, 0x80],
    ]);
  });

  it('leave the table for any text unread through a warm-up and ASCII texts, until a first other text', () => {
    const { bytes } = saveOf(KEYWORDS);
    let fullReads = 0;
    const saved = {
      ascii: () => bytes.ascii,
      full: () => {
        fullReads += 1;
        return bytes.full;
      },
    };
    const loaded = createKeywordAutomaton(KEYWORDS, saved);
    const compiled = createKeywordAutomaton(KEYWORDS);
    loaded.prepare();
    expect(pairs(loaded, LOG)).toEqual(pairs(compiled, LOG));
    expect(pairs(loaded, 'short ECONNRESET')).toEqual(pairs(compiled, 'short ECONNRESET'));
    expect(fullReads).toBe(0);
    for (const text of ['短 拒绝 连接', MIXED]) expect(pairs(loaded, text)).toEqual(pairs(compiled, text));
    // Read once, then kept.
    expect(fullReads).toBe(1);
  });

  it('are read from an unaligned copy as well', () => {
    const { bytes } = saveOf(KEYWORDS);
    const shifted = new Uint8Array(bytes.ascii.length + 1);
    shifted.set(bytes.ascii, 1);
    const saved = { ascii: () => shifted.subarray(1), full: () => null };
    expect(pairs(createKeywordAutomaton(KEYWORDS, saved), LOG)).toEqual(
      pairs(createKeywordAutomaton(KEYWORDS), LOG),
    );
  });

  it('are refused, not thrown on, when a damaged count wraps their length round to the real one', () => {
    // fast-check's seed 576085014 found it: the header's output count (its ninth word) plus 2^30
    // gives 2^32 more bytes, which 32-bit arithmetic wrapped back to the file's length.
    const { bytes } = saveOf(KEYWORDS);
    const damaged = bytes.ascii.slice();
    const header = new Uint32Array(damaged.buffer, damaged.byteOffset, 11);
    header[8] = ((header[8] as number) + 2 ** 30) >>> 0;
    const loaded = createKeywordAutomaton(KEYWORDS, { ascii: () => damaged, full: () => null });
    expect(pairs(loaded, LOG)).toEqual(pairs(createKeywordAutomaton(KEYWORDS), LOG));
  });

  it('never make a scan throw, however their transition table is damaged', () => {
    const { bytes } = saveOf(KEYWORDS);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 64 }), (edits) => {
        const damaged = bytes.ascii.slice();
        // Past the header and output lists: only the transition table is touched.
        const from = damaged.length - 2 * 64 * 64;
        for (const [at, value] of edits) damaged[from + (at % (damaged.length - from))] = value;
        const automaton = createKeywordAutomaton(KEYWORDS, { ascii: () => damaged, full: () => null });
        expect(() => automaton.collect(LOG)).not.toThrow();
      }),
      { numRuns: 30 },
    );
  });

  it('change format when compile.ts changes what it builds (else a stale saved table would pass)', () => {
    const words = ['econnreset', 'wsaeconnreset', 'connection reset by peer', 'errno', 'error', 'reset'];
    const compiled = compileWords(words, true);
    const digest = createHash('sha256')
      .update(encodeTables(compiled, [0, 0], words.length))
      .digest('hex');
    // On a change here: bump FORMAT in saved-tables.ts, then record the new digest.
    expect(digest).toBe('3bcfcc59a0e932e9188304e0839a9e8197bc5be9dad24082da1dc4ed25af6264');
  });
});
