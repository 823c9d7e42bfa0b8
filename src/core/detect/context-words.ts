import type { Confidence } from './finding.js';
import { type ContextRule, NEAR } from './hit.js';

const CHUNK = 512;
/** The longest context word (validate-rules.ts holds the rules to it). */
export const MAX_CONTEXT_WORD = 96;
/**
 * How far past its chunk a word starting in it is read. It was 32 characters, and words grew past that
 * (`the client disconnected) on request`, 35): a word that started near a chunk's end was then missed,
 * and whether it was depended on where the text began (a log read whole and read in steps disagreed).
 */
const OVERLAP = 2 * MAX_CONTEXT_WORD; // each space of a word may stretch to a run of white space

/** Where context words are in a text, found on demand around the mentions that need them. */
export interface ContextWords {
  /** Distance from the span to the nearest socket word within {@link NEAR}, else Infinity. */
  socket(start: number, end: number): number;
  file(start: number, end: number): number;
}

/**
 * Finds context words lazily: the text is cut into chunks, each searched at most once and only
 * when a mention near it asks, so the cost stays linear however many mentions ask. Words inside
 * `masked` spans (sorted, non-overlapping: the error messages found) do not count, so the `open`
 * of `Too many open files` is no file context.
 */
export function createContextWords(
  text: string,
  socketWords: RegExp,
  fileWords: RegExp,
  masked: readonly { start: number; end: number }[] = [],
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
    const slice = text.slice(Math.max(0, from - 1), Math.min(text.length, from + CHUNK + OVERLAP));
    const offset = Math.max(0, from - 1);
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
  const nearest = (which: 0 | 1, start: number, end: number): number => {
    let best = Number.POSITIVE_INFINITY;
    const lo = Math.max(0, start - NEAR);
    const hi = Math.min(text.length, end + NEAR);
    for (let chunk = Math.floor(lo / CHUNK); chunk * CHUNK < hi; chunk++) {
      for (const p of positions(which, chunk)) {
        if (p < lo || p > hi || (p >= start && p < end)) continue;
        const d = p < start ? start - p : p > end ? p - end : 0;
        if (d < best) best = d;
      }
    }
    return best;
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
