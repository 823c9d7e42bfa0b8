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

/** Line number of every hit (hits sorted by start), in one pass over the text. */
function lineNumbers(text: string, hits: readonly Hit[]): number[] {
  const lines: number[] = [];
  let line = 0;
  let nextBreak = text.indexOf('\n');
  for (const hit of hits) {
    while (nextBreak !== -1 && nextBreak < hit.start) {
      line++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    lines.push(line);
  }
  return lines;
}

/** A repeat of a kind of mention this close on the same line is the same occurrence (`refused (refused)`). */
const SAME_LINE_GAP = 40;

interface Group {
  best: Hit;
  count: number;
  lastEnd: number;
  /** Variant → where the current occurrence last had it. */
  variants: Map<string, { line: number; end: number }>;
}

/**
 * Merges mentions into findings: one per catalog id, the strongest mention shown, and the number
 * of occurrences counted. Mentions of one id belong to the same occurrence when they overlap, or
 * lie within {@link JOIN_GAP} of each other without repeating a kind of mention (`read ECONNRESET`
 * … `errno: -104` … `code: 'ECONNRESET'` is one Node error; the same line pasted five times is five).
 */
export function mergeHits(text: string, hits: Hit[], mentions?: Map<string, number[]>): Finding[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const lines = lineNumbers(text, hits);
  const groups = new Map<string, Group>();
  hits.forEach((hit, i) => {
    const line = lines[i] as number;
    if (mentions) {
      const starts = mentions.get(hit.id);
      if (starts) starts.push(hit.start);
      else mentions.set(hit.id, [hit.start]);
    }
    const group = groups.get(hit.id);
    const seenAt = { line, end: hit.end };
    if (!group) {
      groups.set(hit.id, {
        best: hit,
        count: 1,
        lastEnd: hit.end,
        variants: new Map([[hit.variant, seenAt]]),
      });
      return;
    }
    const seen = group.variants.get(hit.variant);
    const repeat = seen !== undefined && !(seen.line === line && hit.start - seen.end <= SAME_LINE_GAP);
    const joins = hit.start < group.lastEnd || (hit.start - group.lastEnd <= JOIN_GAP && !repeat);
    if (!joins) {
      group.count++;
      group.variants.clear();
    }
    group.variants.set(hit.variant, seenAt);
    group.lastEnd = Math.max(group.lastEnd, hit.end);
    if (stronger(hit, group.best)) group.best = hit;
  });
  const findings: Finding[] = [];
  for (const [id, { best, count }] of groups) {
    findings.push({
      id,
      match: text.slice(best.start, best.end),
      index: best.start,
      form: best.form,
      confidence: best.confidence,
      count,
    });
  }
  return findings.sort((a, b) => a.index - b.index || a.id.localeCompare(b.id));
}
