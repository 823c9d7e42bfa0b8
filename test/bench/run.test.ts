import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/** Every row of issue 14's table (the GNU grep reference rows only where grep is installed). */
const ROWS = [
  'slack.command.c1.throughput',
  'slack.command.c1.p99',
  'slack.command.c10.throughput',
  'slack.command.c10.p99',
  'slack.autoreply.throughput',
  'slack.autoreply.p99',
  'discord.autoreply.capacity',
  'discord.autoreply.p99',
  'detect.in-process',
  'detect.cold-paste',
  'scan.speed',
  'scan.peak-rss',
  'start.ready',
  'start.first-reply',
  'start.first-reply-seen-author',
  'cli.lookup',
  'memory.slack',
  'memory.discord',
];

interface BenchRow {
  key: string;
  what: string;
  sockerr: number | null;
  baseline: number | null;
  ratio: number | null;
}

/** Longer than `--quick` needs on a busy 2-core machine, short of hanging `npm test`. */
const BUDGET_MS = 240_000;

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Its own process group, so a run past the budget is ended with every process it started.
    const child = spawn('npm', ['run', '--silent', 'bench', '--', ...args], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGTERM'), BUDGET_MS - 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The bench itself: it must keep running (the ratios are reported, never asserted: they are not tests). */
describe('npm run bench -- --quick', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'measures every row of the speed issue against its baseline in one run and prints the table',
    async () => {
      const jsonFile = join(dir, 'bench.json');
      const run = await runBench(['--quick', `--json=${jsonFile}`]);
      expect(run.code, run.stderr).toBe(0);
      // Shown in the test output, so a run of `npm test` also reports today's ratios.
      console.log(run.stdout);

      const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { rows: BenchRow[] };
      const keys = report.rows.map((r) => r.key);
      expect(keys).toEqual(expect.arrayContaining(ROWS));
      for (const row of report.rows.filter((r) => ROWS.includes(r.key))) {
        expect(Number.isFinite(row.sockerr), `${row.key}: sockerr's figure`).toBe(true);
        expect(Number.isFinite(row.baseline), `${row.key}: the baseline's figure`).toBe(true);
        expect(Number.isFinite(row.ratio), `${row.key}: the ratio`).toBe(true);
      }
      for (const key of ROWS)
        expect(run.stdout).toContain(report.rows.find((r) => r.key === key)?.what ?? key);
    },
    BUDGET_MS,
  );
});
