import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/index.js';
import { createMetrics, instrumentStore } from '../../../src/infra/metrics/index.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { metricValue } from '../../helpers/metrics.js';

describe('instrumentStore', () => {
  it('behaves like the store it wraps and times each operation', async () => {
    const metrics = createMetrics();
    const store = instrumentStore(createMemoryStore(), metrics);
    expect(await store.claimOnce('k', 1000)).toBe(true);
    expect(await store.claimOnce('k', 1000)).toBe(false);
    await store.updateSettings('s', { autoReply: false });
    expect(await store.getSettings('s')).toEqual({ autoReply: false });
    await store.ping();
    await store.close();
    const count = (operation: string, outcome = 'ok') =>
      metricValue(metrics.registry, 'sockerr_store_operation_seconds', { operation, outcome });
    expect(await count('claimOnce')).toBe(2);
    expect(await count('getSettings')).toBe(1);
    expect(await count('ping')).toBe(1);
    expect(await count('close')).toBe(0);
  });

  it('counts a failed operation as an error and passes the failure on', async () => {
    const metrics = createMetrics();
    const broken: Store = {
      ...createMemoryStore(),
      ping: () => Promise.reject(new Error('store down')),
    };
    const store = instrumentStore(broken, metrics);
    await expect(store.ping()).rejects.toThrow('store down');
    expect(
      await metricValue(metrics.registry, 'sockerr_store_operation_seconds', {
        operation: 'ping',
        outcome: 'error',
      }),
    ).toBe(1);
  });
});
