import type { Confidence } from './finding.js';
import { type ContextRule, NEAR } from './hit.js';
import { measureDistance, reachAfter, reachBefore } from './measure-distance.js';
import { PATTERNS } from './patterns.js';

const CHUNK = 512;
/** The longest context word (validate-rules.ts holds the rules to it). */
export const MAX_CONTEXT_WORD = 96;
/** The most spaces a context word may hold (validate-rules.ts holds the rules to it). */
export const MAX_CONTEXT_SPACES = 8;
/**
 * The longest run of white space a space inside a context word matches: a line break and what a log
 * viewer put before the next line, read as blanks (line-prefixes.ts; a CI log's time and Compose's
 * column are 39). At 8, XRootD's `Server` / `responded with an error` under Compose's column was no
 * longer file context, and its `permission denied` became a socket error.
 */
export const BLANK_RUN = 64;
/**
 * How far past its chunk a word starting in it is read: the longest a word can stretch to. It was 32
 * characters, and words grew past that (`the client disconnected) on request`, 35): a word that
 * started near a chunk's end was then missed, and whether it was depended on where the text began
 * (a log read whole and read in steps disagreed).
 */
const OVERLAP = MAX_CONTEXT_WORD + MAX_CONTEXT_SPACES * (BLANK_RUN - 1);
/**
 * How far, where no run of white space longer than {@link SHORT_RUN} stands in the chunk or just past
 * it: each space then stretches to that run at most. Most chunks are read this far only, so a long
 * OVERLAP costs only where a viewer's prefixes or deep indentation are.
 */
const SHORT_RUN = 8; // PATTERNS.longBlankRun is one longer
const SHORT_OVERLAP = MAX_CONTEXT_WORD + MAX_CONTEXT_SPACES * (SHORT_RUN - 1) + SHORT_RUN + 1;

/** Where context words are in a text, found on demand around the mentions that need them. */
export interface ContextWords {
  /** Distance from the span to the nearest socket word within {@link NEAR} (measureDistance), else Infinity. */
  socket(start: number, end: number): number;
  file(start: number, end: number): number;
}

/**
 * Finds context words lazily: the text is cut into chunks, each searched at most once and only
 * when a mention near it asks, so the cost stays linear however many mentions ask. Words inside
 * `masked` spans (sorted, non-overlapping: the error messages found) do not count, so the `open`
 * of `Too many open files` is no file context. With `stretch` (a prefixed text), distances count each
 * run of white space once (measure-distance.ts).
 */
export function createContextWords(
  text: string,
  socketWords: RegExp,
  fileWords: RegExp,
  masked: readonly { start: number; end: number }[] = [],
  stretch = false,
): ContextWords {
  const isMasked = (p: number): boolean => {
    let lo = 0;
    let hi = masked.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((masked[mid] as { end: number }).end <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo < masked.length && (masked[lo] as { start: number }).start <= p;
  };
  const cache = [new Map<number, number[]>(), new Map<number, number[]>()];
  const positions = (which: 0 | 1, chunk: number): number[] => {
    const seen = (cache[which] as Map<number, number[]>).get(chunk);
    if (seen) return seen;
    const pattern = which === 0 ? socketWords : fileWords;
    const from = chunk * CHUNK;
    const offset = Math.max(0, from - 1);
    // A word that stretches further holds a long run of white space, and its first one starts in reach.
    const short = text.slice(offset, Math.min(text.length, from + CHUNK + SHORT_OVERLAP));
    const slice = PATTERNS.longBlankRun.test(short)
      ? text.slice(offset, Math.min(text.length, from + CHUNK + OVERLAP))
      : short;
    const found: number[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
      const at = offset + m.index + (m[1]?.length ?? 0);
      if (at >= from && at < from + CHUNK && !isMasked(at)) found.push(at);
      if (m[0].length === 0) pattern.lastIndex++;
    }
    (cache[which] as Map<number, number[]>).set(chunk, found);
    return found;
  };
  // The reach of the last span asked about: a mention asks for socket and file words in turn.
  let span = { start: -1, end: -1, lo: 0, hi: 0 };
  const reach = (start: number, end: number) => {
    if (span.start !== start || span.end !== end)
      span = stretch
        ? { start, end, lo: reachBefore(text, start, NEAR), hi: reachAfter(text, end, NEAR) }
        : { start, end, lo: Math.max(0, start - NEAR), hi: Math.min(text.length, end + NEAR) };
    return span;
  };
  const nearest = (which: 0 | 1, start: number, end: number): number => {
    const { lo, hi } = reach(start, end);
    let before = -1;
    let after = Number.POSITIVE_INFINITY;
    for (let chunk = Math.floor(lo / CHUNK); chunk * CHUNK < hi; chunk++) {
      for (const p of positions(which, chunk)) {
        if (p < lo || p > hi || (p >= start && p < end)) continue;
        if (p < start) before = Math.max(before, p);
        else after = Math.min(after, p);
      }
    }
    const distance = (from: number, to: number) => (stretch ? measureDistance(text, from, to) : to - from);
    return Math.min(
      before < 0 ? Number.POSITIVE_INFINITY : distance(before, start),
      after === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : distance(end, after),
    );
  };
  return { socket: (s, e) => nearest(0, s, e), file: (s, e) => nearest(1, s, e) };
}

/** Applies a {@link ContextRule} to a mention's confidence; null drops the mention. */
export function applyContext(
  words: ContextWords,
  rule: ContextRule,
  start: number,
  end: number,
  confidence: Confidence,
): Confidence | null {
  if (!rule.requireSocket && !rule.dropOnFile && !rule.promote) return confidence;
  const socket = words.socket(start, end);
  const file = words.file(start, end);
  const fileNearer = file !== Number.POSITIVE_INFINITY && file <= socket;
  if (fileNearer && rule.dropOnFile) return null;
  if (rule.requireSocket && socket === Number.POSITIVE_INFINITY) return rule.dropWithoutSocket ? null : 'low';
  if (rule.promote && socket !== Number.POSITIVE_INFINITY && !fileNearer) return 'high';
  return confidence;
}
