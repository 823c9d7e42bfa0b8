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
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host';

/** Two `npm start` processes with REDIS_URL behind one Slack app, as two hosts behind a load balancer. */
describe.skipIf(!HAS_REDIS)('two sockerr instances on one Redis and one Slack', () => {
  let redis: RedisServer;
  let fake: FakeSlack;
  const apps: SlackSockerr[] = [];
  /** The two instances running now. */
  let pair: [SlackSockerr, SlackSockerr];
  const start = async () => {
    const app = await startSlackSockerr(fake, { REDIS_URL: redis.url });
    apps.push(app);
    return app;
  };
  const repliesTo = (event: ReturnType<typeof messageEvent>) =>
    fake.callsTo('chat.postMessage', true).filter((c) => c.params.thread_ts === event.event.ts);
  const answer = (app: SlackSockerr, text: string, channel = 'C0ONCALL') =>
    askSlackSockerr(app, fake, commandBody(slashCommand(fake, text, { channel_id: channel })));

  beforeAll(async () => {
    redis = await startRedisServer();
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
  });
  afterAll(async () => {
    for (const app of apps) app.child.kill('SIGKILL');
    await fake.close();
    await redis.dispose();
  });

  it('reply exactly once to an event delivered to both and retried to both, also after one restarts', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const event = messageEvent({ id: 'EvBOTH1', typed: TRACE });
    const first = await Promise.all([a.send(eventBody(event)), b.send(eventBody(event))]);
    expect(first.map((r) => r.status)).toEqual([200, 200]);
    await eventually(() => repliesTo(event).length > 0, 'the reply');
    await Promise.all([a.send(eventBody(event), 1), b.send(eventBody(event), 1)]);
    await delay(500);
    expect(repliesTo(event)).toHaveLength(1);

    expect(await a.stop()).toBe(0);
    const again = await start();
    pair = [again, b];
    await Promise.all([again.send(eventBody(event), 2), b.send(eventBody(event), 2)]);
    await delay(500);
    expect(repliesTo(event)).toHaveLength(1);
  }, 60_000);

  it('see a setting changed through one instance at once in the other', async () => {
    const [x, y] = pair;
    expect(await answer(x, 'auto off', 'C0QUIET')).toContain('Auto-replies are now off');
    expect(await answer(y, 'status', 'C0QUIET')).toMatch(/Auto-replies\*\\n\s*off|Auto-replies[^,]*off/);
    const event = messageEvent({ id: 'EvQUIET1', typed: TRACE, channel: 'C0QUIET' });
    await Promise.all([x.send(eventBody(event)), y.send(eventBody(event))]);
    await delay(500);
    expect(repliesTo(event)).toHaveLength(0);
    expect(await answer(x, 'top 7d')).toMatch(/1× 10054 WSAECONNRESET new/);
  }, 30_000);
});
