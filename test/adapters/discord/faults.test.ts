import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInput, messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { rateLimitedFault } from '../../fakes/discord/fake-discord-rest.js';
import { testCore } from '../../helpers/core.js';
import { metricValue } from '../../helpers/metrics.js';
import { createDiscordHarness, type DiscordHarness, freshId } from './harness.js';

/**
 * Discord misbehaving, against the real adapter, real discord.js and the fake Discord: REST 429
 * and 5xx, a hung REST call, 50013. Each case: no crash, no duplicate, bounded attempts, one log
 * line, a metric. Small timeouts here (300 ms per request, 20 ms backoff); production uses 10 s.
 */
describe('Discord adapter under REST faults', () => {
  const h: DiscordHarness = createDiscordHarness({
    makeCore: () => testCore({ cooldownMs: 0 }).core,
    adapter: { restTimeoutMs: 300, backoffMs: 20 },
    settleTimeoutMs: 8000,
  });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const replies = /^\/channels\/\d+\/messages$/;
  const paste = (channelId: string = FAKE_IDS.channel) =>
    messageCreate({ id: freshId(), text: 'read ECONNRESET', channelId });
  const attempts = (before: number) => h.fake.requests('POST', replies).slice(before);
  const count = (name: string, labels: Record<string, string>) =>
    metricValue(h.metrics.registry, name, labels);
  const logged = (pattern: RegExp) => h.logs.filter((l) => pattern.test(l));

  it('gives up on an always-429 route after a bounded number of tries, and says so once', async () => {
    const before = h.fake.requests('POST', replies).length;
    h.fake.rest.fail('POST', replies, rateLimitedFault(0.05));
    await h.send('MESSAGE_CREATE', paste());
    h.fake.rest.heal();
    expect(attempts(before).map((r) => r.status)).toEqual([429, 429, 429]);
    expect(logged(/Discord reply in channel \d+ failed after 1 attempt: rate_limited/)).toHaveLength(1);
    expect(
      await count('sockerr_platform_api_failures_total', { platform: 'discord', error: 'rate_limited' }),
    ).toBe(1);
    expect(
      await count('sockerr_platform_api_retries_total', { platform: 'discord', reason: 'rate_limited' }),
    ).toBe(2);
  });

  it('waits out one short 429 and posts once', async () => {
    const before = h.fake.requests('POST', replies).length;
    h.fake.rest.fail('POST', replies, rateLimitedFault(0.05), 1);
    await h.send('MESSAGE_CREATE', paste());
    expect(attempts(before).map((r) => r.status)).toEqual([429, 200]);
  });

  it('retries 5xx with backoff, not at once, and posts once when Discord recovers', async () => {
    const before = h.fake.requests('POST', replies).length;
    h.fake.rest.fail('POST', replies, { status: 503 }, 2);
    const started = Date.now();
    await h.send('MESSAGE_CREATE', paste());
    expect(attempts(before).map((r) => r.status)).toEqual([503, 503, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1);
    expect(
      await count('sockerr_platform_api_retries_total', { platform: 'discord', reason: 'http_503' }),
    ).toBe(2);
  });

  it('gives up on a Discord that keeps answering 500, logs the give-up once, and counts it', async () => {
    const before = h.fake.requests('POST', replies).length;
    h.fake.rest.fail('POST', replies, { status: 500 });
    await h.send('MESSAGE_CREATE', paste());
    h.fake.rest.heal();
    // Six tries for a 5xx (a few seconds of them are waited out), then it gives up.
    expect(attempts(before)).toHaveLength(6);
    const [line] = logged(/Discord reply in channel \d+ failed after 6 attempts: http_500/);
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      level: 'warn',
      hint: expect.stringContaining('discordstatus'),
    });
    expect(
      await count('sockerr_platform_api_failures_total', { platform: 'discord', error: 'http_500' }),
    ).toBe(1);
  });

  it('retries a reply whose answer was lost without posting it twice (one nonce, enforced)', async () => {
    const before = h.fake.requests('POST', replies).length;
    const shown = h.fake.world.createdMessages.length;
    h.fake.rest.fail('POST', replies, { status: 502, commit: true }, 1);
    await h.send('MESSAGE_CREATE', paste());
    h.fake.rest.heal();
    const tries = attempts(before);
    expect(tries.map((r) => r.status)).toEqual([502, 200]);
    expect(new Set(tries.map((r) => (r.body as { nonce?: unknown }).nonce)).size).toBe(1);
    expect(h.fake.world.createdMessages.length - shown).toBe(1);
  });

  it('ends a hung REST call at its deadline, a bounded number of times', async () => {
    const before = h.fake.requests('POST', replies).length;
    h.fake.rest.fail('POST', replies, { hang: true });
    await h.send('MESSAGE_CREATE', paste());
    h.fake.rest.heal();
    expect(attempts(before)).toHaveLength(3);
    expect(logged(/failed after 3 attempts: timeout/)).toHaveLength(1);
    expect(
      await count('sockerr_platform_api_failures_total', { platform: 'discord', error: 'timeout' }),
    ).toBe(1);
  });

  it('does not retry 50013, logs it once per channel with what to grant, and counts every one', async () => {
    h.fake.denyChannel(FAKE_IDS.readOnlyChannel, 50013);
    const before = h.fake.requests('POST', replies).length;
    await h.send('MESSAGE_CREATE', paste(FAKE_IDS.readOnlyChannel));
    await h.send('MESSAGE_CREATE', paste(FAKE_IDS.readOnlyChannel));
    expect(attempts(before)).toHaveLength(2);
    expect(
      logged(/Discord refused to let sockerr reply in channel \d+ \(50013\)\. Give its role/),
    ).toHaveLength(1);
    expect(await count('sockerr_platform_api_failures_total', { platform: 'discord', error: '50013' })).toBe(
      2,
    );
  });

  it('names the AutoMod rule to look at when Discord blocks a reply with 200000, without retrying', async () => {
    const blocked = { message: 'Message was blocked by automatic moderation', code: 200000 };
    h.fake.rest.fail('POST', replies, { status: 400, body: blocked }, 1);
    const before = h.fake.requests('POST', replies).length;
    await h.send('MESSAGE_CREATE', paste(FAKE_IDS.channel));
    expect(attempts(before).map((r) => r.status)).toEqual([400]);
    expect(
      logged(/reply in channel \d+ failed after 1 attempt: 200000 — a server AutoMod rule blocked/),
    ).toHaveLength(1);
  });

  it('logs a reply refused for want of Read Message History (160002) with what to grant, once per channel', async () => {
    h.fake.denyChannel(FAKE_IDS.noEmbedsChannel, 160002);
    const before = h.fake.requests('POST', replies).length;
    await h.send('MESSAGE_CREATE', paste(FAKE_IDS.noEmbedsChannel));
    await h.send('MESSAGE_CREATE', paste(FAKE_IDS.noEmbedsChannel));
    expect(attempts(before).map((r) => r.status)).toEqual([403, 403]);
    expect(
      logged(
        /Discord refused to let sockerr reply in channel \d+ \(160002\)\. Give its role .*Read Message History/,
      ),
    ).toHaveLength(1);
    expect(await count('sockerr_platform_api_failures_total', { platform: 'discord', error: '160002' })).toBe(
      2,
    );
  });

  it('logs an interaction it could not answer as what it means, without the interaction token', async () => {
    // 10062: the answer came after Discord voided the interaction (3 s).
    const unknown = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    h.fake.rest.fail('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, unknown, 1);
    const command = chatInput({ id: freshId(), query: '10054' });
    await h.send('INTERACTION_CREATE', command);
    const lines = logged(/Discord interaction expired before sockerr answered it/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"level":"warn"');
    // The token answers, edits and follows up the interaction as sockerr for 15 minutes.
    expect(lines[0]).not.toContain(String(command.token));
    expect(logged(/Discord interaction failed/)).toEqual([]);
  });

  it('logs an interaction another process answered first as information, not as an error', async () => {
    // 40060: two sockerr processes with one token (a deploy's overlap) both got the interaction.
    const taken = {
      status: 400,
      body: { message: 'Interaction has already been acknowledged.', code: 40060 },
    };
    h.fake.rest.fail('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, taken, 1);
    await h.send('INTERACTION_CREATE', chatInput({ id: freshId(), query: '10054' }));
    const lines = logged(/Discord interaction already answered, by another sockerr process/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"level":"info"');
    expect(logged(/Discord interaction failed/)).toEqual([]);
  });

  it('keeps answering afterwards, once per message', async () => {
    const before = h.fake.requests('POST', replies).length;
    await h.send('MESSAGE_CREATE', paste());
    expect(attempts(before).map((r) => r.status)).toEqual([200]);
    expect(h.fatal).toEqual([]);
  });
});

describe('Discord adapter when the gateway closes', () => {
  const h: DiscordHarness = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  const logged = (pattern: RegExp) => h.logs.filter((l) => pattern.test(l));
  const count = (labels: Record<string, string>) =>
    metricValue(h.metrics.registry, 'sockerr_connection_events_total', { platform: 'discord', ...labels });

  it('resumes after a resumable close (4000), logs what the code means, and misses nothing', async () => {
    h.fake.gateway.closeSessions(4000, 'Unknown error');
    // Sent while the connection is down: the resumed session replays it.
    const missed = messageCreate({ id: freshId(), text: 'read ECONNRESET', channelId: FAKE_IDS.channel });
    await delay(20);
    h.fake.gateway.dispatch('MESSAGE_CREATE', missed);
    await expect.poll(() => logged(/session resumed/).length, { timeout: 8000 }).toBe(1);
    expect(logged(/Discord gateway closed \(4000 unknown error\); reconnecting/)).toHaveLength(1);
    expect(await count({ event: 'close', code: '4000' })).toBe(1);
    expect(await count({ event: 'resume' })).toBe(1);
    expect(h.fake.gateway.identifies).toHaveLength(1);
    const answered = () =>
      h.fake
        .requests('POST', /\/messages$/)
        .filter(
          (r) =>
            (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
            missed.id,
        );
    await expect.poll(() => answered().length, { timeout: 5000 }).toBe(1);
    await delay(200);
    expect(answered()).toHaveLength(1);
  });

  it('resumes after a dropped connection (1006), and logs it', async () => {
    h.fake.gateway.dropConnections();
    await expect.poll(() => logged(/session resumed/).length, { timeout: 8000 }).toBe(2);
    expect(logged(/Discord gateway closed \(1006 connection dropped/)).toHaveLength(1);
    expect(await count({ event: 'close', code: '1006' })).toBe(1);
    const paste = messageCreate({ id: freshId(), text: 'connect ETIMEDOUT 10.0.0.1:443' });
    const requests = await h.send('MESSAGE_CREATE', paste);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('warns once when the gateway stays unreachable, not at each of discord.js’s tries, and resumes after', async () => {
    const warned = () =>
      logged(/Discord gateway closed/).filter((l) => JSON.parse(l).level === 'warn').length;
    const warnedBefore = warned();
    const closesBefore = await count({ event: 'close', code: '1006' });
    h.fake.gateway.refuseConnections(true);
    try {
      h.fake.gateway.dropConnections();
      // discord.js tries again about twice a second: several closes, each counted.
      await expect
        .poll(async () => (await count({ event: 'close', code: '1006' })) - closesBefore, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(4);
      expect(warned() - warnedBefore).toBe(1);
      // /readyz answers from this: a worker whose gateway is down is not ready (docs/discord.md).
      expect(h.adapter.connected?.()).toBe(false);
    } finally {
      h.fake.gateway.refuseConnections(false);
    }
    await expect.poll(() => h.fake.gateway.readySessions(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => h.adapter.connected?.(), { timeout: 5000 }).toBe(true);
    // The outage is over: the next close is a new one, and warned about.
    h.fake.gateway.dropConnections();
    await expect.poll(() => warned() - warnedBefore, { timeout: 8000 }).toBe(2);
    await expect.poll(() => h.fake.gateway.readySessions(), { timeout: 10_000 }).toBe(1);
  });

  it('says what a non-resumable close means (4014) and reports it as fatal', async () => {
    h.fake.gateway.closeSessions(4014, 'Disallowed intent(s).');
    await expect.poll(() => h.fatal.length, { timeout: 5000 }).toBe(1);
    const [line] = logged(/closed the gateway for good/);
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      level: 'error',
      code: 4014,
      meaning: 'disallowed intents',
    });
    expect(JSON.parse(line ?? '{}').hint).toContain('Message Content');
    expect(await count({ event: 'fatal_close', code: '4014' })).toBe(1);
    expect((await h.adapter.stop())?.unfinished ?? 0).toBe(0);
  });
});
