import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageEvent, slashCommand } from '../adapters/slack/payloads.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { commandBody, eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../helpers/redis-server.js';
import {
  askSlackSockerr,
  BOT_TOKEN,
  type SlackSockerr,
  startSlackSockerr,
} from '../helpers/sockerr-process.js';

const TRACE =
  'System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.';

/** Redis stopped under a running sockerr (with Slack) and started again. */
describe.skipIf(!HAS_REDIS)('sockerr while its Redis goes away and comes back', () => {
  let redis: RedisServer;
  let fake: FakeSlack;
  let app: SlackSockerr;
  const repliesTo = (event: ReturnType<typeof messageEvent>) =>
    fake.callsTo('chat.postMessage', true).filter((c) => c.params.thread_ts === event.event.ts);
  const answer = (text: string) => askSlackSockerr(app, fake, commandBody(slashCommand(fake, text)));
  const count = (pattern: RegExp) => app.stderr().match(new RegExp(pattern.source, 'g'))?.length ?? 0;

  beforeAll(async () => {
    redis = await startRedisServer();
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    app = await startSlackSockerr(fake, { REDIS_URL: redis.url });
  });
  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await fake.close();
    await redis.dispose();
  });

  it('answers commands throughout, pauses auto-replies without duplicates, logs it once, and resumes', async () => {
    const before = messageEvent({ id: 'EvOUT1', typed: TRACE, channel: 'C0BEFORE' });
    await app.send(eventBody(before));
    await eventually(() => repliesTo(before).length === 1, 'the reply before the outage');

    await redis.stop({ save: true });
    await app.waitFor('stderr', /Redis cannot be reached/, 'the outage in the log');
    // Slack's public port says the shared store is down, and why only in the log: no Redis address
    // to anyone. The instance stays ready: every instance shares Redis, and a load balancer left
    // with none would take the slash commands, still answered, down with the auto-replies.
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    const said = await ready.text();
    expect(JSON.parse(said)).toEqual({
      ready: true,
      status: 'degraded',
      checks: { store: 'down', slack: 'ok' },
    });
    expect(said).not.toContain(String(redis.port));
    await app.waitFor(
      'stderr',
      /"check":"store","reason":"[^"]+","msg":"readiness check fails: \/readyz answers 200 \(degraded\)/,
      'why, in the log, with what /readyz answers (not the 503 of an unshared check)',
    );
    const during = messageEvent({ id: 'EvOUT2', typed: TRACE, channel: 'C0DURING' });
    // Not acknowledged, so that Slack sends it again: acknowledged, it would never come back.
    expect((await app.send(eventBody(during))).status).toBe(503);
    const looked = await answer('10061');
    expect(looked).toContain('WSAECONNREFUSED');
    expect(looked).toContain('this answer uses the defaults');
    expect(await answer('auto off')).toContain('Not saved');
    await app.send(eventBody(before), 1);
    await delay(500);
    expect(repliesTo(during)).toHaveLength(0);
    expect(repliesTo(before)).toHaveLength(1);

    await redis.start();
    await app.waitFor('stderr', /Redis is reachable again/, 'the recovery in the log');
    // Slack's retry of the event that came during the outage is answered now; the earlier one is not again.
    await Promise.all([app.send(eventBody(during), 1), app.send(eventBody(before), 2)]);
    await eventually(() => repliesTo(during).length === 1, 'the reply after the outage');
    const after = messageEvent({ id: 'EvOUT3', typed: TRACE, channel: 'C0AFTER' });
    await app.send(eventBody(after));
    await eventually(() => repliesTo(after).length === 1, 'a new reply');
    await delay(300);
    expect(repliesTo(before)).toHaveLength(1);
    expect(repliesTo(during)).toHaveLength(1);
    expect(await answer('10061')).not.toContain('this answer uses the defaults');

    expect(app.child.exitCode).toBeNull();
    expect(count(/Redis cannot be reached/)).toBe(1);
    expect(count(/Redis is reachable again/)).toBe(1);
    expect(await app.stop()).toBe(0);
  }, 60_000);
});
