import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isNear,
  isWordNear,
  measureDistance,
  reachAfter,
  reachBefore,
  STRETCH,
} from '../../../src/core/detect/measure-distance.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds } from '../../helpers/detect.js';
import { prefixLines } from '../../helpers/texts.js';

/** A CI job's raw log of `docker compose up`: the job's time, then Compose's column (corpus more-143). */
const CI_COMPOSE = '2026-01-05T10:00:00.1234567Z api-1  | ';

describe('measureDistance', () => {
  it('counts a run of white space once, line breaks and tabs included', () => {
    expect(measureDistance('ab  \n\t  cd', 0, 10)).toBe(5);
    expect(measureDistance('abcd', 1, 3)).toBe(2);
    expect(measureDistance('a  b', 1, 3)).toBe(1);
  });

  it('is Infinity past the distance asked for, or more than three times that away as given', () => {
    expect(measureDistance('abcd', 0, 4, 3)).toBe(Number.POSITIVE_INFINITY);
    // `a`, `b` and six blanks: three characters as counted, nine as given.
    expect(measureDistance(`ab${' '.repeat(6)}c`, 0, 8, 3)).toBe(3);
    expect(measureDistance(`ab${' '.repeat(8)}c`, 0, 10, 3)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('isNear and isWordNear', () => {
  const texts = fc.string({ unit: fc.constantFrom('a', 'w', ' ', '\n', '\t'), maxLength: 300, size: 'max' });

  it('agree with counting every character between, up to three times the distance as given', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 40 }), (text, a, b, near) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const counted = measureDistance(text, from, to);
        expect(isNear(text, from, to, near)).toBe(counted <= near && to - from <= STRETCH * near);
        // A word `w` near the span [from, to) if its whole match is within reach on either side.
        const words = [...text.matchAll(/w+/g)].filter((m) => {
          const [at, after] = [m.index, m.index + m[0].length];
          const before =
            at >= from || (measureDistance(text, at, from) <= near && from - at <= STRETCH * near);
          const past =
            after <= to || (measureDistance(text, to, after) <= near && after - to <= STRETCH * near);
          return before && past;
        });
        expect(isWordNear(text, /w+/g, from, to, near, true)).toBe(words.length > 0);
        // Without stretching, a match inside the window of `near` characters as given on either side.
        const window = text.slice(Math.max(0, from - near), to + near);
        expect(isWordNear(text, /w+/g, from, to, near, false)).toBe(/w/.test(window));
      }),
    );
  });
});

describe('reachBefore and reachAfter', () => {
  const texts = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t'), maxLength: 400, size: 'max' });

  it('go exactly as far as measureDistance allows, within three times the distance as given', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.integer({ min: 1, max: 60 }), (text, seed, near) => {
        const at = seed % (text.length + 1);
        const lo = reachBefore(text, at, near);
        const hi = reachAfter(text, at, near);
        expect(measureDistance(text, lo, at)).toBeLessThanOrEqual(near);
        expect(measureDistance(text, at, hi)).toBeLessThanOrEqual(near);
        // One character further is too far, unless the bound as given stopped the walk.
        if (lo > Math.max(0, at - STRETCH * near))
          expect(measureDistance(text, lo - 1, at)).toBeGreaterThan(near);
        if (hi < Math.min(text.length, at + STRETCH * near))
          expect(measureDistance(text, at, hi + 1)).toBeGreaterThan(near);
      }),
    );
  });

  it('equal plain arithmetic on a text without white space', () => {
    const text = 'x'.repeat(1000);
    expect(reachBefore(text, 500, 240)).toBe(260);
    expect(reachAfter(text, 500, 240)).toBe(740);
    expect(reachBefore(text, 100, 240)).toBe(0);
    expect(reachAfter(text, 900, 240)).toBe(1000);
  });
});

describe('what is near a mention, under a log viewer prefix', () => {
  it("keeps an EPIPE's socket context under a CI log's times and Compose's column", () => {
    // dev-001: Node's `Error: write EPIPE` above frames of `node:net`, a socket word lines below.
    const paste = corpusPaste('dev-001');
    expect(highIds(paste)).toEqual(['EPIPE']);
    expect(highIds(prefixLines(paste, CI_COMPOSE))).toEqual(['EPIPE']);
  });

  it('keeps the file word that drops a negative EPIPE in reach under the same prefixes', () => {
    // c9-123 (negative): an Android pipe's EPIPE above `java.io.FileOutputStream.write`.
    const paste = corpusPaste('c9-123');
    expect(detectErrors(paste)).toEqual([]);
    expect(detectErrors(prefixLines(paste, CI_COMPOSE))).toEqual([]);
  });

  it("keeps axios's own words within reach of its ECONNABORTED, which is then no network error", () => {
    // c18-145 (negative): axios's toJSON() with `timeout of 5000ms exceeded` and `"code": "ECONNABORTED"`.
    const paste = corpusPaste('c18-145');
    expect(detectErrors(paste)).toEqual([]);
    expect(detectErrors(prefixLines(paste, CI_COMPOSE))).toEqual([]);
  });

  it('reads a file word a line break split, with the next line prefixed', () => {
    // c187-025 (negative): XRootD's `[ERROR] Server` / `responded with an error: … permission denied`.
    const paste = corpusPaste('c187-025');
    expect(detectErrors(paste)).toEqual([]);
    expect(detectErrors(prefixLines(paste, 'api-1  | '))).toEqual([]);
    expect(detectErrors(prefixLines(paste, CI_COMPOSE))).toEqual([]);
  });
});
