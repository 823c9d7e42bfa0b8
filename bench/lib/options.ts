/** `npm run bench [-- --quick] [-- --json[=FILE]]`: what to run and how long. */
/** The groups of rows `--only` can pick (each prints the rows of the table it measures). */
export const ROW_GROUPS = ['slack', 'discord', 'start', 'cli', 'detect'] as const;
type RowGroup = (typeof ROW_GROUPS)[number];

export interface BenchOptions {
  quick: boolean;
  /** `--only=a,b`: run these groups of rows alone (every group when absent). */
  only: ReadonlySet<RowGroup>;
  /** `--json`: write the figures as JSON, to stdout (`-`) or to a file. */
  json?: string;
  /** Interleaved rounds of each load row (sockerr and its baseline once per round each). */
  loadRounds: number;
  /** Length of one load phase (one target, one round). */
  phaseMs: number;
  /** Load run on each target before its rounds, not counted (JIT, caches, connections). */
  warmupMs: number;
  /** Requests in flight for the auto-reply rows. */
  eventConcurrency: number;
  /** Start-ups of each app (row 5), and later replies measured after each start. */
  startRounds: number;
  laterReplies: number;
  /** Runs of each short command (row 6) and of each scan (row 4). */
  cliRounds: number;
  scanRounds: number;
  scanMegabytes: number;
  /** The in-process detection row (row 3). */
  detectMegabytes: number;
  detectRuns: number;
  /** Rounds of the pasted trace timed cold and warm (each walks memory first: cold-paste.ts). */
  pasteRounds: number;
}

const FULL: Omit<BenchOptions, 'quick' | 'json' | 'only'> = {
  loadRounds: 5,
  phaseMs: 3000,
  warmupMs: 2000,
  eventConcurrency: 10,
  startRounds: 5,
  laterReplies: 20,
  cliRounds: 10,
  scanRounds: 5,
  scanMegabytes: 50,
  detectMegabytes: 8,
  detectRuns: 9,
  pasteRounds: 100,
};

/** A smoke run: every row, fewer rounds, smaller inputs, well under a minute. */
const QUICK: typeof FULL = {
  loadRounds: 2,
  phaseMs: 600,
  warmupMs: 300,
  eventConcurrency: 10,
  startRounds: 2,
  laterReplies: 5,
  cliRounds: 3,
  scanRounds: 2,
  scanMegabytes: 4,
  detectMegabytes: 1,
  detectRuns: 3,
  pasteRounds: 10,
};

const USAGE = `usage: npm run bench [-- --quick] [-- --json[=FILE]] [-- --only=GROUP[,GROUP]]
  --quick        every row, fewer rounds and smaller inputs (a smoke run, under a minute)
  --json[=FILE]  write the figures as JSON to FILE, or to stdout (the table then goes to stderr)
  --only=GROUPS  only these rows, while working on one of them: ${ROW_GROUPS.join(', ')}
                 (the whole table, for the README, is a run without it)`;

/** A bad command line: said plainly, exit code 2. */
export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let json: string | undefined;
  let only: ReadonlySet<RowGroup> = new Set(ROW_GROUPS);
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--quick') quick = true;
    else if (arg === '--json') json = '-';
    else if (arg.startsWith('--json=')) json = arg.slice('--json='.length) || '-';
    else if (arg.startsWith('--only=')) only = parseGroups(arg.slice('--only='.length));
    else throw new UsageError(`unknown option ${arg}\n${USAGE}`);
  }
  return { quick, only, ...(json === undefined ? {} : { json }), ...(quick ? QUICK : FULL) };
}

function parseGroups(list: string): ReadonlySet<RowGroup> {
  const names = list.split(',').filter(Boolean);
  const unknown = names.filter((name) => !(ROW_GROUPS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0)
    throw new UsageError(
      `--only takes ${ROW_GROUPS.join(', ')}; not "${unknown.join(',') || list}"\n${USAGE}`,
    );
  return new Set(names as RowGroup[]);
}
