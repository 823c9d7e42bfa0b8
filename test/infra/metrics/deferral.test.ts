import { describe, expect, it } from 'vitest';
import { createDeferral } from '../../../src/infra/metrics/deferral.js';
import { createMetrics } from '../../../src/infra/metrics/index.js';
import { metricValue } from '../../helpers/metrics.js';

describe('createDeferral', () => {
  it('applies held updates in order, once, when flushed', () => {
    const seen: number[] = [];
    const deferral = createDeferral(10);
    deferral.later(() => seen.push(1));
    deferral.later(() => seen.push(2));
    expect(seen).toEqual([]);
    deferral.flush();
    deferral.flush();
    expect(seen).toEqual([1, 2]);
  });

  it('never holds more than its limit: the update that reaches it applies the batch', () => {
    const seen: number[] = [];
    const deferral = createDeferral(3);
    for (let i = 0; i < 7; i++) deferral.later(() => seen.push(i));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('does not apply an update twice when one before it throws', () => {
    const seen: string[] = [];
    const deferral = createDeferral(10);
    deferral.later(() => {
      throw new Error('bad label');
    });
    deferral.later(() => seen.push('after'));
    expect(() => deferral.flush()).toThrow('bad label');
    deferral.flush();
    expect(seen).toEqual([]);
  });
});

describe('metrics held back between scrapes', () => {
  it('shows every update made since the last read, whichever metric is read first', async () => {
    const metrics = createMetrics();
    for (let i = 0; i < 5; i++) metrics.observeStore('claimOnce', 0.0002, true);
    metrics.decision('discord', 'reply', 'reply');
    metrics.timeDetection(() => 1);
    // Reading the decisions counter applies the store's pending observations too.
    expect(await metricValue(metrics.registry, 'sockerr_decisions_total', { action: 'reply' })).toBe(1);
    expect(
      await metricValue(metrics.registry, 'sockerr_store_operation_seconds', { operation: 'claimOnce' }),
    ).toBe(5);
    expect(await metricValue(metrics.registry, 'sockerr_detection_seconds')).toBe(1);
    const { body } = await metrics.render();
    expect(body).toContain('sockerr_store_operation_seconds_sum{operation="claimOnce",outcome="ok"} 0.001');
  });
});
