/**
 * `npm run eval [corpus.jsonl …]`: scores the detector on the labelled corpus (default: every
 * `test/fixtures/corpus/*.jsonl`). Prints precision and recall overall, per ecosystem and per
 * language, for the whole corpus and for the set-aside (`holdout`) rows, on `high` findings (what
 * auto-replies use) and on all findings; then every miss and false alarm of the dev rows. Holdout
 * mistakes are counted, never listed: those rows must not be read to write rules. Always exits 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Confidence, createDetector, type Finding } from '../src/core/index.js';
import { loadDetectionRules, loadFacts } from '../src/infra/data/index.js';
import {
  type DetectionScore,
  ecosystemFamily,
  type LabelledCase,
  parseCorpus,
  type ScoredMistake,
  scoreDetection,
} from './score-detection.js';

// `npm run eval | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(repoRoot, 'test/fixtures/corpus');
const paths =
  process.argv.length > 2
    ? process.argv.slice(2).map((p) => resolve(p))
    : readdirSync(corpusDir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => resolve(corpusDir, f));

const detector = createDetector(loadFacts(), loadDetectionRules());
const seen = new Map<string, Finding[]>();
const detect = (text: string): Finding[] => {
  let findings = seen.get(text);
  if (!findings) {
    findings = detector(text);
    seen.set(text, findings);
  }
  return findings;
};

const LEVELS: [string, Confidence][] = [
  ['high', 'high'],
  ['all', 'low'],
];
const pct = (x: number) => x.toFixed(3);
const negatives = (cases: readonly LabelledCase[]) => cases.filter((c) => c.expect.length === 0).length;

function row(label: string, cases: readonly LabelledCase[]): string {
  const cells = LEVELS.map(([, minimum]) => {
    const s = scoreDetection(cases, detect, minimum);
    return `${pct(s.precision)} ${pct(s.recall)} ${String(s.flaggedNegatives).padStart(3)}`;
  });
  return `  ${label.padEnd(16)} ${String(cases.length).padStart(4)} ${String(negatives(cases)).padStart(4)}   ${cells.join('    ')}`;
}

function groupBy(
  cases: readonly LabelledCase[],
  key: (c: LabelledCase) => string,
): [string, LabelledCase[]][] {
  const groups = new Map<string, LabelledCase[]>();
  for (const c of cases) {
    const k = key(c);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function table(title: string, cases: readonly LabelledCase[]): void {
  console.log(`\n${title}: ${cases.length} pastes, ${negatives(cases)} negatives`);
  console.log(`  ${''.padEnd(16)} rows  neg   high: P     R     neg    all: P      R     neg`);
  console.log(row('overall', cases));
  console.log('  by ecosystem');
  for (const [name, group] of groupBy(cases, (c) => ecosystemFamily(c.ecosystem)))
    console.log(row(name, group));
  console.log('  by language of the error text');
  for (const [name, group] of groupBy(cases, (c) => c.lang ?? 'en')) console.log(row(name, group));
}

function describe(m: ScoredMistake): string {
  const f = m.finding;
  const seenAs = f
    ? `found as ${f.confidence} ${f.form} ${JSON.stringify(f.match)} ×${f.count}`
    : 'not found';
  return `  ${m.caseId.padEnd(10)} ${m.errorId.padEnd(6)} ${seenAs}${m.note ? `  (${m.note.slice(0, 120)})` : ''}`;
}

function mistakes(label: string, score: DetectionScore): void {
  console.log(`\n${label}: misses (${score.misses.length})`);
  for (const m of score.misses) console.log(describe(m));
  console.log(`${label}: false alarms (${score.falseAlarms.length})`);
  for (const m of score.falseAlarms) console.log(describe(m));
}

const cases = paths.flatMap((p) => parseCorpus(p, readFileSync(p, 'utf8')));
const holdout = cases.filter((c) => c.split === 'holdout');
const dev = cases.filter((c) => c.split !== 'holdout');
console.log(`corpus: ${paths.map((p) => relative(repoRoot, p)).join(', ')}`);
console.log(
  `P = precision, R = recall (per distinct error per paste); neg = negatives with a finding at that level`,
);
table('Whole corpus', cases);
table('Set aside (holdout, never tuned on)', holdout);
table('Development rows (dev)', dev);
for (const [label, minimum] of LEVELS) {
  mistakes(`dev, ${label} findings`, scoreDetection(dev, detect, minimum));
  const h = scoreDetection(holdout, detect, minimum);
  console.log(
    `holdout, ${label} findings: ${h.falseNegatives} misses and ${h.falsePositives} false alarms (not listed)`,
  );
}
