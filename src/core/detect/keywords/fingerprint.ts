import { foldCode } from './match.js';

/**
 * What an automaton compiled from `words` depends on, as two 32-bit numbers (the two lanes of
 * cyrb53, a fast non-cryptographic hash): the words, and how the first `folded` character codes
 * fold (the engine's case mapping, which a newer Unicode may change; an automaton of ASCII
 * keywords reads only the first 128). Saved tables carry it, so tables compiled from other
 * keywords or by another runtime are never used.
 */
export function fingerprintKeywords(words: readonly string[], folded: number): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // One loop over every code fed (words, a separator after each, then the folds): V8 optimizes it
  // once, in the middle of a cold start-up.
  const text = `${words.join('\u{10ffff}')}\u{10ffff}`;
  for (let i = 0; i < text.length + folded; i++) {
    const code = i < text.length ? text.charCodeAt(i) : foldCode(i - text.length);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
