import { type Evidence, NEAR } from './hit.js';
import { reachAfter, reachAsGiven, reachBefore } from './measure-distance.js';

/**
 * Indexes the evidence found in a text (messages, symbols, exception classes) so that a number can
 * ask which ids are named near it, within {@link NEAR}; with `stretch` as measure-distance.ts counts (a
 * log viewer's prefixes before the lines between do not push it away). `evidence` must be sorted by start.
 */
export function createEvidenceLookup(
  text: string,
  evidence: readonly Evidence[],
  stretch: boolean,
): (start: number, end: number) => ReadonlySet<string> {
  const reach = reachAsGiven(NEAR, stretch);
  return (start, end) => {
    const found = new Set<string>();
    let lo = 0;
    let hi = evidence.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((evidence[mid] as Evidence).start < start - reach) lo = mid + 1;
      else hi = mid;
    }
    // With `stretch`, the reach on each side is walked once, when evidence stands beyond plain reach
    // there: measured from each piece of evidence, a stamped log naming an error every few characters
    // walked the window once per piece for every number. Evidence is near exactly when inside it.
    let from = -1;
    let to = -1;
    for (let i = lo; i < evidence.length && (evidence[i] as Evidence).start <= end + reach; i++) {
      const at = (evidence[i] as Evidence).start;
      if (stretch && at < start - NEAR) {
        if (from < 0) from = reachBefore(text, start, NEAR);
        if (at < from) continue;
      }
      if (stretch && at > end + NEAR) {
        if (to < 0) to = reachAfter(text, end, NEAR);
        if (at > to) continue;
      }
      for (const id of (evidence[i] as Evidence).ids) found.add(id);
    }
    return found;
  };
}
