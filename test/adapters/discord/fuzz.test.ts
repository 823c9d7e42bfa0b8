import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, chatInput, messageCreate } from '../../fakes/discord/discord-events.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, type DiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

/**
 * Gateway dispatches with fields of the wrong type or missing, generated: the adapter (and the
 * discord.js underneath it) neither crashes nor leaves a rejection unhandled, and answers the next
 * well-formed message as before. CI replays a fixed seed (test/setup-fast-check.ts).
 */
const json = fc.jsonValue({ maxDepth: 2 });
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: json });

describe('Discord adapter fuzzed with malformed gateway events', () => {
  const h: DiscordHarness = createDiscordHarness({
    makeCore: () => testCore().core,
    adapter: { deferAfterMs: 50 },
  });
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    await h.start();
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await h.stop();
  });

  /**
   * discord.js parses the packet into objects first (and rejects packets Discord itself would never
   * send, such as `embeds` that is not a list, inside its own handler); what reaches sockerr are
   * the fields discord.js passes through as they came: content, message type, webhook id, the
   * bot flag, option values, custom ids, locales. Those are generated here.
   */
  const message = fc
    .record({
      content: json,
      type: fc.constantFrom(0, 19, 6, 7, 20, 46, 999),
      webhook_id: fc.option(fc.constantFrom('1500000000000000001', '1'), { nil: null }),
      bot: maybe(fc.boolean()),
    })
    .map(({ content, type, webhook_id, bot }) => {
      const d = messageCreate({ id: freshId(), text: '' });
      // Another author than the probe's: discord.js caches users, and a generated `bot: true` sticks.
      const author = { ...(d.author as object), id: '1400000000000000099', bot };
      return { ...d, content, type, webhook_id, author };
    });
  const interaction = fc
    .record({
      name: fc.constantFrom('sockerr', 'sockerr-settings', 'unknown'),
      type: fc.constantFrom(2, 4),
      value: json,
      optionType: fc.constantFrom(3, 4, 5),
      locale: maybe(fc.constantFrom('zh-TW', 'en-US', 'xx')),
    })
    .map(({ name, type, value, optionType, locale }) => {
      const d = chatInput({ id: freshId(), query: '10054' });
      const options = [{ name: 'query', type: optionType, value, focused: type === 4 }];
      return { ...d, type, locale, data: { ...(d.data as object), name, options } };
    });
  const button = fc
    .string({ maxLength: 120 })
    .map((customId) => buttonPress({ id: freshId(), customId: `sockerr:share:${customId}` }));

  it('survives messages and interactions with unusual field values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(message, interaction, button), { minLength: 1, maxLength: 5 }),
        async (events) => {
          for (const d of events)
            h.fake.gateway.dispatch('token' in d ? 'INTERACTION_CREATE' : 'MESSAGE_CREATE', d);
        },
      ),
      { numRuns: 60 },
    );
    // The gateway is read in order: once a well-formed message is answered, every event before it was handled.
    const probe = messageCreate({ id: freshId(), text: 'connect ECONNREFUSED 10.1.1.1:80' });
    const requests = await h.send('MESSAGE_CREATE', probe);
    const toProbe = requests.filter(
      (r) =>
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
        probe.id,
    );
    expect(toContractReplies(toProbe)).toHaveLength(1);
    expect(unhandled).toEqual([]);
    expect(h.fake.gateway.readySessions()).toBe(1);
    expect(h.fatal).toEqual([]);
  }, 60_000);
});
