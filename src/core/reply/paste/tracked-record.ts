import type { RecordMention, Sighting } from './error-peers.js';
import type { Spot } from './peers.js';
import type { Timestamp } from './timestamps.js';

/** The text a tracker reads from: `text[i]` is the character at offset `base + i`. */
export interface TextWindow {
  text: string;
  base: number;
}

/** How much of a record's start is read for its hosts and ports (`readPaste` reads them there too). */
export const RECORD_HEAD = 4000;
/** How much of a record's start is read for its timestamp. */
export const STAMP_TEXT = 100;

/** A log record as a tracker follows it (see `createRecordTracker`). */
export interface Rec {
  start: number;
  /** The end of its last line so far; its first line's end; the indexes of its first and last lines. */
  end: number;
  firstLineEnd: number;
  firstLine: number;
  lastLine: number;
  lines: number;
  /** Some error's mention is in it: its object is kept (others are reused). */
  used: boolean;
  /** Read its timestamp (the first record of an error), its peers (one of an error's first 20). */
  wantsStamp: boolean;
  stamp: Timestamp | null | undefined;
  wantsPeers: boolean;
  spots: Spot[] | undefined;
  /** The errors' mentions in its head, which decide whose each spot is (see `peersOfError`); null: none yet. */
  mentions: RecordMention[] | null;
  /** Errors whose new occurrence depends on whether it goes on past its first line; null: none. */
  pending: string[] | null;
  /** The failures its first line folds (see `foldedRepeats`): what each pending error adds. */
  pendingFolds: number;
  /** Its first {@link RECORD_HEAD} characters, copied when the stream lets go of its start (a huge record). */
  head: string | undefined;
}

export const newRec = (): Rec => ({
  start: 0,
  end: 0,
  firstLineEnd: 0,
  firstLine: 0,
  lastLine: 0,
  lines: 0,
  used: false,
  wantsStamp: false,
  stamp: undefined,
  wantsPeers: false,
  spots: undefined,
  mentions: null,
  pending: null,
  pendingFolds: 1,
  head: undefined,
});

/** `[start, to)` of a record's text (`to` at most its head's end): from its head, or from the window. */
export function recordStart(rec: Rec, w: TextWindow, to: number): string {
  if (rec.head !== undefined) return rec.head.slice(0, to - rec.start);
  return rec.start >= w.base ? w.text.slice(rec.start - w.base, to - w.base) : '';
}

/** What one error's mentions add up to in a log read line by line (see `readPaste`). */
export interface RecordCounts {
  count: number;
  timestamp: Timestamp | null;
  /** Where the record it first appears in starts. */
  record: number | null;
  /** Its first records: where each starts, its timestamp and its peers, first record first. */
  sightings: Sighting[];
}

/** An error's mention on a line: its id and where it starts in the log. */
export interface LineMention {
  id: string;
  start: number;
}
