import { describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';

/** The high-confidence ids, sorted: what an auto-reply would explain. */
function highIds(text: string): string[] {
  return detectErrors(text)
    .filter((f) => f.confidence === 'high')
    .map((f) => f.id)
    .sort();
}

/** Tools' own wording of a socket error (`data/detection/runtime-phrases.json`), each from a real paste. */
describe('detectErrors reads the wording of tools', () => {
  it("reads dig and nslookup's 'no servers could be reached' as a resolver failure, not a connect timeout", () => {
    // Kubernetes DNS debugging (public-code index id 38866634581), BIND 9.16 and older.
    const old =
      'nslookup kubernetes.default.svc.cluster.local\n\nconnection timed out; no servers could be reached';
    expect(highIds(old)).toEqual(['11002']);
    // BIND 9.18+ (public-code index id 30615556).
    const current =
      ';; communications error to 16.62.27.19#53: timed out\n;; communications error to 16.62.27.19#53: timed out\n;; no servers could be reached';
    expect(highIds(current)).toEqual(['11002']);
  });
});
