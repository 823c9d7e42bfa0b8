import { join } from 'node:path';
import { startChild } from '../lib/children.js';
import type { Row } from '../lib/report.js';
import { ROOT } from '../lib/targets.js';
import type { BenchContext } from './context.js';

/** What `bench/detect.bench.ts --json` prints. */
interface DetectFigures {
  megabytes: number;
  detectMbPerS: number;
  floorMbPerS: number;
  ratio: number;
  findings: number;
  candidatesPerMb: number;
  runs: number;
  pasteChars: number;
  pasteRounds: number;
  pasteEvictMegabytes: number;
  pasteColdUs: number;
  pasteWarmUs: number;
  pasteRatio: number;
}

/**
 * Row 3: `createDetector` (core's public door, data from infra's loaders) over a generated log
 * against one regex pass of the catalog's symbols, in a process of its own (bench/detect.bench.ts);
 * and a reference row: the Slack rows' pasted trace with cold caches against the same warm, what a
 * chat process pays per paste and an in-process loop does not show (bench/lib/cold-paste.ts).
 */
export async function runDetectRows(ctx: BenchContext): Promise<Row[]> {
  const { detectMegabytes, detectRuns, pasteRounds } = ctx.options;
  ctx.progress(
    `detect: ${detectRuns} interleaved rounds over a ${detectMegabytes} MB log, in process, and a paste cold`,
  );
  const args = ['--import', 'tsx', join(ROOT, 'bench/detect.bench.ts'), '--json'];
  args.push('--mb', String(detectMegabytes), '--runs', String(detectRuns));
  args.push('--paste-rounds', String(pasteRounds));
  const child = startChild('detect bench', process.execPath, args, { cwd: ROOT, env: process.env });
  let stdout = '';
  child.process.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 300_000);
  const code = await child.exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`bench/detect.bench.ts failed (${code}):\n${child.tail()}`);
  const figures = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as DetectFigures;
  const inProcess: Row = {
    key: 'detect.in-process',
    what: `Detection in process, \`createDetector\` over a ${figures.megabytes.toFixed(0)} MB log`,
    unit: 'MB/s',
    sockerr: figures.detectMbPerS,
    baseline: figures.floorMbPerS,
    against: '(one regex of all catalog symbols, same text)',
    ratio: figures.ratio,
    target: { on: 'ratio', op: '>=', value: 0.5 },
    note: `${figures.findings} findings; ${figures.candidatesPerMb.toFixed(0)} candidates/MB to confirm`,
  };
  const coldPaste: Row = {
    key: 'detect.cold-paste',
    what: `Detection of the Slack rows' pasted trace (${figures.pasteChars} characters) with cold caches (a ${figures.pasteEvictMegabytes} MB walk before each) (reference)`,
    unit: 'µs',
    sockerr: figures.pasteColdUs,
    baseline: figures.pasteWarmUs,
    against: `(the same paste again at once, warm; median of ${figures.pasteRounds})`,
    ratio: figures.pasteRatio,
  };
  return [inProcess, coldPaste];
}
