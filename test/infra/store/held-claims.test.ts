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

  it('keeps at least the newest half of its limit, letting the oldest go', () => {
    const held = createHeldClaims(4);
    held.hold('a', '1');
    held.hold('b', '2');
    held.hold('c', '3');
    held.hold('a', '4'); // claimed again: now among the newest
    held.hold('d', '5');
    expect(held.take('b')).toBeUndefined();
    expect(held.take('a')).toBe('4');
    expect(held.take('c')).toBe('3');
    expect(held.take('d')).toBe('5');
  });

  it('never holds more than its limit', () => {
    const held = createHeldClaims(100);
    for (let i = 0; i < 1000; i++) held.hold(`k${i}`, String(i));
    const kept = Array.from({ length: 1000 }, (_, i) => held.take(`k${i}`)).filter(Boolean);
    expect(kept.length).toBeGreaterThanOrEqual(50);
    expect(kept.length).toBeLessThanOrEqual(100);
    expect(kept.at(-1)).toBe('999');
  });
});
