import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { messageEvent } from '../adapters/slack/payloads.js';
import { eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { HAS_REDIS } from '../helpers/redis-server.js';
import { redisCommand, useTwoWebProcessesOnRedis } from '../helpers/two-web-on-redis.js';

/** Sends one Redis command on a connection of its own; resolves with the reply. */
const TRACE = 'System.Net.Sockets.SocketException (10060): A connection attempt failed';

/**
 * The Procfile's `web` twice on one Redis behind Slack's one request URL, and one of them killed
 * (SIGKILL: the OOM killer, a host lost) while it handles an event. Slack sends again a delivery
 * that got no 2xx, to whichever instance its address reaches: the other one must answer it.
 */
describe.skipIf(!HAS_REDIS)('two web processes when one is killed in the middle of an event', () => {
  const two = useTwoWebProcessesOnRedis();

  it('answers the event once through Slack’s redelivery to the other instance', async () => {
    const { redis, fake, repliesTo } = two;
    const [a, b] = two.web;
    // The paste's author's language is looked up before the reply: that look-up never comes back,
    // and the instance is killed while it waits.
    fake.failNext('users.info', { hang: true });
    const event = messageEvent({ id: 'EvKILL1', typed: TRACE, channel: 'C0KILL' });
    const first = a.send(eventBody(event)).then(
      (r) => r.status,
      () => 'connection lost',
    );
    await eventually(() => fake.calls.some((c) => c.method === 'users.info'), 'the look-up under way');
    a.child.kill('SIGKILL');
    const statuses: (number | string)[] = [await first];
    // Slack's immediate retry reaches the survivor while the dead instance's hold on the message
    // lasts: it must not be acknowledged (Slack would then never send it again), nor answered yet
    // (the holder might be alive and about to post).
    statuses.push((await b.send(eventBody(event), 1)).status);
    expect(statuses).toEqual(['connection lost', 503]);
    // Slack's next try comes a minute later, when the hold (45 s) is over: here its keys are made
    // to expire now rather than waiting the minute out.
    const held = await redisCommand(redis.port, 'KEYS sockerr:claim:message:*\r\n');
    for (const key of held.match(/sockerr:claim:message:\S+/g) ?? [])
      await redisCommand(redis.port, `PEXPIRE ${key} 1\r\n`);
    statuses.push((await b.send(eventBody(event), 2)).status);
    await eventually(() => repliesTo(event).length > 0, `a reply (deliveries: ${statuses})`, 5_000);
    // Slack's last try (or a slow retry of it) finds the message answered.
    statuses.push((await b.send(eventBody(event), 3)).status);
    expect(statuses).toEqual(['connection lost', 503, 200, 200]);
    await delay(300);
    expect(repliesTo(event)).toHaveLength(1);
  }, 30_000);
});
