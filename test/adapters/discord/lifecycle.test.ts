import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/entry.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Core } from '../../../src/core/types.js';
import { createLogger } from '../../../src/infra/logging/index.js';
import { buttonPress, chatInput, messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { eventually } from '../../helpers/eventually.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

/** The real core, with every answer held back by `ms`. */
function slowCore(ms: number): Core {
  const { core } = testCore();
  const later = async <T>(work: () => Promise<T>): Promise<T> => {
    await delay(ms);
    return work();
  };
  return {
    ...core,
    catalog: core.catalog,
    command: (input) => later(() => core.command(input)),
    share: (value) => later(() => core.share(value)),
    message: (input) => later(() => core.message(input)),
  };
}

describe('Discord adapter lifecycle', () => {
  it('defers a slow answer, then edits it in, still private', async () => {
    const harness = createDiscordHarness({ makeCore: () => slowCore(300), adapter: { deferAfterMs: 50 } });
    await harness.start();
    try {
      const requests = await harness.send('INTERACTION_CREATE', chatInput({ id: freshId(), query: '10053' }));
      expect(
        requests.map((r) => `${r.method} ${r.path.replace(/\d{10,}/g, 'ID').replace(/token-ID/, 'TOKEN')}`),
      ).toEqual(['POST /interactions/ID/TOKEN/callback', 'PATCH /webhooks/ID/TOKEN/messages/@original']);
      expect(requests[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
      const replies = toContractReplies(requests);
      expect(replies).toEqual([expect.objectContaining({ ephemeral: true, pings: false })]);
      expect(replies[0]?.text).toContain('WSAECONNABORTED');
      const shared = toContractReplies(
        await harness.send(
          'INTERACTION_CREATE',
          buttonPress({ id: freshId(), customId: 'sockerr:share:en:10054' }),
        ),
      );
      expect(shared).toEqual([expect.objectContaining({ ephemeral: false })]);
      expect(shared[0]?.text).toContain('WSAECONNRESET');
    } finally {
      await harness.stop();
    }
  });

  it('keeps the gateway session alive with heartbeats the fake acknowledges', async () => {
    const harness = createDiscordHarness({
      makeCore: () => testCore().core,
      fake: { heartbeatIntervalMs: 50 },
    });
    await harness.start();
    try {
      await delay(400);
      expect(harness.fake.gateway.heartbeats).toBeGreaterThanOrEqual(3);
      // One session throughout. On a busy machine an acknowledgement can come later than the
      // next beat, and discord.js then resumes it (no second identify): wait for it to be open.
      await eventually(() => harness.fake.gateway.readySessions() === 1, 'the session to be open', 3000);
      expect(harness.fake.gateway.identifies).toHaveLength(1);
    } finally {
      await harness.stop();
    }
  });

  it('resumes the session when Discord asks it to reconnect, and keeps answering', async () => {
    const harness = createDiscordHarness({ makeCore: () => testCore().core });
    await harness.start();
    try {
      harness.fake.gateway.requestReconnect();
      await delay(800);
      expect(harness.fake.gateway.identifies).toHaveLength(1);
      const paste = messageCreate({ id: freshId(), text: 'read ECONNRESET' });
      expect(toContractReplies(await harness.send('MESSAGE_CREATE', paste))).toHaveLength(1);
    } finally {
      await harness.stop();
    }
  });

  it('says in the log when Discord ends the session for good', async () => {
    const harness = createDiscordHarness({ makeCore: () => testCore().core });
    await harness.start();
    try {
      harness.fake.gateway.closeSessions(4004, 'Authentication failed.');
      await delay(200);
      const line = harness.logs.find((l) => l.includes('closed the gateway for good'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 'error', code: 4004 });
    } finally {
      await harness.stop();
    }
  });

  it('finishes answering what it received, then closes the gateway session cleanly on stop', async () => {
    const harness = createDiscordHarness({ makeCore: () => slowCore(200) });
    await harness.start();
    try {
      harness.fake.gateway.dispatch(
        'MESSAGE_CREATE',
        messageCreate({ id: freshId(), text: 'read ECONNRESET' }),
      );
      await delay(50);
      await harness.adapter.stop();
      expect(harness.fake.requests('POST', /\/messages$/).map((r) => r.status)).toEqual([200]);
      expect(harness.fake.gateway.clientCloseCodes).toEqual([1000]);
      expect(harness.fake.gateway.readySessions()).toBe(0);
      await delay(50);
      // Its own close on stop is no outage: the log does not say it is reconnecting.
      expect(harness.logs.filter((l) => /reconnecting/.test(l))).toEqual([]);
      await harness.adapter.stop();
    } finally {
      await harness.stop();
    }
  });

  it('refuses to start with a token Discord rejects, naming DISCORD_TOKEN and never printing it', async () => {
    const fake = await startFakeDiscord();
    const wrongToken = 'OTk5OTk5OTk5OTk5OTk5OTk5.GwRoNg.d3JvbmctdG9rZW4td3JvbmctdG9rZW4td3Jvbmc';
    const config = loadConfig({
      DISCORD_TOKEN: wrongToken,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
    });
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: config.secrets, write: (l) => lines.push(l) });
    const adapter = createDiscordAdapter({ core: testCore().core, config, logger });
    try {
      const failure = await adapter.start().then(
        () => new Error('started'),
        (error: Error) => error,
      );
      expect(failure.message).toContain('DISCORD_TOKEN');
      expect(failure.message).not.toContain(wrongToken);
      expect(lines.join('\n')).not.toContain(wrongToken);
      expect(fake.gateway.identifies).toEqual([]);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('says while it starts that the gateway cannot be reached, and starts once it can', async () => {
    const fake = await startFakeDiscord();
    // The REST API answers, the gateway does not: a firewall that lets only discord.com through.
    fake.gateway.refuseConnections(true);
    const config = loadConfig({
      DISCORD_TOKEN: fake.world.token,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
    });
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: config.secrets, write: (l) => lines.push(l) });
    const adapter = createDiscordAdapter({ core: testCore().core, config, logger });
    const warnings = () => lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'warn');
    try {
      const started = adapter.start();
      await delay(1500);
      // discord.js tries about twice a second; one warning says so, naming the gateway it tries.
      expect(warnings().map((w) => w.msg)).toEqual([
        expect.stringMatching(/^Discord gateway .*cannot be reached.*; retrying/),
      ]);
      expect(warnings()[0]?.gateway).toBe(fake.gateway.url);
      fake.gateway.refuseConnections(false);
      await started;
      expect(adapter.connected?.()).toBe(true);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('reports the replies it could not finish when the drain time runs out', async () => {
    const harness = createDiscordHarness({
      makeCore: () => testCore().core,
      adapter: { drainMs: 200, restTimeoutMs: 5000 },
    });
    await harness.start();
    try {
      harness.fake.rest.fail('POST', /^\/channels\/\d+\/messages$/, { hang: true });
      harness.fake.gateway.dispatch(
        'MESSAGE_CREATE',
        messageCreate({ id: freshId(), text: 'read ECONNRESET' }),
      );
      await expect.poll(() => harness.fake.requests('POST', /\/messages$/).length).toBe(1);
      expect(await harness.adapter.stop()).toEqual({ unfinished: 1 });
      expect(harness.logs.some((l) => l.includes('stopped with replies still in flight'))).toBe(true);
    } finally {
      await harness.stop();
    }
  });
});
