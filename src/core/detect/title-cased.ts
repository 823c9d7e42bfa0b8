/** Title case: how people retype or name a short error message (`Connection Refused`, `Broken Pipe`). */
import { PATTERNS } from './patterns.js';

/**
 * Is every word of `slice` a capital and then lower-case letters only (`Connection Reset By Peer`)?
 * Two words at least: one capitalised word is any sentence's first. Not capitals inside a word
 * (`Connection TIMED OUT.`, a game's own banner) nor punctuation (`Address: Not Available`, a
 * field and its value).
 */
export function isTitleCased(slice: string): boolean {
  const words = slice.split(' ');
  return words.length >= 2 && words.every((word) => PATTERNS.titleWord.test(word));
}

/**
 * Does a colon and a reason follow at `end` (`Connection Refused: not authorised.`)? That is an
 * application's refusal with its own reason (an MQTT broker's CONNACK), not the OS's text.
 */
export function hasReasonAfter(text: string, end: number): boolean {
  return PATTERNS.reasonAfter.test(text.slice(end, end + 8));
}
