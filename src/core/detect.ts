import { loadFacts } from './catalog.js';
import type { ErrorFacts } from './catalog-types.js';
import { buildDetectionIndex } from './detect-index.js';
import { mergeHits } from './detect-merge.js';
import type { DetectionRules } from './detect-rules.js';
import { loadDetectionRules } from './detect-rules.js';
import { scanMentions } from './detect-scan.js';
import type { Finding } from './finding.js';

/** A compiled detector: text in, findings out. */
export type Detector = (text: string) => Finding[];

/**
 * Builds a detector from catalog facts (every symbol, number, HRESULT and message they carry is
 * indexed, so new catalog entries are detected without code changes) and the detection rules in
 * `data/detection/` (runtime wording the facts lack). Throws `CatalogError` on bad data.
 * The detector runs in time linear in its input.
 */
export function createDetector(
  facts: readonly ErrorFacts[],
  rules: DetectionRules = loadDetectionRules(),
): Detector {
  const index = buildDetectionIndex(facts, rules);
  return (text) => (text.length === 0 ? [] : mergeHits(text, scanMentions(index, text)));
}

let defaultDetector: Detector | undefined;

/**
 * Finds the socket errors in a text (a pasted stack trace, a log file), in whatever form the
 * runtime printed them. Findings sorted by index; one per distinct catalog id, showing its
 * strongest mention, with the number of occurrences. Only `high` findings warrant an auto-reply.
 */
export function detectErrors(text: string): Finding[] {
  defaultDetector ??= createDetector(loadFacts());
  return defaultDetector(text);
}
