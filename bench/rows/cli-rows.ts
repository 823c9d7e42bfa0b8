import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLog } from '../lib/generate-log.js';
import type { Row } from '../lib/report.js';
import { interleave } from '../lib/rounds.js';
import { median, medianRatio } from '../lib/stats.js';
import { catalogSymbols, symbolAlternation } from '../lib/symbols.js';
import { appEnv, ROOT } from '../lib/targets.js';
import { timedRun } from '../lib/timed-run.js';
import type { BenchContext } from './context.js';

const SOCKERR_CLI = join(ROOT, 'bin/sockerr.js');
const FLOOR = join(ROOT, 'bench/apps/regex-floor.js');

/** GNU grep, if this machine has it (the reference row is skipped without it). */
function hasGnuGrep(): boolean {
  const run = spawnSync('grep', ['--version'], { encoding: 'utf8' });
  return run.status === 0 && run.stdout.includes('GNU grep');
}

/**
 * Row 4: `sockerr scan FILE --json > /dev/null` of a generated log, whole process, against a Node
 * process that reads the same file and runs one regex of the catalog's symbols over it (and GNU
 * `grep -c` of the same alternation, for reference). Row 6: `node bin/sockerr.js 10054` against
 * `node -e 0`. All interleaved, in rotating order.
 */
export async function runCliRows(ctx: BenchContext): Promise<Row[]> {
  const { options, work } = ctx;
  const file = join(work, 'scan.log');
  const patternFile = join(work, 'symbols.regex');
  ctx.progress(`scan: writing a ${options.scanMegabytes} MB log`);
  const megabytes = writeLog(file, options.scanMegabytes * 1024 * 1024) / (1024 * 1024);
  const pattern = symbolAlternation(catalogSymbols());
  writeFileSync(patternFile, pattern);
  const env = appEnv({});
  const at = { env, cwd: work, work };
  const grep = hasGnuGrep();

  ctx.progress(
    `scan: ${options.scanRounds} rounds of sockerr scan, the Node floor${grep ? ', GNU grep' : ''}`,
  );
  const scans = await interleave(
    options.scanRounds,
    () => timedRun(process.execPath, [SOCKERR_CLI, 'scan', file, '--json'], { ...at, peakRss: true }),
    async () => ({
      floor: await timedRun(process.execPath, [FLOOR, file, patternFile], { ...at, peakRss: true }),
      grep: grep
        ? await timedRun('grep', ['-c', '-E', '-e', pattern, file], {
            ...at,
            env: { ...env, LC_ALL: 'C' },
            okCodes: [0, 1],
            stdoutPipe: true,
          })
        : undefined,
    }),
  );
  const rate = (ms: number) => megabytes / (ms / 1000);
  const mine = scans.sockerr.map((r) => rate(r.ms));
  const floor = scans.baseline.map((r) => rate(r.floor.ms));
  const grepRates = scans.baseline.map((r) => (r.grep ? rate(r.grep.ms) : Number.NaN));
  const size = `${megabytes.toFixed(0)} MB log`;
  const rows: Row[] = [
    {
      key: 'scan.speed',
      what: `\`sockerr scan FILE --json\`, ${size}, whole process`,
      unit: 'MB/s',
      sockerr: median(mine),
      baseline: median(floor),
      against: '(Node: read the file, one regex of the symbols)',
      ratio: medianRatio(mine, floor),
      target: { on: 'ratio', op: '>=', value: 0.6 },
    },
    {
      key: 'scan.peak-rss',
      what: `\`sockerr scan\` peak RSS, ${size}`,
      unit: 'MB',
      sockerr: median(scans.sockerr.map((r) => r.peakMb ?? Number.NaN)),
      baseline: median(scans.baseline.map((r) => r.floor.peakMb ?? Number.NaN)),
      against: '(the same Node floor)',
      ratio: medianRatio(
        scans.sockerr.map((r) => r.peakMb ?? Number.NaN),
        scans.baseline.map((r) => r.floor.peakMb ?? Number.NaN),
      ),
      target: { on: 'sockerr', op: '<=', value: 100, text: '< 100 MB (for a 1 GB log)' },
    },
  ];
  if (grep) {
    rows.push(
      {
        key: 'scan.vs-grep',
        what: `\`sockerr scan\` against GNU grep, ${size} (reference)`,
        unit: 'MB/s',
        sockerr: median(mine),
        baseline: median(grepRates),
        against: '(`LC_ALL=C grep -c -E` of the same alternation)',
        ratio: medianRatio(mine, grepRates),
        target: { on: 'ratio', op: '>=', value: 0.15, text: '≈ 0.15', reference: true },
      },
      {
        key: 'scan.floor-vs-grep',
        what: `The Node floor against GNU grep, ${size} (reference)`,
        unit: 'MB/s',
        sockerr: median(floor),
        baseline: median(grepRates),
        against: '(GNU grep)',
        ratio: medianRatio(floor, grepRates),
        note: 'not sockerr: how far any Node tool is from grep',
      },
    );
  } else {
    ctx.progress('scan: GNU grep not found; its reference rows are skipped');
  }

  ctx.progress(`cli: ${options.cliRounds} rounds of sockerr 10054 and node -e 0`);
  const cli = await interleave(
    options.cliRounds,
    () => timedRun(process.execPath, [SOCKERR_CLI, '10054'], at),
    () => timedRun(process.execPath, ['-e', '0'], at),
  );
  rows.push({
    key: 'cli.lookup',
    what: '`node bin/sockerr.js 10054`, whole process',
    unit: 'ms',
    sockerr: median(cli.sockerr.map((r) => r.ms)),
    baseline: median(cli.baseline.map((r) => r.ms)),
    against: '(`node -e 0`)',
    ratio: medianRatio(
      cli.sockerr.map((r) => r.ms),
      cli.baseline.map((r) => r.ms),
    ),
    note: '`npx sockerr` adds npm’s own start-up on top, not measured here',
  });
  return rows;
}
