import type { Confidence, Finding } from '../src/core/detect/finding.js';
import { rankOf } from '../src/core/detect/hit.js';

/** One labelled snippet: the errors (catalog ids) the text really contains. */
export interface LabelledCase {
  id: string;
  text: string;
  expect: readonly string[];
  note?: string;
  /** Where the paste comes from (`python`, `db-client`…); older rows say `python-windows`. */
  ecosystem?: string;
  /** The language of the error text (`en`, `de`, `zh-CN`…). */
  lang?: string;
  /** `holdout` rows are set aside: scored, never tuned on. Absent means `dev`. */
  split?: 'dev' | 'holdout';
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
  /** Negatives (no socket error) with at least one finding counted. */
  flaggedNegatives: number;
}

/** Scores a detector on labelled snippets, counting findings at `minimum` confidence or above. */
export function scoreDetection(
  cases: readonly LabelledCase[],
  detect: (text: string) => Finding[],
  minimum: Confidence = 'high',
): DetectionScore {
  let truePositives = 0;
  let flaggedNegatives = 0;
  const misses: ScoredMistake[] = [];
  const falseAlarms: ScoredMistake[] = [];
  for (const c of cases) {
    const findings = detect(c.text);
    const counted = new Map(
      findings.filter((f) => rankOf(f.confidence) >= rankOf(minimum)).map((f) => [f.id, f] as const),
    );
    const expected = new Set(c.expect);
    if (expected.size === 0 && counted.size > 0) flaggedNegatives++;
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
    flaggedNegatives,
  };
}

/** The ecosystem families `npm run eval` reports on; older rows name a finer ecosystem. */
const FAMILIES: Readonly<Record<string, string>> = {
  c: 'c-cpp',
  cpp: 'c-cpp',
  nginx: 'nginx-haproxy',
  haproxy: 'nginx-haproxy',
  postgres: 'db-client',
  mysql: 'db-client',
  redis: 'db-client',
  sqlserver: 'db-client',
  mongo: 'db-client',
  docker: 'docker-k8s',
  erlang: 'erlang-elixir',
  elixir: 'erlang-elixir',
  git: 'curl',
};
const KNOWN = new Set([
  'dotnet',
  'powershell',
  'java',
  'python',
  'node',
  'go',
  'rust',
  'ruby',
  'php',
  'c-cpp',
  'curl',
  'nginx-haproxy',
  'db-client',
  'docker-k8s',
  'erlang-elixir',
]);

/** `python-windows` → `python`, `redis-python` → `db-client`, `go-k8s` → `go`, unknowns → `other`. */
export function ecosystemFamily(ecosystem: string | undefined): string {
  if (!ecosystem) return 'other';
  if (KNOWN.has(ecosystem)) return ecosystem;
  const head = ecosystem.split('-')[0] as string;
  const family = FAMILIES[head] ?? head;
  return KNOWN.has(family) ? family : 'other';
}

/** Reads a corpus file (one JSON object a line); throws naming the line of a malformed row. */
export function parseCorpus(path: string, content: string): LabelledCase[] {
  return content
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      const row = JSON.parse(line) as Partial<LabelledCase> & { split?: string };
      const ok =
        typeof row.id === 'string' &&
        typeof row.text === 'string' &&
        Array.isArray(row.expect) &&
        (row.split === undefined || row.split === 'dev' || row.split === 'holdout');
      if (!ok) throw new Error(`${path}:${n}: needs "id", "text", "expect" and split dev|holdout`);
      return row as LabelledCase;
    });
}
