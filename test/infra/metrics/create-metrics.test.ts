import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/infra/metrics/index.js';
import { metricValue, scrapeValue } from '../../helpers/metrics.js';

describe('createMetrics', () => {
  it('counts what adapters report under stable names and labels', async () => {
    const metrics = createMetrics();
    metrics.eventReceived('slack', 'message');
    metrics.eventReceived('slack', 'message');
    metrics.decision('discord', 'ignore', 'duplicate');
    metrics.replyPosted('slack', 'auto-reply');
    metrics.apiFailure('slack', 'chat.postMessage', 'timeout');
    metrics.apiRetry('discord', 'reply', 'http_503');
    metrics.requestRejected('slack', 'future_timestamp');
    metrics.connectionEvent('discord', 'close', 4000);
    const { body, contentType } = await metrics.render();
    expect(contentType).toContain('text/plain');
    expect(scrapeValue(body, 'sockerr_events_received_total', { platform: 'slack', kind: 'message' })).toBe(
      2,
    );
    expect(scrapeValue(body, 'sockerr_decisions_total', { action: 'ignore', reason: 'duplicate' })).toBe(1);
    expect(scrapeValue(body, 'sockerr_replies_posted_total', { kind: 'auto-reply' })).toBe(1);
    expect(
      scrapeValue(body, 'sockerr_platform_api_failures_total', {
        method: 'chat.postMessage',
        error: 'timeout',
      }),
    ).toBe(1);
    expect(scrapeValue(body, 'sockerr_platform_api_retries_total', { reason: 'http_503' })).toBe(1);
    expect(scrapeValue(body, 'sockerr_requests_rejected_total', { reason: 'future_timestamp' })).toBe(1);
    expect(scrapeValue(body, 'sockerr_connection_events_total', { event: 'close', code: '4000' })).toBe(1);
  });

  it('times detection without changing its result, also when it throws', async () => {
    const metrics = createMetrics();
    expect(metrics.timeDetection(() => 42)).toBe(42);
    expect(() =>
      metrics.timeDetection(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(await metricValue(metrics.registry, 'sockerr_detection_seconds')).toBe(2);
  });

  it('keeps label values short and free of odd characters, so a platform error cannot explode cardinality', async () => {
    const metrics = createMetrics();
    metrics.apiFailure('slack', 'chat.postMessage', `weird error "${'x'.repeat(500)}"\n`);
    const { body } = await metrics.render();
    const line = body.split('\n').find((l) => l.startsWith('sockerr_platform_api_failures_total{')) ?? '';
    expect(line.length).toBeLessThan(200);
    expect(line).not.toContain('\\n');
  });

  it('warms up without counting or showing anything', async () => {
    const metrics = createMetrics();
    const before = (await metrics.render()).body;
    metrics.warmUp();
    expect((await metrics.render()).body).toBe(before);
    expect(before).not.toContain('warm');
  });

  it('adds process metrics when asked', async () => {
    const { body } = await createMetrics({ processMetrics: true }).render();
    expect(body).toContain('process_resident_memory_bytes');
    expect((await createMetrics().render()).body).not.toContain('process_resident_memory_bytes');
  });
});
