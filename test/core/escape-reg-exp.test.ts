import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/core/escape-reg-exp.js';

describe('escapeRegExp', () => {
  it('matches a text full of syntax characters literally', () => {
    const text = String.raw`connect() failed (111: [x]*+?^{a}$|\b.`;
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(text.replace('.', 'x'))).toBe(false);
  });

  it('leaves plain words as they are', () => {
    expect(escapeRegExp('Connection reset by peer')).toBe('Connection reset by peer');
  });
});
