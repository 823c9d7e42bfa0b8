import { describe, expect, it } from 'vitest';
import { hasNearWord, hasNearWords, wordsOf } from '../../../src/core/lookup/near-word.js';

describe('near words', () => {
  it('finds a word whole, in any case, and a hyphenated one joined', () => {
    expect(hasNearWord('Refused', wordsOf(['Connection refused.']))).toBe(true);
    expect(hasNearWord('keepalive', wordsOf(['stale keep-alive connection']))).toBe(true);
  });

  it('allows no typo in four letters, one from five, two from nine', () => {
    expect(hasNearWord('slow', wordsOf(['flowspec error', 'flow']))).toBe(false);
    expect(hasNearWord('timout', wordsOf(['connect timeout']))).toBe(true);
    expect(hasNearWord('timot', wordsOf(['connect timeout']))).toBe(false);
    expect(hasNearWord('conection', wordsOf(['connection']))).toBe(true);
    expect(hasNearWord('WSAECONNRESTE', wordsOf(['WSAECONNRESET']))).toBe(true);
  });

  it('reads two forms of one word as one (a stem of five letters, endings of three)', () => {
    expect(hasNearWord('blocked', wordsOf(['A blocking operation is in progress']))).toBe(true);
    expect(hasNearWord('refusal', wordsOf(['Connection refused']))).toBe(true);
    expect(hasNearWord('protect', wordsOf(['protocol not supported']))).toBe(false);
  });

  it('does not read a word as a part of a longer one', () => {
    expect(hasNearWord('proxy', wordsOf(['protocol wrong type for socket']))).toBe(false);
    expect(hasNearWord('reset', wordsOf(['resetting']))).toBe(false);
  });

  it('needs one meaningful word of several, and asks nothing of words under four letters', () => {
    expect(hasNearWords('broken pipe error', wordsOf(['Broken pipe']))).toBe(true);
    expect(hasNearWords('slow network proxy', wordsOf(['protocol wrong type for socket']))).toBe(false);
    expect(hasNearWords('is it on', wordsOf(['anything']))).toBe(true);
  });
});
