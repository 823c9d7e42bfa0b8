/** One line of the bench's table: a figure of sockerr, the same figure of its baseline, their ratio. */
export interface Row {
  /** Stable key for comparing runs (`--json`), e.g. `slack.command.c1.throughput`. */
  key: string;
  what: string;
  unit: string;
  sockerr: number | null;
  baseline: number | null;
  /** What the baseline is. */
  against: string;
  /** sockerr ÷ baseline: the median of per-round ratios where there are rounds. */
  ratio: number | null;
  target?: Target;
  note?: string;
}

/** The issue's target for a row: on the ratio, or on sockerr's own figure (memory). */
export interface Target {
  on: 'ratio' | 'sockerr';
  op: '>=' | '<=';
  value: number;
  /** Shown instead of the bare comparison when the issue words it differently. */
  text?: string;
  /** A reference row: shown, not judged. */
  reference?: boolean;
}

export function meets(row: Row): boolean | undefined {
  const t = row.target;
  const figure = t?.on === 'ratio' ? row.ratio : row.sockerr;
  if (!t || t.reference || figure === null || !Number.isFinite(figure)) return undefined;
  return t.op === '>=' ? figure >= t.value : figure <= t.value;
}

function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const withUnit = (value: number | null, unit: string) =>
  value === null || !Number.isFinite(value) ? '–' : `${formatNumber(value)} ${unit}`;

function targetText(row: Row): string {
  const t = row.target;
  if (!t) return '–';
  const text = t.text ?? `${t.op === '>=' ? '≥' : '≤'} ${t.value}${t.on === 'sockerr' ? ` ${row.unit}` : ''}`;
  const met = meets(row);
  return met === undefined ? text : `${text} ${met ? '✓' : '✗'}`;
}

/** The table, in Markdown (it reads in a terminal and pastes into the README as is). */
export function renderTable(rows: readonly Row[]): string {
  const lines = [
    '| what | sockerr | baseline | ratio | target |',
    '| --- | ---: | --- | ---: | --- |',
    ...rows.map((row) => {
      const what = row.note ? `${row.what} (${row.note})` : row.what;
      const baseline =
        row.baseline === null ? row.against : `${withUnit(row.baseline, row.unit)} ${row.against}`;
      return `| ${what} | ${withUnit(row.sockerr, row.unit)} | ${baseline} | ${formatNumber(row.ratio)} | ${targetText(row)} |`;
    }),
  ];
  return lines.join('\n');
}
