/**
 * Words that say which OS printed an errno number (`linux`, `/Users/`), read lazily around the
 * numbers that need them: only a POSIX number that nothing near it names asks, and only the
 * blocks of text around it are searched, each at most once. A hint counts within
 * {@link HINT_WINDOW} characters of the number (about a hundred log lines: the part of a log
 * the number belongs to, whether the log is read whole or streamed).
 */

export const HINT_WINDOW = 1 << 13;
const BLOCK = 1 << 11;

/** Does the text near a span name this OS? */
export type HintLookup = (os: 'linux' | 'macos', start: number, end: number) => boolean;

/**
 * `patterns` find every hint word of an OS (global, case-insensitive); `longest` is the longest
 * such word, so a word that starts in a block is found even when it ends past it.
 */
export function createHintLookup(
  text: string,
  patterns: { linux: RegExp; macos: RegExp },
  longest: number,
): HintLookup {
  const blocks = { linux: new Map<number, number[]>(), macos: new Map<number, number[]>() };
  /** Where hint words of `os` start in block `b`. */
  const startsIn = (os: 'linux' | 'macos', b: number): number[] => {
    let found = blocks[os].get(b);
    if (found) return found;
    found = [];
    const from = b * BLOCK;
    const slice = text.slice(from, Math.min(text.length, from + BLOCK + longest - 1));
    const pattern = patterns[os];
    pattern.lastIndex = 0;
    // Every start, overlapping ones too: the next search begins one character after the last start.
    for (let m = pattern.exec(slice); m !== null && m.index < BLOCK; m = pattern.exec(slice)) {
      found.push(from + m.index);
      pattern.lastIndex = m.index + 1;
    }
    blocks[os].set(b, found);
    return found;
  };
  return (os, start, end) => {
    const lo = Math.max(0, start - HINT_WINDOW);
    const hi = Math.min(text.length - 1, end + HINT_WINDOW);
    for (let b = Math.floor(lo / BLOCK); b * BLOCK <= hi; b++)
      if (startsIn(os, b).some((p) => p >= lo && p <= hi)) return true;
    return false;
  };
}
