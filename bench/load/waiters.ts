/** An answer that reached the fake: when (`performance.now()`), how, and what. */
export interface Arrival {
  at: number;
  via: string;
  value: Record<string, unknown>;
}

interface Pending {
  accept: (arrival: Arrival) => boolean;
  resolve: (arrival: Arrival) => void;
  timer: NodeJS.Timeout;
}

/** Requests waiting for their answer, keyed by what correlates them (a response_url id, a thread ts…). */
export interface Waiters {
  /** Waits for the answer to `key`; rejects after `timeoutMs`. Register before sending. */
  expect(key: string, timeoutMs: number, accept?: (arrival: Arrival) => boolean): Promise<Arrival>;
  /** An answer arrived: resolves its waiter if there is one and it accepts it. */
  arrive(key: string | undefined, via: string, value: Record<string, unknown>): void;
  cancel(key: string): void;
}

export function createWaiters(): Waiters {
  const pending = new Map<string, Pending>();
  return {
    expect(key, timeoutMs, accept = () => true) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(key);
          reject(new Error(`no answer to ${key} within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(key, { accept, resolve, timer });
      });
    },
    arrive(key, via, value) {
      if (key === undefined) return;
      const waiter = pending.get(key);
      const arrival = { at: performance.now(), via, value };
      if (!waiter?.accept(arrival)) return;
      pending.delete(key);
      clearTimeout(waiter.timer);
      waiter.resolve(arrival);
    },
    cancel(key) {
      const waiter = pending.get(key);
      if (waiter) clearTimeout(waiter.timer);
      pending.delete(key);
    },
  };
}

/**
 * Calls `onRecord` for each record a fake appends to one of its lists (`calls`, `responses`,
 * `requests`), and keeps none: tests read those lists afterwards, but under load they would grow
 * by hundreds of megabytes in the load process.
 */
export function observeRecords<T>(records: T[], onRecord: (record: T) => void): void {
  records.length = 0;
  records.push = (...items: T[]) => {
    for (const item of items) onRecord(item);
    return records.length;
  };
}
