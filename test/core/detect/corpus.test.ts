import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LabelledCase, parseCorpus, scoreDetection } from '../../../scripts/score-detection.js';
import { detectErrors } from '../../helpers/detect.js';
import { FIXTURES } from '../../helpers/paths.js';

/** The labelled corpus of real pastes (`test/fixtures/corpus/`). */
const DIR = join(FIXTURES, 'corpus');
const all: LabelledCase[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => parseCorpus(f, readFileSync(join(DIR, f), 'utf8')));
// Only the development rows: the set-aside rows are scored by `npm run eval`, never tuned on.
const dev = all.filter((c) => c.split !== 'holdout');

describe('detection on the development corpus', () => {
  it('has labelled positives and negatives to score, and rows set aside', () => {
    expect(dev.length).toBeGreaterThanOrEqual(831);
    expect(dev.some((c) => c.expect.length === 0)).toBe(true);
    expect(all.filter((c) => c.split === 'holdout').length).toBeGreaterThanOrEqual(229);
  });

  it('reaches precision ≥ 0.99 and recall ≥ 0.93 on high-confidence findings', () => {
    const score = scoreDetection(dev, detectErrors, 'high');
    expect(score.falseAlarms, 'false alarms').toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('reaches precision ≥ 0.97 and recall ≥ 0.95 over all findings', () => {
    const score = scoreDetection(dev, detectErrors, 'low');
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no high-confidence finding on any negative snippet', () => {
    for (const c of dev.filter((x) => x.expect.length === 0)) {
      expect(
        detectErrors(c.text).filter((f) => f.confidence === 'high'),
        c.id,
      ).toEqual([]);
    }
  });

  it('keeps every corpus source in one split only', () => {
    const splits = new Map<string, Set<string>>();
    for (const c of all) {
      const source = (c as LabelledCase & { source?: string }).source ?? c.id;
      splits.set(source, (splits.get(source) ?? new Set()).add(c.split ?? 'dev'));
    }
    expect([...splits].filter(([, s]) => s.size > 1)).toEqual([]);
  });
});
