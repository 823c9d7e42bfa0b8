import { detachString } from '../detach-string.js';
import type { DetectionIndex } from './build-index.js';
import { unwrapConsoleLines } from './console-wraps.js';
import { readCopiedText } from './copied-text.js';
import { LINE_REACH } from './escaped-quote.js';
import type { Finding } from './finding.js';
import type { Hit } from './hit.js';
import { dropInvisible, holdBackFrom, MAX_DROPPED, restoreOffsets } from './invisible.js';
import { createLayoutReader } from './layout.js';
import { readsRecordsMended } from './line-prefixes.js';
import { createMerger, sortHits } from './merge.js';
import { scanMentions } from './scan.js';
import { createSpecificFilter } from './specific.js';
import { createTextKind } from './text-kind.js';

/** A mention that became final: its error and where it starts in the whole text. */
interface Mention {
  id: string;
  start: number;
}

/** What a stream hands on as it reads: the mentions that became final, and the text around them. */
export interface StreamRegion {
  /**
   * The stream's buffer: `text[i]` is the character at offset `base + i` of the whole text as it is
   * read, without its invisible characters (invisible.ts; in nearly every log, the text as given),
   * and with a log viewer's line prefixes as given (a GitHub Actions log's timestamps, which the
   * triage reads records by, as it does in the whole text), though detection reads them as blanks.
   */
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
 * The longest buffer a step reads (UTF-16 units): a Latin-1 text's string (a byte a character) then
 * stays below the size V8 allocates apart (131,056 bytes), so each step's strings are collected
 * young and memory stays flat; a text with wider characters (two bytes each), half as long. A step
 * reads as much new text as this leaves beside the context kept on its left: the longer the step,
 * the less text is read twice as the context of the next.
 */
const BUFFER = 126 * 1024;
/** The fewest new characters a step reads, whatever context a text needs. */
const MIN_STEP = 1 << 15;

/**
 * Reads a text piece by piece with bounded memory: each step of new text (`step` characters, or
 * what BUFFER leaves beside the context kept) is read with enough text on either side
 * (text-kind.ts) that every mention in it is found and judged exactly as in the whole text;
 * mentions are then merged in order, as the whole text's are.
 * `onRegion` may return the earliest offset of the text it still needs.
 */
export function createDetectionStream(
  index: DetectionIndex,
  onRegion?: (region: StreamRegion) => number | undefined,
  step?: number,
): DetectionStream {
  const specific = createSpecificFilter();
  const merger = createMerger(undefined, detachString);
  let pieces: string[] = [];
  let pending = 0;
  let buf = '';
  /** `buf` with the viewer's prefixes as given, for `onRegion` (the same string when there are none). */
  let records = '';
  let base = 0;
  let readTo = 0; // mentions starting before it have been read
  const kind = createTextKind(index);
  /** The context kept on the left: enough for any text of the kind read so far. */
  const keep = () => kind.most();
  const buffer = () => (kind.wide() ? BUFFER >> 1 : BUFFER);
  const stepLength = () => step ?? Math.max(MIN_STEP, buffer() - keep());
  /** The text's layout (a viewer's prefix, the margin), decided from its first lines as the whole text's is. */
  const layout = createLayoutReader();
  // The text is read without its invisible characters, as a whole text is; where each stood in the text as
  // given, so findings point there (`left`: the budget for more). A code the next piece may finish is held
  // back (`carry`); `before`, read right before, goes with a colour remnant (a string's escape keeps it).
  const dropped: number[] = [];
  let left = MAX_DROPPED;
  let given = 0;
  let carry = '';
  let before = '';
  const take = (raw: string, at: number, after: string | null) => {
    const read = dropInvisible(raw, left, at, before, after);
    left = read.left;
    for (const d of read.dropped) dropped.push(at + d);
    before = raw.length >= LINE_REACH ? raw.slice(-LINE_REACH) : (before + raw).slice(-LINE_REACH);
    return read.text;
  };
  const hand = (released: Hit[], doneTo: number) => {
    merger.add(released, buf, base);
    const mentions = released.map(({ id, start }) => ({ id, start }));
    return onRegion?.({ text: records, base, doneTo, mentions });
  };

  const read = (final: boolean) => {
    if (layout.waits(pending, final)) return;
    // One copy of the kept text and the pieces into a flat string (a join makes one): read character
    // by character, a string of strings (a rope) is slow, and joining the pieces first copies twice.
    const kept = buf.length;
    pieces.unshift(buf);
    // Mended after the join (an escape cut between two pieces is whole here; the kept text is mended
    // already): a line that started before the buffer was mended, or not, whole.
    const joined = pieces.join('');
    const copied = readCopiedText(joined, base);
    const laidOut = layout.read(copied, base, final);
    if (laidOut === null) {
      pieces = [joined]; // the lines that decide the layout are not all here yet
      return;
    }
    const { masked, margin, prefixed, wrapped, tagged } = laidOut;
    buf = unwrapConsoleLines(masked, index.isWord, { base, firstLineWhole: base === 0, final, margin });
    // The kept part of `records` has its prefixes as given already: only the new text is added.
    records = readsRecordsMended(copied, masked, buf) ? buf : records + copied.slice(kept);
    pieces = [];
    pending = 0;
    // In a text all ASCII so far, or without CJK, a shorter context will do.
    const context = kind.context();
    let to = base + buf.length;
    if (!final) {
      // The last characters wait for what follows them; a step ends at a line's end where it can.
      to = Math.max(readTo, to - context);
      const lineEnd = buf.lastIndexOf('\n', to - base - 1);
      if (base + lineEnd + 1 > readTo) to = base + lineEnd + 1;
    }
    const from = Math.max(base, readTo - context);
    const text = buf.slice(from - base, Math.min(buf.length, to - base + context));
    const hits = scanMentions(index, text, prefixed, wrapped, tagged).filter(
      (h) => h.start >= readTo - from && h.start < to - from,
    );
    for (const h of hits) {
      h.start += from;
      h.end += from;
    }
    const released = specific.add(sortHits(hits), buf, base);
    // A mention no later hit can join is handed on now (a last one held to the end of a long text kept
    // all the text after it), hit by hit: a spread of a long line's many hits overflowed the stack.
    for (const hit of final ? specific.end() : specific.settle(to)) released.push(hit);
    const needed = hand(released, final ? Number.POSITIVE_INFINITY : Math.min(to, specific.pendingFrom()));
    readTo = to;
    // Keep the context of the next step, the mention still open and what the reader needs.
    const keepFrom = Math.max(
      base,
      Math.min(readTo - keep(), specific.pendingFrom() - keep(), needed ?? readTo),
    );
    // A slice: the next step's copy into a flat string (above) lets the rest of this one go.
    const same = records === buf;
    buf = buf.slice(keepFrom - base);
    records = same ? buf : records.slice(keepFrom - base);
    base = keepFrom;
  };

  /** Takes one piece of the text as read. */
  const feed = (piece: string) => {
    if (piece.length === 0) return;
    kind.see(piece);
    // A step is read before a piece would take the buffer past BUFFER, whatever the pieces' size, unless the
    // reader keeps so much (a line that never ends: a NUL run) that it would read mostly that again.
    const unread = base + buf.length + pending - readTo;
    const least = Math.max(MIN_STEP, buf.length >> 1);
    if (pending > 0 && buf.length + pending + piece.length > buffer() && unread >= least) read(false);
    pieces.push(piece);
    pending += piece.length;
    if (base + buf.length + pending >= readTo + stepLength()) read(false);
  };

  return {
    push(raw) {
      const whole = carry + raw;
      const at = given - carry.length;
      given += raw.length;
      const cut = holdBackFrom(whole, at);
      carry = whole.slice(cut);
      feed(take(whole.slice(0, cut), at, carry));
    },
    end() {
      if (carry !== '') feed(take(carry, given - carry.length, null));
      carry = '';
      read(true);
      return restoreOffsets(merger.findings(), dropped);
    },
  };
}
