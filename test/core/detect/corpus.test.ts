import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LabelledCase, scoreDetection } from '../../../scripts/score-detection.js';
import { detectErrors } from '../../helpers/detect.js';
import { FIXTURES } from '../../helpers/paths.js';

/** The development corpus of real pastes (`test/fixtures/corpus/`). */
const CORPUS = join(FIXTURES, 'corpus/dev.jsonl');

function loadCorpus(): LabelledCase[] {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledCase);
}

describe('detection on the development corpus', () => {
  const cases = loadCorpus();

  it('has labelled positives and negatives to score', () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(cases.some((c) => c.expect.length === 0)).toBe(true);
  });

  it('reaches precision ≥ 0.97 and recall ≥ 0.95 on high-confidence findings', () => {
    const score = scoreDetection(cases, detectErrors, 'high');
    expect(score.falseAlarms, 'false alarms').toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no high-confidence finding on any negative snippet', () => {
    for (const c of cases.filter((x) => x.expect.length === 0)) {
      expect(
        detectErrors(c.text).filter((f) => f.confidence === 'high'),
        c.id,
      ).toEqual([]);
    }
  });
});
