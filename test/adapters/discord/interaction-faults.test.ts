import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core/types.js';
import { buttonPress, chatInput } from '../../fakes/discord/discord-events.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, type DiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

/** The real core, answering look-ups and shares after `ms`: long enough to be deferred. */
function slowCore(ms: number): Core {
  const { core } = testCore();
  return {
    ...core,
    catalog: core.catalog,
    command: (input) => delay(ms).then(() => core.command(input)),
    share: (value) => delay(ms).then(() => core.share(value)),
  };
}

/**
 * Discord failing while sockerr answers an interaction it has deferred: the answer goes through
 * the interaction's webhook (valid for 15 minutes), so a 5xx there is worth retrying.
 */
describe('Discord interaction answers under REST faults', () => {
  const h: DiscordHarness = createDiscordHarness({
    makeCore: () => slowCore(100),
    adapter: { deferAfterMs: 20, restTimeoutMs: 300, backoffMs: 20 },
    settleTimeoutMs: 8000,
  });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const original = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;

  it('edits a deferred answer in after Discord answered 503 once', async () => {
    h.fake.rest.fail('PATCH', original, { status: 503 }, 1);
    const requests = await h.send('INTERACTION_CREATE', chatInput({ id: freshId(), query: '10053' }));
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([503, 200]);
    const replies = toContractReplies(requests);
    expect(replies.at(-1)?.text).toContain('WSAECONNABORTED');
  });

  it('gives up on a deferred answer Discord keeps failing after six tries, and logs it once', async () => {
    h.fake.rest.fail('PATCH', original, { status: 502 });
    const press = buttonPress({ id: freshId(), customId: 'sockerr:share:en:10054' });
    const requests = await h.send('INTERACTION_CREATE', press);
    h.fake.rest.heal();
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual(Array(6).fill(502));
    const lines = h.logs.filter((l) =>
      /answer an interaction in channel \d+ failed after 6 attempts: http_502/.test(l),
    );
    expect(lines).toHaveLength(1);
    expect(h.logs.filter((l) => l.includes('Discord interaction failed'))).toEqual([]);
  });
});
