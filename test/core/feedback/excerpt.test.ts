import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptAround, MAX_EXCERPT } from '../../../src/core/feedback/excerpt.js';
import type { Finding } from '../../../src/core/index.js';

const finding = (text: string, match: string): Finding => ({
  id: '10054',
  match,
  index: text.indexOf(match),
  form: 'symbol',
  confidence: 'high',
  count: 1,
});

describe('the excerpt kept with feedback', () => {
  it('keeps a short message whole', () => {
    const text = 'read ECONNRESET\n';
    expect(excerptAround(text, [finding(text, 'ECONNRESET')])).toBe('read ECONNRESET');
  });

  it('starts at the line of the first finding in a long log and marks the cuts', () => {
    const text = `${'x'.repeat(5000)}\nINFO a\nERROR read ECONNRESET on 10.0.0.7:5432\n${'y'.repeat(5000)}`;
    const excerpt = excerptAround(text, [finding(text, 'ECONNRESET')]);
    expect(excerpt.startsWith('…ERROR read ECONNRESET')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
  });

  it('is never longer than the cap and never splits a character, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.nat(2000), (text, at) => {
        const f: Finding = {
          id: '1',
          match: 'x',
          index: Math.min(at, text.length),
          form: 'code',
          confidence: 'high',
          count: 1,
        };
        const excerpt = excerptAround(text, [f]);
        expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
        expect(excerpt).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }),
    );
  });
});
