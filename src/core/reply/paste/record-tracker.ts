import { detachString } from '../../detach-string.js';
import { NO_PEERS, peersOfError } from './error-peers.js';
import { addFoldedLine, type FoldCount, foldsOfLine } from './folded-repeats.js';
import { readSpots } from './peers.js';
import { shapeOf } from './records.js';
import { NEAR_LINES, showsExceptionOf } from './same-failure.js';
import { readTimestamp } from './timestamps.js';
import {
  type LineMention,
  newRec,
  RECORD_HEAD,
  type Rec,
  type RecordCounts,
  recordStart,
  STAMP_TEXT,
  type TextWindow,
} from './tracked-record.js';

export type { LineMention, RecordCounts, TextWindow } from './tracked-record.js';

interface PerError extends FoldCount {
  first: Rec | null;
  last: Rec | null;
  listed: Rec[];
}

/** How many records of an error are read for hosts and ports (`readPaste` reads as many). */
const PEER_RECORDS = 20;

/**
 * Follows the records of a log, one way of splitting it (see `splitRecords`), as its lines go by,
 * and counts each error's separate failures exactly as `readPaste` does on the whole text: the
 * records that mention it, a logged line and the stack trace printed right after it being one.
 */
export function createRecordTracker() {
  const errors = new Map<string, PerError>();
  let current: Rec | null = null;
  /** Mentions on blank lines: in the record only if it goes on past them. */
  let gap: LineMention[] = [];

  // Called for every line of a log: no closure is made per call (they were most of a scan's garbage).
  const capture = (rec: Rec, w: TextWindow, complete: boolean) => {
    if (rec.wantsStamp && rec.stamp === undefined && (complete || rec.end >= rec.start + STAMP_TEXT)) {
      const start = recordStart(rec, w, Math.min(rec.end, rec.start + STAMP_TEXT));
      rec.stamp = readTimestamp(shapeOf(start, 0, start.length));
    }
    if (rec.wantsPeers && rec.spots === undefined && (complete || rec.end >= rec.start + RECORD_HEAD))
      rec.spots = readSpots(recordStart(rec, w, Math.min(rec.end, rec.start + RECORD_HEAD)));
  };

  /** `folds`: the failures the mention's line (`line`) stands for, as `foldedFailures` adds them up. */
  const add = (id: string, at: number, rec: Rec, w: TextWindow, folds: number, line: number) => {
    // Where each error is in the head whose peers are read decides whose each peer is.
    if (at - rec.start < RECORD_HEAD) {
      if (rec.mentions) rec.mentions.push({ id, at: at - rec.start });
      else rec.mentions = [{ id, at: at - rec.start }];
    }
    let e = errors.get(id);
    if (!e) {
      e = { count: 0, first: null, last: null, listed: [], foldLine: -2 };
      errors.set(id, e);
    }
    if (e.last === rec) return addFoldedLine(e, folds, line);
    rec.used = true;
    if (!e.first) {
      e.first = rec;
      rec.wantsStamp = true;
    }
    if (e.listed.length < PEER_RECORDS) {
      e.listed.push(rec);
      rec.wantsPeers = true;
      rec.wantsStamp = true;
    }
    const a = e.last;
    e.last = rec;
    // `isStackOfPrevious`: `a` one line, this record within three line breaks, its first line an
    // exception whose message `a` already showed, and more lines (a stack) after it.
    if (
      a &&
      a.lines === 1 &&
      rec.firstLine - a.lastLine <= NEAR_LINES &&
      a.start >= w.base &&
      showsExceptionOf(
        w.text.slice(a.start - w.base, rec.start - w.base),
        w.text.slice(rec.start - w.base, rec.firstLineEnd - w.base),
      )
    ) {
      e.foldLine = -2;
      if (rec.lines < 2) {
        if (rec.pending) rec.pending.push(id);
        else rec.pending = [id];
        rec.pendingFolds = folds;
      }
      return;
    }
    e.count += folds;
    e.foldLine = folds > 1 ? line : -1;
  };

  const close = (rec: Rec, w: TextWindow) => {
    // Still one line: no stack followed, so each pending error's mention is a failure of its own.
    if (rec.pending) for (const id of rec.pending) (errors.get(id) as PerError).count += rec.pendingFolds;
    rec.pending = null;
    capture(rec, w, true);
  };

  return {
    /**
     * The next line (`start` to its line break or the text's end, `index` line breaks before it):
     * blank (no record has it), or starting a record or not; then the errors mentioned on it.
     */
    line(
      start: number,
      end: number,
      index: number,
      kind: 'blank' | 'starts' | 'continues',
      ids: readonly LineMention[],
      w: TextWindow,
      /** The line's start where the window no longer has it (a line longer than the stream keeps). */
      head?: string,
    ) {
      if (kind === 'blank') {
        gap.push(...ids);
        return;
      }
      if (kind === 'starts' || !current) {
        if (current?.used) close(current, w);
        // A record no error is mentioned in is not kept: its object is reused (one per line of a log).
        const rec: Rec = current && !current.used ? current : newRec();
        rec.head = head;
        rec.start = start;
        rec.end = end;
        rec.firstLineEnd = end;
        rec.firstLine = index;
        rec.lastLine = index;
        rec.lines = 1;
        current = rec;
        if (gap.length > 0) gap = [];
      } else {
        current.end = end;
        current.lastLine = index;
        current.lines++;
        // Past its first line: its pending mentions were the stack of the line before. Stored on
        // every line (a branch first taken late in a log deoptimizes this hot function), and null,
        // not `[]`: an empty array changes kind once an id is pushed, a map the optimized code had not seen.
        current.pending = null;
        if (gap.length > 0) {
          for (const m of gap) add(m.id, m.start, current, w, 1, -3);
          gap = [];
        }
      }
      const folds = ids.length > 0 ? foldsOfLine(w.text, w.base, start, end, head) : 1;
      for (const m of ids) add(m.id, m.start, current, w, folds, index);
      capture(current, w, false);
    },
    /** Where the record still being read starts (its text may be needed), or Infinity. */
    openFrom: () => (current && current.head === undefined ? current.start : Number.POSITIVE_INFINITY),
    /**
     * The stream is letting go of the text before `from`: a record being read that started there
     * (a huge one) keeps a copy of the start it reads (its timestamp and hosts are read there; the
     * record before it only while the window still has it).
     */
    keepHead(w: TextWindow, from: number) {
      if (!current || current.head !== undefined || current.start >= from || current.start < w.base) return;
      current.head = detachString(w.text.slice(current.start - w.base, current.start + RECORD_HEAD - w.base));
    },
    /**
     * No error is mentioned in the record being read, nor on blank lines after it: until a line
     * with a mention, only the last record's start matters (its object is reused line after line).
     */
    idle: () => (current === null || !current.used) && gap.length === 0,
    end(w: TextWindow): Map<string, RecordCounts> {
      if (current) close(current, w);
      current = null;
      const out = new Map<string, RecordCounts>();
      for (const [id, e] of errors) {
        out.set(id, {
          count: Math.max(1, e.count),
          timestamp: e.first?.stamp ?? null,
          record: e.first ? e.first.start : null,
          sightings: e.listed.map((r) => ({
            record: r.start,
            timestamp: r.stamp ?? null,
            peers: r.spots ? peersOfError(r.spots, r.mentions ?? [], id) : NO_PEERS,
          })),
        });
      }
      return out;
    },
  };
}

export type RecordTracker = ReturnType<typeof createRecordTracker>;
