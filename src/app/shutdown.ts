import type { Adapter } from '../adapters/adapter.js';
import type { Logger, Store } from '../core/index.js';

/** Platforms allow about 10 s after SIGTERM before they kill a process; adapters drain within 8 s of it. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface ShutdownDeps {
  adapters: readonly Adapter[];
  store: Store;
  logger: Logger;
  /** Turned to draining first, so `/readyz` answers 503 before anything else stops. */
  readiness?: { markDraining(): void };
  /** Closes the health server last, so the 503 can be seen while replies drain. */
  closeHealth?: () => Promise<void>;
  graceMs?: number;
  /** Ends the process (tests pass their own). */
  exit?: (code: number) => void;
}

/**
 * A graceful stop, once: `/readyz` turns 503, adapters stop taking work and finish what is in
 * flight, the store is flushed and closed, the health server closes, and the process exits:
 * non-zero after a fatal error or when replies were dropped.
 */
export function createShutdown(deps: ShutdownDeps): (reason: string) => Promise<void> {
  const { adapters, store, logger } = deps;
  const exit = deps.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  return async (reason) => {
    if (stopping) return;
    stopping = true;
    deps.readiness?.markDraining();
    logger.info('shutting down: /readyz answers 503, no new work starts, replies in flight finish', {
      signal: reason,
    });
    const graceMs = deps.graceMs ?? SHUTDOWN_GRACE_MS;
    const timer = setTimeout(() => {
      logger.error(`shutdown took longer than ${graceMs / 1000} s; exiting anyway`);
      exit(1);
    }, graceMs);
    timer.unref();
    const reports = await Promise.allSettled(adapters.map((a) => a.stop()));
    let unfinished = 0;
    for (const [i, report] of reports.entries()) {
      if (report.status === 'fulfilled') unfinished += report.value?.unfinished ?? 0;
      else
        logger.error('an adapter failed to stop cleanly', {
          adapter: adapters[i]?.name,
          error: report.reason,
        });
    }
    await store.close().catch((error: unknown) => logger.error('could not close the store', { error }));
    await deps.closeHealth?.().catch(() => undefined);
    clearTimeout(timer);
    if (unfinished > 0) {
      logger.error(`stopped with ${unfinished} repl${unfinished === 1 ? 'y' : 'ies'} not sent`, {
        unfinished,
      });
    }
    const code = unfinished > 0 ? 1 : Number(process.exitCode ?? 0) || 0;
    logger.info('stopped', { exitCode: code });
    exit(code);
  };
}
