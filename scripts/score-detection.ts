import type { Confidence, Finding } from '../src/core/detect/finding.js';
import { rankOf } from '../src/core/detect/hit.js';

/** One labelled snippet: the errors (catalog ids) the text really contains. */
export interface LabelledCase {
  id: string;
  text: string;
  expect: readonly string[];
  note?: string;
}

/** A finding that should not be there, or an expected error that was not found. */
export interface ScoredMistake {
  caseId: string;
  errorId: string;
  /** The finding (false alarms), or the best finding below the bar (misses), if any. */
  finding: Finding | null;
  note: string;
}

/** Precision and recall counted per distinct error id per snippet. */
export interface DetectionScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  misses: ScoredMistake[];
  falseAlarms: ScoredMistake[];
}

/** Scores a detector on labelled snippets, counting findings at `minimum` confidence or above. */
export function scoreDetection(
  cases: readonly LabelledCase[],
  detect: (text: string) => Finding[],
  minimum: Confidence = 'high',
): DetectionScore {
  let truePositives = 0;
  const misses: ScoredMistake[] = [];
  const falseAlarms: ScoredMistake[] = [];
  for (const c of cases) {
    const findings = detect(c.text);
    const counted = new Map(
      findings.filter((f) => rankOf(f.confidence) >= rankOf(minimum)).map((f) => [f.id, f] as const),
    );
    const expected = new Set(c.expect);
    for (const id of expected) {
      if (counted.has(id)) truePositives++;
      else
        misses.push({
          caseId: c.id,
          errorId: id,
          finding: findings.find((f) => f.id === id) ?? null,
          note: c.note ?? '',
        });
    }
    for (const [id, finding] of counted) {
      if (!expected.has(id)) falseAlarms.push({ caseId: c.id, errorId: id, finding, note: c.note ?? '' });
    }
  }
  const falsePositives = falseAlarms.length;
  const falseNegatives = misses.length;
  const ratio = (a: number, b: number) => (a + b === 0 ? 1 : a / (a + b));
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, falsePositives),
    recall: ratio(truePositives, falseNegatives),
    misses,
    falseAlarms,
  };
}
