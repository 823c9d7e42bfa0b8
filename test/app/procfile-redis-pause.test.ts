import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { messageEvent } from '../adapters/slack/payloads.js';
import { eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { scrapeValue } from '../helpers/metrics.js';
import { HAS_REDIS } from '../helpers/redis-server.js';
import { redisCommand, useTwoWebProcessesOnRedis } from '../helpers/two-web-on-redis.js';

const TRACE = 'Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)';

/**
 * The Procfile's `web` twice on one Redis, as two dynos behind Slack's one request URL, while
 * Redis stops answering for a few seconds (a failover, a provider's maintenance: `CLIENT PAUSE`).
 * Slack redelivers an event only when its delivery was not acknowledged with a 2xx.
 */
describe.skipIf(!HAS_REDIS)('two web processes while their Redis pauses', () => {
  const two = useTwoWebProcessesOnRedis();

  it('answers a message that came during the pause once, through Slack’s redelivery, instead of dropping it', async () => {
    const { redis, repliesTo } = two;
    const [a, b] = two.web;
    const before = messageEvent({ id: 'EvPAUSE0', typed: TRACE, channel: 'C0PAUSE0' });
    expect((await a.send(eventBody(before))).status).toBe(200);
    await eventually(() => repliesTo(before).length === 1, 'the reply before the pause');

    expect(await redisCommand(redis.port, 'CLIENT PAUSE 2500 ALL\r\n')).toBe('+OK\r\n');
    // Answered when the pause is over: the moment Slack's next try finds Redis working again.
    const resumed = redisCommand(redis.port, 'PING\r\n');
    const during = messageEvent({ id: 'EvPAUSE1', typed: TRACE, channel: 'C0PAUSE1' });
    const first = await a.send(eventBody(during));
    // What Slack does: a delivery not acknowledged with a 2xx is sent again (to whichever
    // instance the address reaches), up to three times.
    const statuses = [first.status];
    if (!first.ok) {
      await resumed;
      for (const [i, app] of [b, a, b].entries()) {
        const again = await app.send(eventBody(during), i + 1);
        statuses.push(again.status);
        if (again.ok) break;
      }
    }
    await eventually(() => repliesTo(during).length > 0, `a reply to the paste (deliveries: ${statuses})`);
    // Refused while the store could not decide it, taken by the first try after the pause.
    expect(statuses).toEqual([503, 200]);
    const metrics = await (await fetch(`${a.baseUrl}/metrics`)).text();
    expect(
      scrapeValue(metrics, 'sockerr_requests_rejected_total', {
        platform: 'slack',
        reason: 'store_unavailable',
      }),
    ).toBe(1);
    // Late duplicates would come within moments of the first reply.
    await delay(300);
    expect(repliesTo(during)).toHaveLength(1);
    expect(repliesTo(before)).toHaveLength(1);
  }, 30_000);
});
