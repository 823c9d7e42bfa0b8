/**
 * `npm run soak`: memory stays flat under load. Drives the real Slack adapter (over HTTP, signed
 * requests) and the real Discord adapter (discord.js over the fake gateway) with many events in
 * many channels from many authors, with 10 % redeliveries, and compares the resident set size
 * after the first 1,000 events with the size after the whole run (garbage collected both times;
 * run with --expose-gc). Fails when it grew by more than 20 %.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { createDiscordAdapter } from '../src/adapters/discord/index.js';
import { createSlackAdapter } from '../src/adapters/slack/index.js';
import { loadConfig } from '../src/config/index.js';
import { createCore } from '../src/core/index.js';
import { loadCoreData } from '../src/infra/data/index.js';
import { createLogger } from '../src/infra/logging/index.js';
import { createMetrics } from '../src/infra/metrics/index.js';
import { createMemoryStore } from '../src/infra/store/index.js';
import { messageEvent } from '../test/adapters/slack/payloads.js';
import { messageCreate } from '../test/fakes/discord/discord-events.js';
import { FAKE_IDS, startFakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { startFakeSlack } from '../test/fakes/slack/fake-slack.js';
import { eventBody, sendToApp } from '../test/fakes/slack/slack-requests.js';
import { freePort } from '../test/helpers/free-port.js';

const SLACK_EVENTS = Number(process.env.SOAK_SLACK_EVENTS ?? 10_000);
const DISCORD_EVENTS = Number(process.env.SOAK_DISCORD_EVENTS ?? 10_000);
const CHANNELS = 1_500;
const LIMIT = 1.2;
const TRACES = ['read ECONNRESET', 'connect ECONNREFUSED 10.0.0.9:5432', 'getaddrinfo ENOTFOUND db.internal'];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run soak does)');
const rssMb = async () => {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await delay(50);
  }
  const { rss, heapUsed } = process.memoryUsage();
  if (process.env.SOAK_DEBUG)
    process.stderr.write(
      `rss ${(rss / 2 ** 20).toFixed(1)} heap ${(heapUsed / 2 ** 20).toFixed(1)} at ${new Date().toISOString()}\n`,
    );
  return rss / 2 ** 20;
};
const data = loadCoreData();
const logger = createLogger({ level: 'silent' });
const core = () =>
  createCore({ ...data, store: createMemoryStore(), logger, cooldownMs: 60_000, defaultLang: 'en' });

/**
 * Runs `send(i)` for i < total, 50 at a time (waiting for each batch to settle when `paced`:
 * discord.js sends at most 50 requests a second, as Discord allows); measures after the first
 * 1,000 and at the end.
 */
async function drive(
  total: number,
  send: (i: number) => Promise<void>,
  settle: () => Promise<void>,
  paced = false,
) {
  let first = 0;
  for (let i = 0; i < total; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, total - i) }, (_, k) => send(i + k)));
    if (paced) await settle();
    if (i + 50 === 1000) {
      await settle();
      first = await rssMb();
    }
  }
  await settle();
  return { first, last: await rssMb() };
}

async function soakSlack() {
  const fake = await startFakeSlack({ botToken: 'xoxb-soak-token' });
  const port = await freePort();
  const secret = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-soak-token',
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
  });
  const adapter = createSlackAdapter(
    { core: core(), config, logger, metrics: createMetrics() },
    { retryConfig: { retries: 0 } },
  );
  await adapter.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  const send = async (i: number) => {
    // One in ten is a redelivery of an earlier event.
    const n = i % 10 === 9 ? i - 5 : i;
    const event = messageEvent({
      id: `Ev-soak-${n}`,
      typed: TRACES[n % 3] ?? '',
      channel: `C${n % CHANNELS}`,
      user: `U${n}`,
    });
    await sendToApp(url, eventBody(event), { secret, ...(n === i ? {} : { retryNum: 1 }) });
  };
  const settle = async () => {
    let seen = -1;
    while (seen !== fake.calls.length) {
      seen = fake.calls.length;
      await delay(200);
    }
    fake.calls.length = 0;
  };
  const result = await drive(SLACK_EVENTS, send, settle);
  await adapter.stop();
  await fake.close();
  return result;
}

async function soakDiscord() {
  const fake = await startFakeDiscord();
  const config = loadConfig({
    DISCORD_TOKEN: fake.world.token,
    DISCORD_APPLICATION_ID: FAKE_IDS.application,
    DISCORD_API_URL: fake.apiUrl,
  });
  let received = 0;
  let settled = 0;
  const adapter = createDiscordAdapter(
    { core: core(), config, logger, metrics: createMetrics() },
    {
      drainMs: 2000,
      onEvent: (e) => {
        if (e.phase === 'received') received += 1;
        else settled += 1;
      },
    },
  );
  await adapter.start();
  const channelId = (n: number) => String(1_300_000_000_000_100_000n + BigInt(n));
  for (let c = 0; c < CHANNELS; c += 1) {
    fake.gateway.dispatch('CHANNEL_CREATE', {
      id: channelId(c),
      type: 0,
      guild_id: FAKE_IDS.guild,
      name: `soak-${c}`,
      position: c,
      permission_overwrites: [],
      parent_id: null,
      nsfw: false,
    });
  }
  const send = async (i: number) => {
    const n = i % 10 === 9 ? i - 5 : i;
    const d = messageCreate({
      id: String(1_960_000_000_000_000_000n + BigInt(n)),
      text: TRACES[n % 3] ?? '',
      channelId: channelId(n % CHANNELS),
    });
    const author = {
      ...(d.author as object),
      id: String(1_450_000_000_000_000_000n + BigInt(n)),
      username: `user${n}`,
    };
    const member = { ...(d.member as object), user: author };
    fake.gateway.dispatch('MESSAGE_CREATE', { ...d, author, member });
  };
  // Every event discord.js handed over is answered (its reply or reaction sent), and nothing new comes.
  const settle = async () => {
    let seen = -1;
    while (seen !== received || settled !== received) {
      seen = received;
      await delay(100);
    }
    fake.rest.requests.length = 0;
  };
  const result = await drive(DISCORD_EVENTS, send, settle, true);
  await adapter.stop();
  await fake.close();
  return result;
}

let failed = false;
for (const [name, run, total] of [
  ['Slack', soakSlack, SLACK_EVENTS],
  ['Discord', soakDiscord, DISCORD_EVENTS],
] as const) {
  const started = Date.now();
  const { first, last } = await run();
  const ratio = last / first;
  failed ||= ratio > LIMIT;
  process.stdout.write(
    `${name}: ${total} events in ${CHANNELS} channels, ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `RSS after 1,000: ${first.toFixed(1)} MB, after ${total}: ${last.toFixed(1)} MB (${ratio.toFixed(2)}×, limit ${LIMIT}×)\n`,
  );
}
process.exitCode = failed ? 1 : 0;
