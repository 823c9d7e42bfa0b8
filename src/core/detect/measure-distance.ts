import { isBlankCode } from './ascii.js';

/**
 * Distances between a mention and what is near it, with each run of white space counted as one
 * character, in a text a log viewer or a chat prefixed: its prefixes are read as blanks
 * (line-prefixes.ts), and a CI log's 29-character time before every line had put a socket word two
 * lines up beyond reach, where the same log without the times kept it. Other texts count every
 * character, as they always did: stretching every text's distances made its words' searches three
 * times as long, detection in the bench 0.39 of the regex floor against 0.43, for no paste of the corpus.
 */

/**
 * How many times as far, in characters as given, what is near may stand: a long run of blanks counts
 * once but is not walked forever. A stream keeps far more on either side of a step (stream.ts).
 */
export const STRETCH = 3;

/** How far, in characters as given, what is `near` may stand: {@link STRETCH} times that with `stretch`. */
export const reachAsGiven = (near: number, stretch: boolean): number => (stretch ? STRETCH * near : near);

/**
 * The characters from `from` to `to`, each run of white space counted as one; Infinity once past
 * `near`, or where `to` stands more than {@link STRETCH} times `near` away as given.
 */
export function measureDistance(
  text: string,
  from: number,
  to: number,
  near = Number.POSITIVE_INFINITY,
): number {
  if (to - from > STRETCH * near) return Number.POSITIVE_INFINITY;
  let distance = 0;
  let blank = false;
  for (let i = from; i < to; i++) {
    const b = isBlankCode(text.charCodeAt(i));
    if ((!b || !blank) && ++distance > near) return Number.POSITIVE_INFINITY;
    blank = b;
  }
  return distance;
}

/** Is `to` at most `near` characters after `from`, as {@link measureDistance} counts? */
export function isNear(text: string, from: number, to: number, near: number): boolean {
  return to - from <= near || measureDistance(text, from, to, near) <= near;
}

/** The earliest offset at most `near` characters before `at`, as {@link measureDistance} counts. */
export function reachBefore(text: string, at: number, near: number): number {
  const floor = Math.max(0, at - STRETCH * near);
  let distance = 0;
  let afterBlank = false; // is the character after this one blank (and inside)?
  let i = at - 1;
  for (; i >= floor; i--) {
    const blank = isBlankCode(text.charCodeAt(i));
    // A blank right before a blank adds nothing: the run was counted once already.
    if (!(blank && afterBlank) && ++distance > near) break;
    afterBlank = blank;
  }
  return i + 1;
}

/** The latest offset at most `near` characters after `at`, as {@link measureDistance} counts. */
export function reachAfter(text: string, at: number, near: number): number {
  const ceiling = Math.min(text.length, at + STRETCH * near);
  let distance = 0;
  let lastBlank = false; // is the character before this one blank (and inside)?
  let i = at;
  for (; i < ceiling; i++) {
    const blank = isBlankCode(text.charCodeAt(i));
    if (!(blank && lastBlank) && ++distance > near) break;
    lastBlank = blank;
  }
  return i;
}

/**
 * Does `words` (a global pattern) match within `near` characters of the span: as {@link measureDistance}
 * counts with `stretch`, else as given? The whole match must be inside.
 */
export function isWordNear(
  text: string,
  words: RegExp,
  start: number,
  end: number,
  near: number,
  stretch: boolean,
): boolean {
  // With `stretch`, a match is looked for where white space may stretch the distance. The reach on
  // each side is walked once, and only when a match stands beyond plain reach: measuring from each
  // such match walked the window once per match, and a stamped log that names a word every few
  // characters took seconds a megabyte. A match is near exactly when it is within that reach.
  const reach = reachAsGiven(near, stretch);
  const from = Math.max(0, start - reach);
  const window = text.slice(from, end + reach);
  let lo = -1;
  let hi = -1;
  words.lastIndex = 0;
  for (let m = words.exec(window); m !== null; m = words.exec(window)) {
    const at = from + m.index;
    const after = at + m[0].length;
    if (at < start - near) {
      if (lo < 0) lo = reachBefore(text, start, near);
      if (at < lo) continue;
    }
    if (after > end + near) {
      if (hi < 0) hi = reachAfter(text, end, near);
      if (after > hi) continue;
    }
    return true;
  }
  return false;
}
