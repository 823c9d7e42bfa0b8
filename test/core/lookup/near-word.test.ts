import { describe, expect, it } from 'vitest';
import { hasNearWord, hasNearWords } from '../../../src/core/lookup/near-word.js';

describe('near words', () => {
  it('finds a word whole, in any case, and a hyphenated one joined', () => {
    expect(hasNearWord('Refused', ['Connection refused.'])).toBe(true);
    expect(hasNearWord('keepalive', ['stale keep-alive connection'])).toBe(true);
  });

  it('allows no typo in four letters, one from five, two from nine', () => {
    expect(hasNearWord('slow', ['flowspec error', 'flow'])).toBe(false);
    expect(hasNearWord('timout', ['connect timeout'])).toBe(true);
    expect(hasNearWord('timot', ['connect timeout'])).toBe(false);
    expect(hasNearWord('conection', ['connection'])).toBe(true);
    expect(hasNearWord('WSAECONNRESTE', ['WSAECONNRESET'])).toBe(true);
  });

  it('reads two forms of one word as one (a stem of five letters, endings of three)', () => {
    expect(hasNearWord('blocked', ['A blocking operation is in progress'])).toBe(true);
    expect(hasNearWord('refusal', ['Connection refused'])).toBe(true);
    expect(hasNearWord('protect', ['protocol not supported'])).toBe(false);
  });

  it('does not read a word as a part of a longer one', () => {
    expect(hasNearWord('proxy', ['protocol wrong type for socket'])).toBe(false);
    expect(hasNearWord('reset', ['resetting'])).toBe(false);
  });

  it('needs one meaningful word of several, and asks nothing of words under four letters', () => {
    expect(hasNearWords('broken pipe error', ['Broken pipe'])).toBe(true);
    expect(hasNearWords('slow network proxy', ['protocol wrong type for socket'])).toBe(false);
    expect(hasNearWords('is it on', ['anything'])).toBe(true);
  });
});
