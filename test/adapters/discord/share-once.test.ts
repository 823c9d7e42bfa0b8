import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, chatInput } from '../../fakes/discord/discord-events.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

type Json = Record<string, unknown>;

/** Discord keeps the private answer and its Share button after sharing, where Slack deletes it. */
describe('Discord Share pressed again on the same private answer', () => {
  const h = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const shareId = async () => {
    const asked = await h.send('INTERACTION_CREATE', chatInput({ id: freshId(), query: '10061' }));
    const body = asked.find((r) => r.path.endsWith('/callback'))?.body as Json;
    const rows = (body.data as { components: { components: { custom_id: string }[] }[] }).components;
    return rows[0]?.components[0]?.custom_id ?? '';
  };

  it('posts the explanation for everyone once, and acknowledges a second press without posting', async () => {
    const customId = await shareId();
    const messageId = freshId();
    const first = toContractReplies(
      await h.send('INTERACTION_CREATE', buttonPress({ id: freshId(), customId, messageId })),
    );
    expect(first).toEqual([expect.objectContaining({ ephemeral: false })]);
    const again = await h.send('INTERACTION_CREATE', buttonPress({ id: freshId(), customId, messageId }));
    expect(toContractReplies(again)).toEqual([]);
    // Type 6: the press is acknowledged, so Discord does not say "This interaction failed".
    expect(again.filter((r) => r.path.endsWith('/callback')).map((r) => (r.body as Json).type)).toEqual([6]);
  });

  it('shares each private answer once, however many there are', async () => {
    const customId = await shareId();
    for (let i = 0; i < 2; i += 1) {
      const replies = toContractReplies(
        await h.send('INTERACTION_CREATE', buttonPress({ id: freshId(), customId, messageId: freshId() })),
      );
      expect(replies).toEqual([expect.objectContaining({ ephemeral: false })]);
    }
  });
});
