import { describe, expect, it } from 'vitest';
import { createHeldClaims } from '../../../src/infra/store/held-claims.js';

describe('createHeldClaims', () => {
  it('gives back the token of the latest claim of a key once', () => {
    const held = createHeldClaims();
    held.hold('a', 't1');
    held.hold('a', 't2');
    expect(held.take('a')).toBe('t2');
    expect(held.take('a')).toBeUndefined();
    expect(held.take('never')).toBeUndefined();
  });

  it('lets the oldest claims go past its limit', () => {
    const held = createHeldClaims(2);
    held.hold('a', '1');
    held.hold('b', '2');
    held.hold('a', '3'); // claimed again: now the newest
    held.hold('c', '4');
    expect(held.take('b')).toBeUndefined();
    expect(held.take('a')).toBe('3');
    expect(held.take('c')).toBe('4');
  });
});
