/** `npm run bench [-- --quick] [-- --json[=FILE]]`: what to run and how long. */
export interface BenchOptions {
  quick: boolean;
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
}

const FULL: Omit<BenchOptions, 'quick' | 'json'> = {
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
};

const USAGE = `usage: npm run bench [-- --quick] [-- --json[=FILE]]
  --quick        every row, fewer rounds and smaller inputs (a smoke run, under a minute)
  --json[=FILE]  write the figures as JSON to FILE, or to stdout (the table then goes to stderr)`;

/** A bad command line: said plainly, exit code 2. */
export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let json: string | undefined;
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--quick') quick = true;
    else if (arg === '--json') json = '-';
    else if (arg.startsWith('--json=')) json = arg.slice('--json='.length) || '-';
    else throw new UsageError(`unknown option ${arg}\n${USAGE}`);
  }
  return { quick, ...(json === undefined ? {} : { json }), ...(quick ? QUICK : FULL) };
}
