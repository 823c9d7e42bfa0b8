import { detachString } from '../../detach-string.js';
import type { Finding, StreamRegion } from '../../detect/index.js';
import { isFenceLine } from './fence-line.js';
import { isBlank, isEmptyLine, isIndent, startsStampedRecord } from './line-start.js';
import { passOverLines } from './pass-over-lines.js';
import { type PasteError, peersOfRecords } from './read-paste.js';
import { createRecordRule } from './record-rule.js';
import {
  createRecordTracker,
  type LineMention,
  type RecordCounts,
  type RecordTracker,
  type TextWindow,
} from './record-tracker.js';
import { COMPOSE, createComposeReader, MAX_SHAPE, shapeOf } from './records.js';
import { hasTimeOfDay, hasTimestamp, startsWithIsoTime } from './timestamps.js';
import { RECORD_HEAD } from './tracked-record.js';

/** How many recent line starts are kept readable (a logged line up to three line breaks before its trace). */
const RECENT_LINES = 5;
const NONE: LineMention[] = [];
/**
 * The most text the stream is asked to keep behind what it has read. A line or record that never
 * ends (a minified file, a log without timestamps) was kept whole and copied at each step: a 200 MB
 * line took 15 minutes and 3 GB. Past this, it keeps only the start it is read by (RECORD_HEAD).
 * 64 K keeps a step under the detector's buffer, collected young (a 200 MB line: 1.2 s and 73 MB; 256 K: 2.1 s and 112 MB).
 */
const LOOKBACK = 1 << 16;

/**
 * Reads a log as the detector streams it (`Detector.stream`), line by line, and gives each error
 * what `readPaste` gives it on the whole text: where it first appears, its number of separate
 * failures, the timestamp of its first record, and the hosts and ports of its first records.
 * Whether the log's lines start with timestamps is known only once one does: until then both ways
 * of splitting it into records are followed.
 */
export function createPasteStream() {
  const stamped = createRecordTracker();
  let plain: RecordTracker | null = createRecordTracker();
  const plainRule = createRecordRule(false);
  const compose = createComposeReader();
  let seenLine = false;
  const first = new Map<string, number>();
  let queue: { id: string; start: number }[] = [];
  let taken = 0;
  let pos = 0;
  let index = 0;
  /** The starts of the last lines read, oldest first (a ring). */
  const recent = new Array<number>(RECENT_LINES).fill(0);
  let window: TextWindow = { text: '', base: 0 };
  /** The start of the line being read, where the stream let go of it (a line longer than LOOKBACK). */
  let lineHead: TextWindow | null = null;
  /** The errors mentioned so far on the line being read (from `from`, where `pos` was). */
  let openLine = { from: -1, ids: new Set<string>() };
  /** Where the next mention no line has taken yet starts (Infinity: none is queued). */
  const nextMention = () => (taken < queue.length ? (queue[taken] as LineMention).start : Infinity);

  const line = (start: number, end: number) => {
    let ids: LineMention[] = NONE;
    while (nextMention() <= end) {
      if (ids === NONE) ids = [];
      ids.push(queue[taken++] as LineMention);
    }
    const head = start < window.base && lineHead?.base === start ? lineHead.text : undefined;
    const { text, base } = head === undefined ? window : (lineHead as TextWindow);
    const at = start - base;
    const to = Math.min(end - base, text.length);
    // Most lines of most logs start with an ISO timestamp, and most others are indented (a stack
    // trace): neither needs its shape read, unless it could start a timestamp.
    const iso = startsWithIsoTime(text, at);
    let shape = '';
    let blank = false;
    let hasStamp = iso;
    if (plain) shape = shapeOf(text, at, to);
    if (iso) {
      // Neither blank nor with a Compose prefix.
    } else if (!plain && at < to && isIndent(text.charCodeAt(at))) {
      blank = isBlank(text, at, Math.min(to, at + MAX_SHAPE));
      hasStamp = !blank && hasTimeOfDay(text, at, to) && hasTimestamp(shapeOf(text, at, to));
    } else {
      if (!plain) shape = shapeOf(text, at, to);
      blank = shape.trim() === '';
      hasStamp = !blank && hasTimestamp(shape);
    }
    if (hasStamp) plain = null;
    const byService = blank ? COMPOSE.none : compose(text, at, to, shape, hasStamp);
    // A code fence ends a stamped record as a timestamp does (fence-line.ts). An indented line,
    // whose shape is not read once the log is known to be stamped, is none.
    const fence = !blank && !iso && isFenceLine(shape);
    const kind = blank ? 'blank' : !seenLine || hasStamp || fence || byService > 0 ? 'starts' : 'continues';
    if (plain)
      plain.line(
        start,
        end,
        index,
        blank ? 'blank' : plainRule(shape) || byService === COMPOSE.any ? 'starts' : 'continues',
        ids,
        window,
        head,
      );
    stamped.line(start, end, index, kind, ids, window, head);
    if (!blank) seenLine = true;
  };

  /** Lines before this offset have been considered for skipping (each is looked back at once). */
  let skipTo = 0;
  /**
   * In a stamped log, no mention in the record being read: lines before the last record start ahead
   * of the next mention (or the region's end) change only the line count, and are passed over unread.
   */
  const skipQuietLines = (text: string, base: number, doneTo: number) => {
    const bound = Math.min(nextMention(), doneTo, base + text.length);
    if (bound <= skipTo) return;
    skipTo = bound;
    // The start of the line holding `bound`, then back to the last line that starts a record.
    let at = text.lastIndexOf('\n', bound - base - 1) + 1;
    while (at > pos - base) {
      // A line is judged whole: one the buffer has only part of (not the log's last) is passed by.
      const newline = text.indexOf('\n', at);
      const whole = newline >= 0 || doneTo === Number.POSITIVE_INFINITY;
      if (whole && startsStampedRecord(text, at, newline < 0 ? text.length : newline)) break;
      at = at >= 2 ? text.lastIndexOf('\n', at - 2) + 1 : 0;
    }
    index = passOverLines(text, base, pos, base + at, recent, index);
    pos = Math.max(pos, base + at);
  };

  return {
    /** Reads the lines the region completes; returns the earliest offset whose text is still needed. */
    region(region: StreamRegion): number {
      window = { text: region.text, base: region.base };
      const { text, base, doneTo } = region;
      // A line of megabytes (a JSON array of errors on one line) names the same errors over and over:
      // past its head, another mention of an error it names already changes nothing the line is read
      // for, and it would hold every one of them until it ends.
      if (openLine.from !== pos) openLine = { from: pos, ids: new Set() };
      const lineEnd = text.indexOf('\n', Math.max(0, pos - base));
      for (const m of region.mentions) {
        if (!first.has(m.id)) first.set(m.id, m.start);
        const onOpenLine = lineEnd < 0 || m.start < base + lineEnd;
        if (onOpenLine && m.start - pos >= RECORD_HEAD && openLine.ids.has(m.id)) continue;
        if (onOpenLine) openLine.ids.add(m.id);
        queue.push(m);
      }
      for (;;) {
        if (!plain && pos < doneTo && stamped.idle()) skipQuietLines(text, base, doneTo);
        const newline = text.indexOf('\n', pos - base);
        const end = newline >= 0 ? base + newline : base + text.length;
        // A line is read once every mention that may start on it is known.
        if ((newline < 0 && doneTo !== Number.POSITIVE_INFINITY) || end >= doneTo) break;
        // An empty line no mention is on changes no record: only counted (50 MB of them took 3 s).
        if (nextMention() <= end || !isEmptyLine(text, pos - base, end - base)) line(pos, end);
        recent[index % RECENT_LINES] = pos;
        if (newline < 0) {
          pos = Number.POSITIVE_INFINITY;
          break;
        }
        pos = end + 1;
        index++;
      }
      queue = queue.slice(taken);
      taken = 0;
      const oldest = recent[(index + 1) % RECENT_LINES] as number;
      const needed = () => Math.min(pos, oldest, stamped.openFrom(), plain?.openFrom() ?? pos);
      const from = Math.min(doneTo, base + text.length) - LOOKBACK;
      if (needed() >= from) return needed();
      // Too far back: what is read later of the line and the records being read is their start.
      if (pos < from && pos >= base && lineHead?.base !== pos)
        lineHead = { text: detachString(text.slice(pos - base, pos - base + RECORD_HEAD)), base: pos };
      stamped.keepHead(window, from);
      plain?.keepHead(window, from);
      // Asked again: a record that kept its head no longer needs its start.
      return Math.max(from, needed());
    },
    /** Each finding's errors as the paste shows them, in the order they first appear. */
    end(findings: readonly Finding[]): PasteError[] {
      const counts = (plain ?? stamped).end(window);
      return findings
        .map((finding): PasteError => {
          const c: RecordCounts = counts.get(finding.id) ?? {
            count: 1,
            timestamp: null,
            record: null,
            sightings: [],
          };
          const at = first.get(finding.id) ?? finding.index;
          return {
            finding,
            first: at,
            record: c.record ?? at,
            count: c.count,
            timestamp: c.timestamp,
            ...peersOfRecords(c.sightings.map((seen) => seen.peers)),
            sightings: c.sightings,
          };
        })
        .sort((a, b) => a.first - b.first);
    },
  };
}
