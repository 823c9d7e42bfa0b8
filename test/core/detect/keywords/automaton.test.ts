import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeywordAutomaton } from '../../../../src/core/detect/keywords/automaton.js';
import {
  findKeywordStart,
  matchKeyword,
  normalizeKeyword,
} from '../../../../src/core/detect/keywords/match.js';

/** Every confirmed `[keyword, start, end]` the automaton reports. */
function scanAll(keywords: string[], text: string): [string, number, number][] {
  const automaton = createKeywordAutomaton(keywords);
  const found: [string, number, number][] = [];
  const { data, length } = automaton.collect(text);
  for (let i = 0; i < length; i += 2) {
    const k = data[i] as number;
    const end = data[i + 1] as number;
    const key = normalizeKeyword(keywords[k] as string);
    const start = findKeywordStart(text, key, end);
    if (start >= 0) found.push([keywords[k] as string, start, end]);
  }
  return found;
}

/** Keywords and a text over `letters`, for property tests against a naive search. */
function keywordsAndText(letters: string[]) {
  const alphabet = fc.constantFrom(...letters);
  const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((c) => c.join(''));
  return [fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 })] as const;
}

/**
 * Every `keyword@end` a naive search of the normalized text finds, and every one the automaton
 * reports, ends counted in normalized characters.
 */
function naiveAndReported(keywords: string[], chars: string[]): { naive: string[]; reported: Set<string> } {
  const usable = keywords.filter((k) => normalizeKeyword(k) !== '');
  const text = chars.join('');
  const flat = normalizeKeyword(text);
  const naive: string[] = [];
  for (const k of usable) {
    const key = normalizeKeyword(k);
    for (let i = flat.indexOf(key); i >= 0; i = flat.indexOf(key, i + 1))
      naive.push(`${key}@${i + key.length}`);
  }
  const toFlat = (end: number) => normalizeKeyword(`${text.slice(0, end)}x`).length - 1;
  const reported = new Set(
    scanAll(usable, text).map(([k, , end]) => `${normalizeKeyword(k)}@${toFlat(end)}`),
  );
  return { naive, reported };
}

describe('keyword automaton', () => {
  it('reports overlapping keywords, each at its end', () => {
    expect(scanAll(['ECONNRESET', 'WSAECONNRESET', 'RESET'], 'x WSAECONNRESET y')).toEqual([
      ['WSAECONNRESET', 2, 15],
      ['ECONNRESET', 5, 15],
      ['RESET', 10, 15],
    ]);
  });

  it('ignores case and treats any run of whitespace as one space', () => {
    expect(scanAll(['connection refused'], 'Connection \r\n\t REFUSED')).toEqual([
      ['connection refused', 0, 22],
    ]);
  });

  it('folds full-width punctuation to ASCII', () => {
    expect(scanAll(['由于目标计算机积极拒绝，无法连接'], '由于目标计算机积极拒绝,无法连接')).toHaveLength(1);
  });

  it('confirms and extends candidates past a prefix', () => {
    const text = 'An existing   connection was forcibly closed.';
    const key = normalizeKeyword('An existing connection was forcibly closed');
    expect(matchKeyword(text, key, 0)).toBe(text.length - 1);
    expect(matchKeyword(text, key, 1)).toBe(-1);
  });

  it('finds exactly what a naive search finds', () => {
    fc.assert(
      fc.property(...keywordsAndText(['a', 'b', 'c', ' ', 'A', '\n']), (keywords, chars) => {
        const { naive, reported } = naiveAndReported(keywords, chars);
        expect(reported).toEqual(new Set(naive));
      }),
      { numRuns: 300 },
    );
  });

  it('reaches a keyword with a space after a CJK character past a longer keyword without one', () => {
    // The anchor of the Chinese 10061 text, reached from `拒绝连接` by a failure link.
    expect(scanAll(['拒绝连接', '绝 无法连接'], '目标计算机积极拒绝，无法连接')).toEqual([
      ['绝 无法连接', 8, 14],
    ]);
  });

  it('finds in CJK text everything a naive search finds (it may also skip a wrap between CJK characters)', () => {
    fc.assert(
      fc.property(...keywordsAndText(['拒', '绝', '连', ' ', '，']), (keywords, chars) => {
        const { naive, reported } = naiveAndReported(keywords, chars);
        for (const hit of naive) expect(reported.has(hit), hit).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // A thousand runs take ~6 s on a quiet machine; on a loaded one they ran past the 20 s default.
  }, 60_000);

  it('reports the same candidates in the same order whether a long text is read as bytes, as code units or in one stream', () => {
    const keywords = [
      'error',
      'errno',
      'connection reset by peer',
      'reset',
      'econnreset',
      'timed out',
      '错误',
      'fehler',
    ];
    const lines = [
      'INFO ok 42',
      'read ECONNRESET',
      'Connection  reset by peer',
      'errno 104',
      'ERROR 1',
      'timed   out',
    ];
    const ascii = Array.from({ length: 20_000 }, (_, i) => lines[i % lines.length]).join('\n');
    const automaton = createKeywordAutomaton(keywords);
    const hits = (text: string) => {
      const { data, length } = automaton.collect(text);
      return [...data.subarray(0, length)];
    };
    // One stream over each line (no keyword spans two), offsets shifted: what the long text must report.
    const expected: number[] = [];
    let base = 0;
    for (const line of ascii.split('\n')) {
      const found = hits(`${line}\n`);
      for (let i = 0; i < found.length; i += 2)
        expected.push(found[i] as number, base + (found[i + 1] as number));
      base += line.length + 1;
    }
    expect(hits(ascii)).toEqual(expected);
    // The same text with a character of a keyword beyond ASCII at its end is read as code units;
    // with one no such keyword holds, as bytes still (ascii-copy.ts).
    expect(hits(`${ascii}错`)).toEqual(expected);
    expect(hits(`${ascii}é`)).toEqual(expected);
  });

  it('leaves out a quiet keyword in a long ASCII text only where the bytes after it fail its test', () => {
    const keywords = ['error', 'os error', 'errno', 'reset'];
    // `error` and `os error` are quiet (gate 8): kept only before a digit; `errno` and `reset` always.
    const gates = Uint8Array.of(8, 8, 0, 0);
    const seen: number[] = [];
    const test = (bytes: Uint8Array, length: number, end: number, g: number) => {
      seen.push(g);
      return end < length && (bytes[end] as number) >= 48 && (bytes[end] as number) <= 57;
    };
    const lines = ['ERROR [api] reset', 'os error 24', 'errno 104', 'error\n', 'error7 errors'];
    const text = Array.from({ length: 2_000 }, (_, i) => lines[i % lines.length]).join('\n');
    const pairs = (automaton: ReturnType<typeof createKeywordAutomaton>) => {
      const { data, length } = automaton.collect(text);
      return [...data.subarray(0, length)];
    };
    const all = pairs(createKeywordAutomaton(keywords));
    const expected: number[] = [];
    for (let i = 0; i < all.length; i += 2) {
      const k = all[i] as number;
      const end = all[i + 1] as number;
      if (gates[k] === 0 || /\d/.test(text[end] ?? '')) expected.push(k, end);
    }
    expect(expected.length).toBeLessThan(all.length);
    expect(pairs(createKeywordAutomaton(keywords, undefined, { gates, test }))).toEqual(expected);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([8]));
  });

  it('reports a keyword ending at every character of a long text, read as bytes or as code units', () => {
    const automaton = createKeywordAutomaton(['e', 'ee']);
    const pairs = (text: string) => {
      const { data, length } = automaton.collect(text);
      return [...data.subarray(0, length)];
    };
    // A digit, which no keyword holds, now and then: where a long text is cut into four streams.
    const run = `${'e'.repeat(9_999)}0`;
    const text = run.repeat(20);
    const bytes = pairs(text);
    // In each run, 'e' ends at every character and 'ee' at every one but the first.
    expect(bytes.length).toBe(20 * 2 * (2 * 9_999 - 1));
    expect(bytes).toEqual(pairs(`${text}é`));
  });
});
