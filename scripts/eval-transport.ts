/**
 * `npx tsx scripts/eval-transport.ts [--list name] [corpus.jsonl …]`: the labelled corpus as chats
 * and terminals carry it. Each paste is changed by every form in `transport-forms.ts` (CRLF, a
 * container's line prefix, colours, a chat quote, non-breaking spaces, a JSON log field…) and read
 * again. Per form: of the pastes read right at `high` as they are, how many keep exactly that `high`
 * reading; and how many negatives with no finding as they are gain one (any level, and `high`).
 * `--list name` reads that form alone and prints the dev rows it changes, to find why; holdout rows
 * are counted only, as `eval-detection.ts` does (they must not be read to write rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector, type Finding } from '../src/core/index.js';
import { loadDetectionRules, loadFacts } from '../src/infra/data/index.js';
import { type LabelledCase, parseCorpus } from './score-detection.js';
import { TRANSPORTS } from './transport-forms.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(repoRoot, 'test/fixtures/corpus');
const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const listName = listAt >= 0 ? args.splice(listAt, 2)[1] : undefined;
const paths =
  args.length > 0
    ? args.map((p) => resolve(p))
    : readdirSync(corpusDir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => resolve(corpusDir, f));

const detector = createDetector(loadFacts(), loadDetectionRules());
const cases: LabelledCase[] = paths.flatMap((p) => parseCorpus(p, readFileSync(p, 'utf8')));

/** The ids found at `high`, sorted and joined: a reading to compare. */
const highReading = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.confidence === 'high')
    .map((f) => f.id)
    .sort()
    .join(',');

interface Original {
  c: LabelledCase;
  high: string;
  /** The reading at `high` is exactly the labels. */
  right: boolean;
  anyFinding: boolean;
}

const originals: Original[] = cases.map((c) => {
  const findings = detector(c.text);
  const high = highReading(findings);
  const right = c.expect.length > 0 && high === [...new Set(c.expect)].sort().join(',');
  return { c, high, right, anyFinding: findings.length > 0 };
});

const rightCount = originals.filter((o) => o.right).length;
const cleanNegatives = originals.filter((o) => o.c.expect.length === 0 && !o.anyFinding).length;
console.log(
  `${cases.length} pastes; ${rightCount} read right at high as they are; ${cleanNegatives} negatives with no finding as they are`,
);
console.log(`kept: of those read right at high (and the form applies), how many keep exactly that reading`);
console.log(`negatives: of those with no finding, how many gain one at any level / at high\n`);
console.log(`${'form'.padEnd(22)} ${'kept'.padStart(13)}   lost   neg any  neg high`);

for (const [name, apply] of TRANSPORTS.filter(([n]) => listName === undefined || n === listName)) {
  let applies = 0;
  let kept = 0;
  let gainedAny = 0;
  let gainedHigh = 0;
  for (const o of originals) {
    const isNegative = o.c.expect.length === 0;
    if (!o.right && !(isNegative && !o.anyFinding)) continue;
    const changed = apply(o.c.text);
    if (changed === null) continue;
    const findings = detector(changed);
    const high = highReading(findings);
    const show = name === listName && o.c.split !== 'holdout';
    if (o.right) {
      applies++;
      if (high === o.high) kept++;
      else if (show) console.log(`  lost ${o.c.id}: ${o.high} -> ${describe(findings)}`);
    } else if (findings.length > 0) {
      gainedAny++;
      if (high !== '') gainedHigh++;
      if (show) console.log(`  gained ${o.c.id}: ${describe(findings)}`);
    }
  }
  const keptCell = `${kept}/${applies}`;
  console.log(
    `${name.padEnd(22)} ${keptCell.padStart(13)} ${String(applies - kept).padStart(6)} ${String(gainedAny).padStart(9)} ${String(gainedHigh).padStart(9)}`,
  );
}

function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.id}@${f.confidence} ${JSON.stringify(f.match)}`).join('; ') || '(none)';
}
