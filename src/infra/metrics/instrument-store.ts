import { performance } from 'node:perf_hooks';
import type { Store } from '../../core/index.js';
import type { Metrics } from './create-metrics.js';

/**
 * The same store, with the latency and outcome of every asynchronous operation recorded in
 * `metrics` (`sockerr_store_operation_seconds{operation,outcome}`). A decorator, so every backend
 * (memory, file, SQLite, Redis) is measured alike, none of them knows about metrics, and an
 * operation added to the Store port later is timed without a change here.
 */
export function instrumentStore<S extends Store>(store: S, metrics: Pick<Metrics, 'observeStore'>): S {
  const wrappers = new Map<string, (...args: unknown[]) => unknown>();
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      // close() runs once at shutdown; it is not an operation worth a latency series.
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'close') return value;
      let wrapper = wrappers.get(property);
      if (!wrapper) {
        const method = value as (...args: unknown[]) => unknown;
        wrapper = (...args: unknown[]) => {
          const started = performance.now();
          const observe = (ok: boolean) =>
            metrics.observeStore(property, (performance.now() - started) / 1000, ok);
          const result = method.apply(target, args);
          if (!(result instanceof Promise)) return result;
          return result.then(
            (resolved) => {
              observe(true);
              return resolved;
            },
            (error: unknown) => {
              observe(false);
              throw error;
            },
          );
        };
        wrappers.set(property, wrapper);
      }
      return wrapper;
    },
  });
}
