import { createPairs, type Pairs, room } from './streams.js';

/**
 * How far from its end the next text may start in the last one: more than a stream's step shares
 * with the one before (twice its context: 25 K characters for ASCII, 44 K for CJK).
 */
const TAIL = 60 * 1024;
/**
 * The longest last text kept, a stream's step and more (126 K characters). It is kept as it is, not
 * copied: a step's text is part of the stream's buffer, which lives until the next step anyway; a
 * longer text (a file pasted whole) is let go.
 */
const MAX_KEPT = 1 << 18;
/**
 * The shared part's last characters are read again: the run of the last text ended there, and a
 * quiet keyword's test (run-bytes.ts) read what followed it, which the next text goes on past.
 */
const MARGIN = 64;
/** Enough of the next text's start to find it in the last one's tail. */
const NEEDLE = 64;
/** Places the needle is tried at before the next text is read whole (a log of one repeated line). */
const TRIES = 8;

/**
 * The keyword pairs of the last long text read, for a next text that starts inside it: a stream's
 * step (stream.ts) reads the context of the step before again, and for a CJK log that was two
 * thirds of every step, as the automaton reads it one character at a time. Where the next text
 * begins with the end of the last one, character for character, the pairs that end in that shared
 * part are taken over and the automaton reads on from there (its state there found as a stream
 * cut's is: streams.ts).
 *
 * Taken over, they are the pairs of the shared part as the last text met them: all that reading
 * the next text from its start meets there, and keywords that began before it, which confirming
 * turns away (`findKeywordStart` finds no start inside the text). The same text again is read
 * whole: nothing is taken over unless the next text starts past the last one's start and goes on
 * past its end.
 */
export function createCarryOver() {
  let last = '';
  const kept: Pairs = createPairs();

  /** Where `text` starts in the last text, when it begins with all of the last text from there on. */
  const overlapStart = (text: string): number => {
    if (last.length < NEEDLE || text.length <= NEEDLE) return -1;
    const needle = text.slice(0, NEEDLE);
    let at = last.indexOf(needle, Math.max(1, last.length - TAIL));
    for (let tries = 0; at >= 0 && tries < TRIES; tries++) {
      const shared = last.length - at;
      // Compared as strings: `===` compares their characters as memory, `startsWith` one by one.
      if (shared < text.length && text.slice(0, shared) === last.slice(at)) return at;
      at = last.indexOf(needle, at + 1);
    }
    return -1;
  };

  return {
    /**
     * Puts into `hits` the last text's pairs that `text` shares, where it starts inside the last
     * one, and returns where reading it must begin (a multiple of 4; 0: read it whole).
     */
    take(text: string, hits: Pairs): number {
      const at = overlapStart(text);
      if (at < 0) return 0;
      const first = (last.length - at - MARGIN) & ~3;
      if (first <= 0) return 0;
      const { data, length } = kept;
      hits.data = room(hits.data, hits.length, length);
      for (let i = 0; i < length; i += 2) {
        const end = (data[i + 1] as number) - at;
        if (end <= 0 || end > first) continue;
        hits.data[hits.length++] = data[i] as number;
        hits.data[hits.length++] = end;
      }
      return first;
    },
    /** Keeps `text` and those of its pairs that end in its last {@link TAIL} characters, for the next text. */
    keep(text: string, hits: Pairs): void {
      last = text.length <= MAX_KEPT ? text : '';
      kept.length = 0;
      if (last === '') return;
      const from = text.length - TAIL;
      let n = 0;
      const { data, length } = hits;
      kept.data = room(kept.data, 0, length);
      for (let i = 0; i < length; i += 2) {
        if ((data[i + 1] as number) <= from) continue;
        kept.data[n++] = data[i] as number;
        kept.data[n++] = data[i + 1] as number;
      }
      kept.length = n;
    },
  };
}
