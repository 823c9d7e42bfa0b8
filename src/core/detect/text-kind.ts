import { isAscii } from './ascii.js';
import type { DetectionIndex } from './build-index.js';
import { HINT_WINDOW } from './hint-words.js';
import { PATTERNS } from './patterns.js';

const { cjk: CJK, wide: WIDE } = PATTERNS;

/** Beyond the longest mention and the hints' window: the words near a mention (240), a quoted host… */
const MARGIN = 1 << 11;

/** What a streamed text has held so far, as far as how it is read depends on it. */
export interface TextKind {
  /** Takes note of a piece of the text. */
  see(piece: string): void;
  /**
   * How much text on either side of a step decides its mentions: the platform hints' window, or
   * the longest stretch a mention can cover in such a text, and a margin.
   */
  context(): number;
  /** The most `context` can be, whatever comes but CJK text: what a stream keeps on the left. */
  most(): number;
  /**
   * Some character past Latin-1 so far. V8 then holds the stream's strings at two bytes a
   * character, and the joined text keeps that from step to step through its kept part.
   */
  wide(): boolean;
}

/**
 * A text's kind: all ASCII (every mention starts with an ASCII character), no CJK character (a
 * mention cannot stretch over a console's wrap between two), or any. Each only ever widens.
 */
export function createTextKind(index: DetectionIndex): TextKind {
  const hints = HINT_WINDOW + index.longestHint;
  const contextOf = (reach: number) => Math.max(hints, reach) + MARGIN;
  let ascii = true;
  let wide = false;
  let cjk = false;
  return {
    see(piece) {
      // `isAscii` first: a test four times cheaper than a regex search, and true for nearly every log.
      if (cjk || (ascii && isAscii(piece))) return;
      ascii = false;
      wide ||= WIDE.test(piece);
      cjk = CJK.test(piece);
    },
    context() {
      const reach = index.reach();
      return contextOf(ascii ? reach.ascii : cjk ? reach.all : reach.plain);
    },
    // `plain` is measured over every text, the ASCII ones too: it is never below `ascii`.
    most: () => contextOf(cjk ? index.reach().all : index.reach().plain),
    wide: () => wide,
  };
}
