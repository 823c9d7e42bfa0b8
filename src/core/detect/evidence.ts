import { type Evidence, NEAR } from './hit.js';

/**
 * Indexes the evidence found in a text (messages, symbols, exception classes) so that a number can
 * ask which ids are named near it. `evidence` must be sorted by start.
 */
export function createEvidenceLookup(
  evidence: readonly Evidence[],
): (start: number, end: number) => ReadonlySet<string> {
  return (start, end) => {
    const found = new Set<string>();
    let lo = 0;
    let hi = evidence.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((evidence[mid] as Evidence).start < start - NEAR) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < evidence.length && (evidence[i] as Evidence).start <= end + NEAR; i++) {
      for (const id of (evidence[i] as Evidence).ids) found.add(id);
    }
    return found;
  };
}
