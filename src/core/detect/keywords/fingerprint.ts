import { foldCodes } from './match.js';

/**
 * What an automaton compiled from `words` depends on, as two 32-bit numbers (the two lanes of
 * cyrb53, a fast non-cryptographic hash): the words, and how the first `folded` character codes
 * fold (the engine's case mapping, which a newer Unicode may change; an automaton of ASCII
 * keywords reads only the first 128). Saved tables carry it, so tables compiled from other
 * keywords or by another runtime are never used.
 */
export function fingerprintKeywords(words: readonly string[], folded: number): [number, number] {
  // Normalized keywords hold no line break: one between two keeps `ab`,`c` apart from `a`,`bc`.
  const text = new TextEncoder().encode(words.join('\n'));
  // Read 32 bits at a time (a quarter of the steps of a character loop, in cold start-up code).
  const bytes = new Uint8Array(((text.length + 3) & ~3) + ((2 * folded + 3) & ~3) + 4);
  bytes.set(text);
  new Uint16Array(bytes.buffer, (text.length + 3) & ~3, folded).set(foldCodes(folded));
  // In the machine's byte order: tables saved on a machine of the other order are refused anyway.
  const words32 = new Uint32Array(bytes.buffer);
  words32[words32.length - 1] = text.length;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < words32.length; i++) {
    const word = words32[i] as number;
    h1 = Math.imul(h1 ^ word, 2654435761);
    h2 = Math.imul(h2 ^ word, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
