/**
 * `npm run bench`: every row of issue 14's table in one run, each against its baseline in the same
 * run (interleaved rounds, medians), printed as one table with the issue's targets.
 *
 *   npm run bench                 the full run (a few minutes)
 *   npm run bench -- --quick      every row, fewer rounds and smaller inputs (under a minute)
 *   npm run bench -- --json=FILE  also write the figures as JSON (`--json` alone: to stdout)
 *   npm run bench -- --only=slack,start   some groups of rows alone, while working on them
 *
 * sockerr is driven only through its public entry points: `node dist/main.js slack|discord` with
 * env vars pointing at the fakes in test/fakes (played by a separate load process), `node
 * bin/sockerr.js` for the CLI, and `createDetector` + infra's loaders for in-process detection.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { installCleanup } from './lib/children.js';
import { parseOptions, UsageError } from './lib/options.js';
import { meets, type Row, renderTable } from './lib/report.js';
import { startLoadProcess } from './load/client.js';
import { runCliRows } from './rows/cli-rows.js';
import type { BenchContext } from './rows/context.js';
import { runDetectRows } from './rows/detect-row.js';
import { runDiscordRows } from './rows/discord-rows.js';
import { prepareSlackSetup, runSlackRows } from './rows/slack-rows.js';
import { runStartRows } from './rows/start-rows.js';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  installCleanup();
  const work = mkdtempSync(join(tmpdir(), 'sockerr-bench-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const began = performance.now();
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const progress = (line: string) =>
    process.stderr.write(
      `[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
    );
  const load = startLoadProcess();
  const ctx: BenchContext = { options, load, work, progress };
  try {
    // Load rows first (their processes' memory is row 7), then start-up, then the CPU-bound rows.
    const run = options.only;
    const slack = run.has('slack') ? await runSlackRows(ctx) : undefined;
    const discord = run.has('discord') ? await runDiscordRows(ctx) : undefined;
    const start = run.has('start')
      ? await runStartRows(ctx, slack?.setup ?? (await prepareSlackSetup(ctx)))
      : [];
    const cli = run.has('cli') ? await runCliRows(ctx) : [];
    const detect = run.has('detect') ? await runDetectRows(ctx) : [];
    const [scan, lookup] = [
      cli.filter((r) => r.key.startsWith('scan.')),
      cli.filter((r) => r.key.startsWith('cli.')),
    ];
    // In the order of the table.
    const rows: Row[] = [
      ...(slack?.rows ?? []),
      ...(discord?.rows ?? []),
      ...detect,
      ...scan,
      ...start,
      ...lookup,
      ...(slack ? [slack.memory] : []),
      ...(discord ? [discord.memory] : []),
    ];
    report(rows, options, { seconds: (performance.now() - began) / 1000, loadBefore });
  } finally {
    await load.close();
  }
}

function report(
  rows: Row[],
  options: ReturnType<typeof parseOptions>,
  run: { seconds: number; loadBefore: number },
): void {
  const { seconds } = run;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  // The machine's load average before and after: a busy host widens every figure's spread.
  const loads = `load average ${run.loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? Number.NaN).toFixed(1)} after`;
  // Which code was measured, for comparing runs across changes (`+` when the tree had local changes).
  const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${git(['status', '--porcelain']) ? '+' : ''}`;
  const heading = `sockerr bench${options.quick ? ' (--quick)' : ''} of ${commit}: Node ${process.version}, ${cpus().length} × ${cpu}, ${seconds.toFixed(0)} s, ${loads}`;
  const table = `${heading}\n\n${renderTable(rows)}\n\n${legend(options)}\n`;
  const json = {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    cpus: cpus().length,
    cpu,
    quick: options.quick,
    seconds,
    loadAverage: { before: run.loadBefore, after: loadavg()[0] ?? null },
    rows: rows.map((row) => ({ ...row, meets: meets(row) ?? null })),
  };
  if (options.json === '-') {
    process.stderr.write(table);
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  process.stdout.write(table);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
}

function legend(options: ReturnType<typeof parseOptions>): string {
  return [
    `Ratios are sockerr ÷ baseline: the median of per-round ratios over ${options.loadRounds} interleaved rounds`,
    `of ${options.phaseMs / 1000} s per app for the load rows (closed loop; after a ${options.warmupMs / 1000} s warm-up each),`,
    `${options.startRounds} starts, ${options.scanRounds} scans, ${options.cliRounds} CLI runs and ${options.detectRuns} detection passes (after 10 untimed ones).`,
    'Higher is better for throughput and MB/s, lower for latency, time and memory. A slash command is done',
    'when its reply text reached the user: in the ack body or in the POST to its response_url, whichever came',
    'first; an auto-reply when the reply reached the fake platform API (chat.postMessage, POST .../messages).',
  ].join('\n');
}

// Every step has its own time-out; this one bounds the whole run whatever happens (e.g. a hung app).
const watchdog = setTimeout(
  () => {
    process.stderr.write('bench failed: it ran past its time limit; every child process is being ended\n');
    process.exit(1);
  },
  process.argv.includes('--quick') ? 5 * 60_000 : 30 * 60_000,
);
watchdog.unref();

// process.exit runs the `exit` handlers: every child still running is ended, the scratch folder removed.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
