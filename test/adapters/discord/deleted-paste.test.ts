import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCreate } from '../../fakes/discord/discord-events.js';
import type { RecordedRequest } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { metricValue } from '../../helpers/metrics.js';
import { createDiscordHarness, freshId } from './harness.js';

const posts = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
const reactions = (requests: RecordedRequest[]) => requests.filter((r) => r.path.includes('/reactions/'));

/**
 * A paste its author deletes before sockerr answers: Discord refuses the reply (50035 under
 * `message_reference`), and sockerr drops it quietly instead of posting an answer to nothing.
 */
describe('Discord adapter when a paste is deleted before the answer', () => {
  const h = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => h.start(), 30_000);
  afterAll(() => h.stop(), 30_000);
  const text = 'connect EHOSTUNREACH 10.0.0.9:5432';

  it('asks Discord to refuse a reply to a deleted message, and posts nothing when it does', async () => {
    const id = freshId();
    h.fake.deleteMessage(id);
    const requests = await h.send('MESSAGE_CREATE', messageCreate({ id, text }));
    expect(posts(requests).map((r) => r.status)).toEqual([400]);
    expect(posts(requests)[0]?.body).toMatchObject({
      message_reference: { message_id: id, fail_if_not_exists: true },
    });
    expect(h.fake.world.createdMessages.filter((m) => m.nonce === id)).toEqual([]);
  });

  it('logs no failure and counts none: nothing went wrong', async () => {
    expect(h.logs.filter((l) => ['warn', 'error'].includes(JSON.parse(l).level))).toEqual([]);
    expect(h.logs.some((l) => l.includes('deleted before the answer'))).toBe(true);
    const failures = await metricValue(h.metrics.registry, 'sockerr_platform_api_failures_total', {
      platform: 'discord',
      error: '50035',
    });
    expect(failures).toBe(0);
  });

  it('explains the same error in full to the next paste, instead of pointing 👀 at an answer never posted', async () => {
    const requests = await h.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text }));
    expect(reactions(requests)).toEqual([]);
    expect(posts(requests).map((r) => r.status)).toEqual([200]);
  });

  it('stays quiet when the paste it would mark 👀 is deleted first, and counts no failure', async () => {
    const id = freshId();
    h.fake.deleteMessage(id);
    const requests = await h.send('MESSAGE_CREATE', messageCreate({ id, text }));
    expect(reactions(requests).map((r) => r.status)).toEqual([404]);
    expect(h.logs.filter((l) => ['warn', 'error'].includes(JSON.parse(l).level))).toEqual([]);
    const failures = await metricValue(h.metrics.registry, 'sockerr_platform_api_failures_total', {
      platform: 'discord',
      error: '10008',
    });
    expect(failures).toBe(0);
  });
});
