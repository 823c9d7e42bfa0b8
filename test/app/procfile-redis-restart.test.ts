import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { messageEvent } from '../adapters/slack/payloads.js';
import { eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { HAS_REDIS } from '../helpers/redis-server.js';
import { useTwoWebProcessesOnRedis } from '../helpers/two-web-on-redis.js';

const BURST = 40;

/**
 * The Procfile's `web` twice on one Redis, taking a burst of pastes from Slack while Redis is
 * killed and started again (no persistence: it comes back empty). Slack sends again, to either
 * instance, every delivery that got no 2xx.
 */
describe.skipIf(!HAS_REDIS)('two web processes while their Redis restarts in a burst', () => {
  const two = useTwoWebProcessesOnRedis();

  it('answers every paste of the burst once, those that came while Redis was away through Slack’s retries', async () => {
    const { redis, fake } = two;
    const [a, b] = two.web;
    const events = Array.from({ length: BURST }, (_, i) =>
      messageEvent({ id: `EvRESTART${i}`, typed: 'read ECONNRESET', channel: `C0RESTART${i}` }),
    );
    const statuses: number[] = [];
    for (const [i, event] of events.entries()) {
      if (i === BURST / 4) await redis.stop();
      if (i === BURST / 2) await redis.start();
      statuses[i] = (await (i % 2 ? a : b).send(eventBody(event))).status;
    }
    // Some came while Redis was away: they were not acknowledged, so Slack sends them again.
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    await Promise.all(
      [a, b].map((app) => app.waitFor('stderr', /Redis is reachable again/, 'the reconnection', 15_000)),
    );
    for (const [i, event] of events.entries())
      if (statuses[i] !== 200) expect((await (i % 2 ? b : a).send(eventBody(event), 1)).status).toBe(200);

    const repliedIn = () => new Set(fake.callsTo('chat.postMessage', true).map((c) => c.params.channel)).size;
    await eventually(() => repliedIn() === BURST, 'a reply to every paste');
    // A second reply would come within moments of the first.
    await delay(300);
    expect(fake.callsTo('chat.postMessage', true)).toHaveLength(BURST);
  }, 30_000);
});
