/**
 * At most `limit` downloads at once; the others wait their turn, in order, but no longer than
 * `maxWaitMs`. Why: downloads started all at once (a burst of shared logs) split the link between
 * them, so each takes as long as the whole burst and every one misses its deadline together, and
 * each buffers up to the size cap meanwhile. Taking turns, each gets the link's speed, and memory
 * holds `limit` bodies at most.
 */
export interface DownloadSlots {
  /** Runs `work` once a slot is free; 'busy' (without running it) when none came free in time. */
  run<T>(work: () => Promise<T>): Promise<T | 'busy'>;
}

export function createDownloadSlots(limit: number, maxWaitMs: number): DownloadSlots {
  let running = 0;
  const waiting = new Set<() => void>(); // in insertion order: first come, first served

  const release = () => {
    const [next] = waiting;
    if (next) {
      waiting.delete(next);
      next();
    } else running -= 1;
  };

  /** Resolves true with a slot taken (handed over by `release`), false after `maxWaitMs`. */
  const acquire = (): Promise<boolean> => {
    if (running < limit) {
      running += 1;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const granted = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiting.delete(granted);
        resolve(false);
      }, maxWaitMs);
      waiting.add(granted);
    });
  };

  return {
    async run(work) {
      if (!(await acquire())) return 'busy';
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
