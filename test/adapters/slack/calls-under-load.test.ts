import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { eventually } from '../../helpers/eventually.js';
import { scrapeValue } from '../../helpers/metrics.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent } from './payloads.js';

const EVENTS = 150;

/**
 * A burst of replies while Slack is slow: the Web API client sends 100 requests at once and queues
 * the rest. A deadline that ran while a call sat in that queue would call a reply that was still
 * to be sent a timeout (and a call retried after one would be sent twice).
 */
describe('Slack calls in a burst while Slack is slow', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core, adapter: { apiTimeoutMs: 1800 } });
    await h.start();
  });
  afterAll(() => h.stop());

  it('gives each of 150 replies its whole deadline for Slack’s answer, not for its turn: none times out', async () => {
    // A call's whole deadline (1.8 s) holds Slack's answer (1 s) with room for a busy machine; a
    // deadline counted from its turn in the queue would not (the last 50 wait 1 s for a turn).
    h.fake.delay('chat.postMessage', 1000);
    const events = Array.from({ length: EVENTS }, (_, i) =>
      messageEvent({ id: `Ev-slow-burst-${i}`, typed: 'read ECONNRESET', channel: `C0SLOW${i}` }),
    );
    const acked = await Promise.all(events.map((e) => h.deliver('event', e, { settles: false })));
    expect(acked.every((d) => d.status === 200)).toBe(true);
    await eventually(() => (h.settledCount() >= EVENTS ? true : undefined), 'every event handled', 20_000);
    const failures = h.logger.lines.filter(
      (l) => l.includes('"call":"chat.postMessage"') && l.includes('failed'),
    );
    expect(failures).toEqual([]);
    expect(new Set(h.fake.callsTo('chat.postMessage').map((c) => c.params.channel)).size).toBe(EVENTS);
    const metrics = (await h.metrics.render()).body;
    expect(
      scrapeValue(metrics, 'sockerr_replies_posted_total', { platform: 'slack', kind: 'auto-reply' }),
    ).toBe(EVENTS);
  }, 30_000);
});
