/**
 * At most `limit` jobs at once; the others wait their turn, in order, but no longer than
 * `maxWaitMs`. Why: work started all at once (a burst of shared logs to download, of replies to
 * post) splits the link or sits in a client's hidden queue, so a deadline meant for the work runs
 * out while it waits, and every job misses it together; downloads each buffer up to the size cap
 * meanwhile. Taking turns, each job's deadline starts with the job.
 */
export interface Slots {
  /** Runs `work` once a slot is free; 'busy' (without running it) when none came free in time. */
  run<T>(work: () => Promise<T>): Promise<T | 'busy'>;
}

export function createSlots(limit: number, maxWaitMs: number): Slots {
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
