import { describe, expect, it } from 'vitest';
import { type Store, StoreUnavailableError } from '../../../src/core/index.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { testCore } from '../../helpers/core.js';
import { metricValue } from '../../helpers/metrics.js';
import { createSlackHarness } from './harness.js';
import { messageEvent } from './payloads.js';

/**
 * A memory store that fails every call while `down` is set (Redis paused, a locked SQLite file),
 * and answers each call `stallMs` late.
 */
function switchableStore(stallMs = 0): { store: Store; setDown(down: boolean): void } {
  const inner = createMemoryStore();
  let down = false;
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (stallMs > 0) await new Promise((resolve) => setTimeout(resolve, stallMs));
        if (down) throw new StoreUnavailableError('the store cannot be used right now');
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, setDown: (value) => (down = value) };
}

const outcome = (ack: Promise<unknown>) =>
  ack.then(
    () => 'acked',
    () => 'no ack',
  );

/**
 * Socket Mode's ack of a message event, like the HTTP answer (front-receiver.ts), waits for the
 * decision: Slack sends an envelope again only when it was not acknowledged within 3 s (its retry
 * has `retry_attempt` 1 and `retry_reason` "timeout": slackapi/bolt-js#2487, python-slack-sdk#1280).
 */
describe('Slack Socket Mode acks of message events', () => {
  it('leaves a message event the store could not decide unacknowledged, and answers Slack’s redelivery once the store is back', async () => {
    const { store, setDown } = switchableStore();
    const h = await createSlackHarness({ mode: 'socket', core: testCore({ store }).core });
    await h.start();
    const event = messageEvent({ id: 'EvSmOutage1', typed: 'connect ECONNREFUSED 10.0.0.5:5432' });
    setDown(true);
    const sent = performance.now();
    expect(await outcome(h.fake.socketMode.send('events_api', event))).toBe('no ack');
    expect(performance.now() - sent).toBeGreaterThanOrEqual(2900);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(
      await metricValue(h.metrics.registry, 'sockerr_requests_rejected_total', {
        reason: 'store_unavailable',
      }),
    ).toBe(1);
    setDown(false);
    const retried = h.fake.socketMode.send('events_api', event, { retryAttempt: 1, retryReason: 'timeout' });
    expect(await outcome(retried)).toBe('acked');
    await expect.poll(() => h.fake.callsTo('chat.postMessage').length, { timeout: 3000 }).toBe(1);
    await h.stop();
  }, 20_000);

  it('acknowledges a message event once it is decided, well within Slack’s 3 seconds', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    await h.start();
    const event = messageEvent({ id: 'EvSmDecided1', typed: 'read ECONNRESET' });
    const sent = performance.now();
    expect(await outcome(h.fake.socketMode.send('events_api', event))).toBe('acked');
    expect(performance.now() - sent).toBeLessThan(2500);
    await expect.poll(() => h.fake.callsTo('chat.postMessage').length, { timeout: 3000 }).toBe(1);
    await h.stop();
  }, 20_000);

  it('acknowledges a message event whose decision is slow after 2 s, before Slack’s 3 s run out', async () => {
    const { store } = switchableStore(2500);
    const h = await createSlackHarness({ mode: 'socket', core: testCore({ store }).core });
    await h.start();
    const event = messageEvent({ id: 'EvSmSlow1', typed: 'read ECONNRESET' });
    const sent = performance.now();
    expect(await outcome(h.fake.socketMode.send('events_api', event))).toBe('acked');
    expect(performance.now() - sent).toBeGreaterThanOrEqual(1900);
    await h.stop();
  }, 20_000);
});
