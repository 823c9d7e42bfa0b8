import { connect } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { messageEvent } from '../adapters/slack/payloads.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { type RedisServer, startRedisServer } from './redis-server.js';
import { BOT_TOKEN, type SlackSockerr, startSlackSockerr } from './sockerr-process.js';

/**
 * The Procfile's `web` twice on one real Redis, as two dynos behind Slack's one request URL, for
 * the tests of a describe block: started before them, killed after.
 */
export function useTwoWebProcessesOnRedis() {
  let redis: RedisServer | undefined;
  let fake: FakeSlack | undefined;
  let web: SlackSockerr[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    const env = { REDIS_URL: redis.url };
    web = await Promise.all([0, 1].map(() => startSlackSockerr(fake as FakeSlack, env, 'procfile')));
  });
  afterAll(async () => {
    for (const app of web) app.child.kill('SIGKILL');
    await fake?.close();
    await redis?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the two web processes start in beforeAll');
    return value;
  };
  return {
    get redis() {
      return started(redis);
    },
    get fake() {
      return started(fake);
    },
    get web() {
      return web as [SlackSockerr, SlackSockerr];
    },
    /** The replies posted in the thread of `event`'s message. */
    repliesTo: (event: ReturnType<typeof messageEvent>) =>
      started(fake)
        .callsTo('chat.postMessage', true)
        .filter((c) => c.params.thread_ts === event.event.ts),
  };
}

/**
 * Sends one Redis command on a connection of its own; resolves with the reply. A command sent
 * while clients are paused is answered when the pause ends.
 */
export function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('data', (data) => {
      socket.end();
      resolve(String(data));
    });
    socket.once('error', reject);
    socket.write(command);
  });
}
