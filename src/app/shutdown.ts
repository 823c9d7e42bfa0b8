import type { Adapter } from '../adapters/adapter.js';
import type { Logger, Store } from '../core/index.js';

/** Platforms allow about 10 s after SIGTERM before they kill a process. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * A graceful stop, once: adapters stop taking work and finish what is in flight, the store is
 * flushed, and the process exits with `process.exitCode` (non-zero after a fatal error).
 */
export function createShutdown(deps: {
  adapters: readonly Adapter[];
  store: Store;
  logger: Logger;
}): (reason: string) => Promise<void> {
  const { adapters, store, logger } = deps;
  let stopping = false;
  return async (reason) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal: reason });
    const timer = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await store.close();
    process.exit(process.exitCode ?? 0);
  };
}
