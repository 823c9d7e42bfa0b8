import type { Finding, FindingForm } from './finding.js';
import type { Hit } from './hit.js';
import { rankOf } from './hit.js';

/** Which form's text best shows the error when confidences tie. */
const FORM_STRENGTH: Readonly<Record<FindingForm, number>> = {
  code: 5,
  errno: 4,
  symbol: 3,
  libuv: 2,
  hresult: 1,
  message: 0,
};

/** Mentions further apart than this are separate occurrences even in different forms. */
const JOIN_GAP = 1200;

function stronger(a: Hit, b: Hit): boolean {
  const byConfidence = rankOf(a.confidence) - rankOf(b.confidence);
  if (byConfidence !== 0) return byConfidence > 0;
  const byForm = FORM_STRENGTH[a.form] - FORM_STRENGTH[b.form];
  return byForm !== 0 ? byForm > 0 : a.start < b.start;
}

/** A repeat of a kind of mention this close on the same line is the same occurrence (`refused (refused)`). */
const SAME_LINE_GAP = 40;

interface Group {
  best: Hit;
  /** The best mention's text, read when it became the best (a streamed text moves on). */
  match: string;
  count: number;
  lastEnd: number;
  /** Variant → where the current occurrence last had it. */
  variants: Map<string, { start: number; end: number }>;
}

/** Is there a line break in `text[from, to)` (offsets `base` on)? */
function breaksBetween(text: string, base: number, from: number, to: number): boolean {
  for (let i = from - base; i < to - base; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Merges mentions, given in order, into findings (see {@link mergeHits}). */
export interface Merger {
  /**
   * Adds hits sorted by start (then longest first), all after those added before; `text` holds
   * them, its first character at offset `base`.
   */
  add(hits: readonly Hit[], text: string, base: number): void;
  findings(): Finding[];
}

/**
 * Merges mentions into findings: one per catalog id, the strongest mention shown, and the number
 * of occurrences counted. Mentions of one id belong to the same occurrence when they overlap, or
 * lie within {@link JOIN_GAP} of each other without repeating a kind of mention (`read ECONNRESET`
 * … `errno: -104` … `code: 'ECONNRESET'` is one Node error; the same line pasted five times is five).
 * `copy` makes the text of a shown mention independent of the text it came from (a stream's buffer).
 */
export function createMerger(mentions?: Map<string, number[]>, copy = (s: string) => s): Merger {
  const groups = new Map<string, Group>();
  return {
    add(hits, text, base) {
      for (const hit of hits) {
        if (mentions) {
          const starts = mentions.get(hit.id);
          if (starts) starts.push(hit.start);
          else mentions.set(hit.id, [hit.start]);
        }
        // Per hit (thousands in a log): no closure, and a variant's place object is reused.
        const group = groups.get(hit.id);
        if (!group) {
          const variants = new Map([[hit.variant, { start: hit.start, end: hit.end }]]);
          const match = copy(text.slice(hit.start - base, hit.end - base));
          groups.set(hit.id, { best: hit, match, count: 1, lastEnd: hit.end, variants });
          continue;
        }
        // The same line: no line break between where the variant was last seen and this hit.
        const seen = group.variants.get(hit.variant);
        const repeat =
          seen !== undefined &&
          !(hit.start - seen.end <= SAME_LINE_GAP && !breaksBetween(text, base, seen.start, hit.start));
        const joins = hit.start < group.lastEnd || (hit.start - group.lastEnd <= JOIN_GAP && !repeat);
        if (!joins) {
          group.count++;
          group.variants.clear();
        }
        if (seen) {
          seen.start = hit.start;
          seen.end = hit.end;
          if (!joins) group.variants.set(hit.variant, seen);
        } else group.variants.set(hit.variant, { start: hit.start, end: hit.end });
        group.lastEnd = Math.max(group.lastEnd, hit.end);
        if (stronger(hit, group.best)) {
          group.best = hit;
          group.match = copy(text.slice(hit.start - base, hit.end - base));
        }
      }
    },
    findings() {
      const findings: Finding[] = [];
      for (const [id, { best, match, count }] of groups) {
        findings.push({ id, match, index: best.start, form: best.form, confidence: best.confidence, count });
      }
      return findings.sort((a, b) => a.index - b.index || a.id.localeCompare(b.id));
    },
  };
}

/** Orders hits as they are merged: by start, the longest first. */
export function sortHits(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Merges the mentions of one whole text (see {@link createMerger}). */
export function mergeHits(text: string, hits: Hit[], mentions?: Map<string, number[]>): Finding[] {
  const merger = createMerger(mentions);
  merger.add(sortHits(hits), text, 0);
  return merger.findings();
}
