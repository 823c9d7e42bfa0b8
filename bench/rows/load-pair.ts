import { readCpuMs, readMemory } from '../lib/children.js';
import type { Row, Target } from '../lib/report.js';
import { interleave } from '../lib/rounds.js';
import { median, medianRatio } from '../lib/stats.js';
import type { LoadResult, LoadSpec } from '../load/protocol.js';
import type { BenchContext } from './context.js';

type Spec = Omit<LoadSpec, 'target' | 'durationMs' | 'count'>;

/** An app under test: what the load process sends to, and its process (for its CPU time). */
export interface LoadTarget {
  target: string;
  pid: number;
}

/**
 * The same load on sockerr and on its baseline: a warm-up of each (not counted), then interleaved
 * rounds of one phase each. Throws when a target answered nothing at all (it is broken, and a ratio
 * would mean nothing); failed requests are otherwise counted and shown.
 */
export async function measurePair(
  ctx: BenchContext,
  spec: Spec,
  targets: { sockerr: LoadTarget; baseline: LoadTarget },
): Promise<{ sockerr: LoadResult[]; baseline: LoadResult[] }> {
  const { options, load } = ctx;
  const phase = async ({ target, pid }: LoadTarget, durationMs: number): Promise<LoadResult> => {
    const before = [readCpuMs(pid), readCpuMs(load.child.pid)];
    const result = await load.load({ ...spec, target, durationMs });
    const after = [readCpuMs(pid), readCpuMs(load.child.pid)];
    const used = (i: number) => (after[i] ?? Number.NaN) - (before[i] ?? Number.NaN);
    return { ...result, cpuMs: used(0), loadCpuMs: used(1) };
  };
  await phase(targets.sockerr, options.warmupMs);
  await phase(targets.baseline, options.warmupMs);
  const results = await interleave(
    options.loadRounds,
    () => phase(targets.sockerr, options.phaseMs),
    () => phase(targets.baseline, options.phaseMs),
  );
  for (const [who, list] of Object.entries(results)) {
    const broken = list.find((r) => r.completed === 0);
    if (broken) throw new Error(`${who} answered no ${spec.kind} at all: ${broken.firstError ?? 'no reply'}`);
  }
  return results;
}

const failures = (results: LoadResult[]) => results.reduce((sum, r) => sum + r.failed, 0);

/**
 * The load process has one core; when it is busy nearly all the phase, it (not the app) set the
 * pace, and the baseline may be faster than measured: said in the row rather than hidden.
 */
function saturation(results: LoadResult[]): string | undefined {
  const busy = median(results.map((r) => (r.loadCpuMs ?? Number.NaN) / r.elapsedMs));
  return busy >= 0.9 ? `load generator ${(busy * 100).toFixed(0)}% busy during the baseline` : undefined;
}

/** Two rows from one measured pair: throughput (higher is better) and p99 latency (lower is better). */
export function throughputRows(
  base: { key: string; what: string; unit: string; against: string; note?: string },
  results: { sockerr: LoadResult[]; baseline: LoadResult[] },
  targets: { throughput: Target; p99: Target },
): Row[] {
  const { sockerr, baseline } = results;
  const failed = failures(sockerr) + failures(baseline);
  const notes = [
    base.note,
    failed > 0 ? `${failures(sockerr)}/${failures(baseline)} failed` : undefined,
    saturation(baseline),
  ];
  const note = notes.filter(Boolean).join('; ');
  return [
    {
      key: `${base.key}.throughput`,
      what: `${base.what}: throughput`,
      unit: base.unit,
      sockerr: median(sockerr.map((r) => r.perSecond)),
      baseline: median(baseline.map((r) => r.perSecond)),
      against: base.against,
      ratio: medianRatio(
        sockerr.map((r) => r.perSecond),
        baseline.map((r) => r.perSecond),
      ),
      target: targets.throughput,
      ...(note ? { note } : {}),
    },
    {
      key: `${base.key}.p99`,
      what: `${base.what}: p99 latency`,
      unit: 'ms',
      sockerr: median(sockerr.map((r) => r.p99Ms)),
      baseline: median(baseline.map((r) => r.p99Ms)),
      against: base.against,
      ratio: medianRatio(
        sockerr.map((r) => r.p99Ms),
        baseline.map((r) => r.p99Ms),
      ),
      target: targets.p99,
    },
  ];
}

/** Row 7: the resident memory of a sockerr process after the load rows, beside its baseline's. */
export function memoryRow(
  key: string,
  what: string,
  pids: { sockerr: number; baseline: number },
  against: string,
): Row {
  const mine = readMemory(pids.sockerr);
  const theirs = readMemory(pids.baseline);
  return {
    key,
    what,
    unit: 'MB',
    sockerr: mine?.rssMb ?? null,
    baseline: theirs?.rssMb ?? null,
    against,
    ratio: mine && theirs ? mine.rssMb / theirs.rssMb : null,
    target: { on: 'sockerr', op: '<=', value: 150, text: '< 150 MB' },
    ...(mine ? { note: `VmRSS; peak VmHWM ${mine.peakMb.toFixed(0)} MB` } : { note: 'no /proc here' }),
  };
}
