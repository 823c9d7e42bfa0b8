import { percentile } from '../lib/stats.js';
import type { LoadResult } from './protocol.js';

/**
 * Runs `once` on `concurrency` lanes, each starting its next request when its previous one is done
 * (a closed loop: it measures what the target can sustain, not how a queue grows), until
 * `durationMs` has passed or `count` requests were issued. `once` resolves with the latency of
 * one request in milliseconds, or rejects (counted as failed).
 */
export async function runClosedLoop(
  options: { concurrency: number; durationMs?: number; count?: number; ratePerSecond?: number },
  once: () => Promise<number>,
): Promise<LoadResult> {
  if (options.durationMs === undefined && options.count === undefined) {
    throw new Error('a load phase needs a duration or a count');
  }
  if (options.ratePerSecond !== undefined)
    return runPaced({ ...options, ratePerSecond: options.ratePerSecond }, once);
  const latencies: number[] = [];
  let failed = 0;
  let issued = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const deadline = start + (options.durationMs ?? Number.POSITIVE_INFINITY);
  const more = () => (options.count === undefined || issued < options.count) && performance.now() < deadline;
  const lane = async () => {
    while (more()) {
      issued += 1;
      try {
        latencies.push(await once());
      } catch (error) {
        failed += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  return summarize(latencies, failed, performance.now() - start, firstError);
}

/**
 * An open loop: one request every 1/rate s whatever the answers do (at most `concurrency` waiting),
 * for latency at a fixed rate, under a limit the platform's client enforces (Discord: 50 req/s).
 */
async function runPaced(
  options: { concurrency: number; durationMs?: number; count?: number; ratePerSecond: number },
  once: () => Promise<number>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let failed = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const total = Math.min(
    options.count ?? Number.POSITIVE_INFINITY,
    Math.floor(((options.durationMs ?? Number.POSITIVE_INFINITY) / 1000) * options.ratePerSecond),
  );
  for (let i = 0; i < total; i += 1) {
    const due = start + (i * 1000) / options.ratePerSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
    const request: Promise<void> = once().then(
      (ms) => {
        latencies.push(ms);
      },
      (error: unknown) => {
        failed += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      },
    );
    const tracked = request.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  return summarize(latencies, failed, performance.now() - start, firstError);
}

function summarize(latencies: number[], failed: number, elapsedMs: number, firstError?: string): LoadResult {
  return {
    completed: latencies.length,
    failed,
    elapsedMs,
    perSecond: latencies.length / (elapsedMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    ...(latencies.length <= 100 ? { latenciesMs: latencies } : {}),
    ...(firstError === undefined ? {} : { firstError }),
  };
}
