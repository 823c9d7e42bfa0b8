import type { RateLimitData } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimitCap } from '../../../src/adapters/discord/rate-limit-cap.js';
import { messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { eventually } from '../../helpers/eventually.js';
import { createDiscordHarness, freshId } from './harness.js';

const CHANNELS = 200;
const channelId = (n: number) => String(1_300_000_000_000_200_000n + BigInt(n));

/**
 * discord.js paces every request to Discord's global 50 a second itself, and tells the rate-limit
 * cap each time a request waits for that pace: those waits are no 429 of a route.
 */
describe('a burst of replies in many channels', () => {
  const h = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => h.start(), 30_000);
  afterAll(() => h.stop(), 30_000);

  it('sends all 200, paced to 50 a second, though Discord never answered 429', async () => {
    for (let c = 0; c < CHANNELS; c += 1) {
      h.fake.gateway.dispatch('CHANNEL_CREATE', {
        ...{ id: channelId(c), type: 0, guild_id: FAKE_IDS.guild, name: `burst-${c}`, position: c },
        ...{ permission_overwrites: [], parent_id: null, nsfw: false },
      });
    }
    // The channels are known once a message in the last of them is answered.
    await h.send(
      'MESSAGE_CREATE',
      messageCreate({ id: freshId(), text: 'x', channelId: channelId(CHANNELS - 1) }),
    );
    h.fake.rest.requests.length = 0;
    for (let c = 0; c < CHANNELS; c += 1) {
      const d = messageCreate({ id: freshId(), text: 'read ECONNRESET', channelId: channelId(c) });
      h.fake.gateway.dispatch('MESSAGE_CREATE', d);
    }
    const replies = () =>
      h.fake.rest.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    await eventually(() => (replies().length >= CHANNELS ? true : undefined), 'every reply sent', 15_000);
    expect(new Set(replies().map((r) => r.path)).size).toBe(CHANNELS);
    expect(h.fake.rest.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(h.logs.filter((l) => l.includes('rate_limited'))).toEqual([]);
  }, 30_000);
});

/**
 * Discord states each route's limit in the headers of every answer, and discord.js waits before it
 * would go over (discord.com/developers/docs/topics/rate-limits: "parse response headers to prevent
 * hitting the limit"), telling the rate-limit cap each time: those waits are no 429 either.
 */
describe('a burst of replies in one channel', () => {
  const h = createDiscordHarness({ makeCore: () => testCore({ cooldownMs: 0 }).core });
  beforeAll(() => h.start(), 30_000);
  afterAll(() => h.stop(), 30_000);

  it('answers every paste, waiting as the route’s rate-limit headers say, and never meets a 429', async () => {
    h.fake.rest.limit('POST', /^\/channels\/(\d+)\/messages$/, {
      limit: 2,
      resetAfterMs: 300,
      bucket: 'create-message',
    });
    const pastes = Array.from({ length: 8 }, () =>
      messageCreate({ id: freshId(), text: 'read ECONNRESET', channelId: FAKE_IDS.channel }),
    );
    for (const paste of pastes) h.fake.gateway.dispatch('MESSAGE_CREATE', paste);
    const replies = () =>
      h.fake.requests('POST', /^\/channels\/\d+\/messages$/).filter((r) => r.status === 200);
    await eventually(
      () => (replies().length >= pastes.length ? true : undefined),
      'every reply sent',
      10_000,
    );
    const answered = replies().map(
      (r) => (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id,
    );
    expect(answered.sort()).toEqual(pastes.map((p) => String(p.id)).sort());
    expect(h.fake.rest.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(h.logs.filter((l) => l.includes('rate_limited'))).toEqual([]);
  }, 30_000);
});

describe('the rate-limit cap', () => {
  const wait = (global: boolean, retryAfter: number): RateLimitData =>
    ({
      global,
      retryAfter,
      method: 'post',
      route: '/channels/:id/messages',
      majorParameter: '1',
    }) as RateLimitData;

  it('waits out the global pace however often a request meets it, and fails a long global wait at once', () => {
    const reject = createRateLimitCap({ maxWaitMs: 10_000, maxHits: 3, windowMs: 60_000 });
    expect(Array.from({ length: 10 }, () => reject(wait(true, 900)))).toEqual(Array(10).fill(false));
    // A global 429 of an hour (a banned token) is no pace to wait for.
    expect(reject(wait(true, 3_600_000))).toBe(true);
    // A route's own 429s still count: the third in a minute fails the call.
    expect([reject(wait(false, 500)), reject(wait(false, 500)), reject(wait(false, 500))]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('waits out a route’s spent bucket however often, but still fails the third 429 and a long wait', () => {
    const reject = createRateLimitCap({ maxWaitMs: 10_000, maxHits: 3, windowMs: 60_000 });
    const paced = (retryAfter: number) => {
      const data = wait(false, retryAfter);
      reject.pacing(data);
      return reject(data);
    };
    expect(Array.from({ length: 10 }, () => paced(400))).toEqual(Array(10).fill(false));
    expect(paced(60_000)).toBe(true);
    expect([
      reject(wait(false, 500)),
      paced(400),
      reject(wait(false, 500)),
      reject(wait(false, 500)),
    ]).toEqual([false, false, false, true]);
  });
});
