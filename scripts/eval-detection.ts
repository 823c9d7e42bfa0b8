/**
 * `npm run eval [corpus.jsonl]`: scores the detector on the labelled corpus (default
 * `test/fixtures/corpus/dev.jsonl`) and prints precision, recall, every miss
 * and every false alarm. Counted per distinct error id per snippet, on high-confidence findings
 * (what auto-replies use), then again including medium ones. Always exits 0.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Confidence, createDetector } from '../src/core/index.js';
import { loadDetectionRules, loadFacts } from '../src/infra/data/index.js';
import {
  type DetectionScore,
  type LabelledCase,
  type ScoredMistake,
  scoreDetection,
} from './score-detection.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(process.argv[2] ?? resolve(repoRoot, 'test/fixtures/corpus/dev.jsonl'));
const detectErrors = createDetector(loadFacts(), loadDetectionRules());

function loadCorpus(path: string): LabelledCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as { id?: string; text?: string; expect?: string[]; note?: string };
      if (typeof row.text !== 'string' || !Array.isArray(row.expect))
        throw new Error(`${path}:${i + 1}: needs "text" and "expect"`);
      return { id: row.id ?? `line ${i + 1}`, text: row.text, expect: row.expect, note: row.note ?? '' };
    });
}

function describe(m: ScoredMistake): string {
  const f = m.finding;
  const seen = f ? `found as ${f.confidence} ${f.form} ${JSON.stringify(f.match)} ×${f.count}` : 'not found';
  return `  ${m.caseId.padEnd(8)} ${m.errorId.padEnd(6)} ${seen}${m.note ? `  (${m.note})` : ''}`;
}

function report(label: string, score: DetectionScore): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`\n${label}: precision ${pct(score.precision)}  recall ${pct(score.recall)}`);
  console.log(
    `  true positives ${score.truePositives}, false alarms ${score.falsePositives}, misses ${score.falseNegatives}`,
  );
  console.log(`misses (${score.misses.length}):`);
  for (const m of score.misses) console.log(describe(m));
  console.log(`false alarms (${score.falseAlarms.length}):`);
  for (const m of score.falseAlarms) console.log(describe(m));
}

const cases = loadCorpus(corpusPath);
console.log(
  `corpus: ${corpusPath} (${cases.length} snippets, ${cases.filter((c) => c.expect.length === 0).length} negatives)`,
);
for (const minimum of ['high', 'medium'] as Confidence[]) {
  report(
    minimum === 'high' ? 'high confidence (auto-replies)' : 'high + medium',
    scoreDetection(cases, detectErrors, minimum),
  );
}
