import type { DetectionIndex } from './build-index.js';
import type { Finding } from './finding.js';
import { HINT_WINDOW } from './hint-words.js';
import type { Hit } from './hit.js';
import { createMerger, sortHits } from './merge.js';
import { scanMentions } from './scan.js';
import { createSpecificFilter } from './specific.js';

/** A mention that became final: its error and where it starts in the whole text. */
export interface Mention {
  id: string;
  start: number;
}

/** What a stream hands on as it reads: the mentions that became final, and the text around them. */
export interface StreamRegion {
  /** The stream's buffer: `text[i]` is the character at offset `base + i` of the whole text. */
  text: string;
  base: number;
  /** Every mention that starts before this offset has been handed on (Infinity at the end). */
  doneTo: number;
  mentions: readonly Mention[];
}

/** A text read piece by piece (a log file), with the findings of reading it whole. */
export interface DetectionStream {
  push(piece: string): void;
  end(): Finding[];
}

/**
 * How much text around a part being read decides its mentions: the platform hints' window, and
 * a margin for the longest mention and the words near it (context words and evidence: 240).
 */
const CONTEXT = HINT_WINDOW + (1 << 14);
/** How much text is read at once (UTF-16 units): the context is read twice per step. */
const STEP = 1 << 22;

/** A copy of a short text that keeps nothing else alive (not a slice of a stream's buffer). */
const detach = (s: string) => (s.length < 13 ? s : `${s} `.slice(0, -1));

/**
 * Reads a text piece by piece with bounded memory: each step of `step` characters is read
 * with {@link CONTEXT} characters of text on either side, so every mention in it is found and
 * judged exactly as in the whole text; mentions are then merged in order, as the whole text's are.
 * `onRegion` may return the earliest offset of the text it still needs.
 */
export function createDetectionStream(
  index: DetectionIndex,
  onRegion?: (region: StreamRegion) => number | undefined,
  step = STEP,
): DetectionStream {
  const specific = createSpecificFilter();
  const merger = createMerger(undefined, detach);
  let pieces: string[] = [];
  let pending = 0;
  let buf = '';
  let base = 0;
  /** Mentions starting before this offset have been read. */
  let readTo = 0;

  const hand = (released: Hit[], doneTo: number) => {
    merger.add(released, buf, base);
    const mentions = released.map((h) => ({ id: h.id, start: h.start }));
    return onRegion?.({ text: buf, base, doneTo, mentions });
  };

  const read = (final: boolean) => {
    buf += pieces.join('');
    pieces = [];
    pending = 0;
    let to = final ? base + buf.length : base + buf.length - CONTEXT;
    // A step ends at a line's end where it can: lines are then handed on whole.
    const lineEnd = final ? -1 : buf.lastIndexOf('\n', to - base - 1);
    if (lineEnd >= readTo - base) to = base + lineEnd + 1;
    const hits = scanMentions(index, buf).filter((h) => h.start >= readTo - base && h.start < to - base);
    for (const h of hits) {
      h.start += base;
      h.end += base;
    }
    const released = specific.add(sortHits(hits), buf, base);
    if (final) released.push(...specific.end());
    const needed = hand(released, final ? Number.POSITIVE_INFINITY : Math.min(to, specific.pendingFrom()));
    readTo = to;
    // Keep the context of the next step, the mention still open and what the reader needs.
    const keepFrom = Math.max(base, Math.min(readTo, specific.pendingFrom(), needed ?? readTo) - CONTEXT);
    buf = buf.slice(keepFrom - base);
    base = keepFrom;
  };

  return {
    push(piece) {
      if (piece.length === 0) return;
      pieces.push(piece);
      pending += piece.length;
      if (base + buf.length + pending >= readTo + step + CONTEXT) read(false);
    },
    end() {
      read(true);
      return merger.findings();
    },
  };
}
