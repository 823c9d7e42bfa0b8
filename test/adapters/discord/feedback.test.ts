import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/index.js';
import { feedbackPress, messageCreate, settingsCommand } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

type Json = Record<string, unknown>;
const MEMBER = 2248473465835073n;
const MANAGE_CHANNELS = 1n << 4n;
const TRACE = 'redis.exceptions.ConnectionError: Error 111 connecting to cache:6379. Connection refused.';

describe('feedback buttons on Discord auto-replies', () => {
  let store: Store;
  const h = createDiscordHarness({
    makeCore: () => {
      // No cooldown: every paste of the same error gets its own reply to press on.
      const made = testCore({ cooldownMs: 0 });
      store = made.store;
      return made.core;
    },
  });
  beforeAll(() => h.start(), 30_000);
  afterAll(() => h.stop(), 30_000);

  /** An auto-reply to a paste by the fixture's human; returns the created reply message and its buttons. */
  const autoReply = async () => {
    const id = freshId();
    const requests = await h.send('MESSAGE_CREATE', messageCreate({ id, text: TRACE }));
    const post = requests.find((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
    const body = post?.body as { components?: { components: { custom_id: string; label: string }[] }[] };
    const buttons = (body.components ?? []).flatMap((row) => row.components);
    return { id, reply: post?.response as Json, buttons };
  };
  const press = (reply: Json, customId: string, userId: string, permissions: bigint) =>
    h.send(
      'INTERACTION_CREATE',
      feedbackPress({ id: freshId(), customId, userId, reply, permissions: String(permissions) }),
    );
  const deletions = (requests: { method: string; path: string }[]) =>
    requests
      .filter((r) => r.method === 'DELETE' && /^\/channels\/\d+\/messages\/\d+$/.test(r.path))
      .map((r) => r.path);

  it('puts Helpful and Not this error under every auto-reply', async () => {
    const { id, buttons } = await autoReply();
    expect(buttons.map((b) => [b.label, b.custom_id])).toEqual([
      ['Helpful', `sockerr:fb:helpful:${id}`],
      ['Not this error', `sockerr:fb:wrong:${id}`],
    ]);
  });

  it('says the reply was removed when the retried deletion finds it gone (10008 after a lost answer)', async () => {
    const { id, reply } = await autoReply();
    h.fake.rest.fail('DELETE', /^\/channels\/\d+\/messages\/\d+$/, { status: 502, commit: true }, 1);
    const requests = await press(reply, `sockerr:fb:wrong:${id}`, FAKE_IDS.human, MEMBER);
    h.fake.rest.heal();
    expect(deletions(requests)).toHaveLength(2);
    const [told] = toContractReplies(requests);
    expect(told?.text).toContain('I removed my reply for everyone');
  });

  it('deletes the reply when its author says Not this error, tells them privately, and records it', async () => {
    const { id, reply } = await autoReply();
    const requests = await press(reply, `sockerr:fb:wrong:${id}`, FAKE_IDS.human, MEMBER);
    expect(deletions(requests)).toEqual([`/channels/${reply.channel_id}/messages/${reply.id}`]);
    const [told] = toContractReplies(requests);
    expect(told?.ephemeral).toBe(true);
    expect(told?.text).toContain('I removed my reply for everyone');
    expect((await store.listFeedback(0)).filter((e) => e.replyId === id)).toEqual([
      expect.objectContaining({
        verdict: 'wrong',
        userId: FAKE_IDS.human,
        findings: ['10061'],
        removed: true,
      }),
    ]);
  });

  it('refuses another member politely and deletes nothing, but lets a moderator delete it', async () => {
    const { id, reply } = await autoReply();
    const refused = await press(reply, `sockerr:fb:wrong:${id}`, '1400000000000000077', MEMBER);
    expect(deletions(refused)).toEqual([]);
    expect(toContractReplies(refused)[0]?.text).toContain('Nothing was removed');
    const moderated = await press(
      reply,
      `sockerr:fb:wrong:${id}`,
      '1400000000000000078',
      MEMBER | MANAGE_CHANNELS,
    );
    expect(deletions(moderated)).toHaveLength(1);
  });

  it('records Helpful from anyone', async () => {
    const { id, reply } = await autoReply();
    const requests = await press(reply, `sockerr:fb:helpful:${id}`, '1400000000000000079', MEMBER);
    expect(deletions(requests)).toEqual([]);
    expect(toContractReplies(requests)[0]?.text).toContain('Recorded that this reply helped.');
    expect((await store.listFeedback(0)).filter((e) => e.replyId === id).map((e) => e.verdict)).toEqual([
      'helpful',
    ]);
  });

  it('answers a reply to its own message in a channel set to auto mention', async () => {
    const channelId = FAKE_IDS.noEmbedsChannel;
    await h.send(
      'INTERACTION_CREATE',
      settingsCommand({
        id: freshId(),
        auto: 'mention',
        channelId,
        permissions: String(MEMBER | MANAGE_CHANNELS),
      }),
    );
    const plain = messageCreate({ id: freshId(), text: 'read ECONNRESET', channelId });
    expect(toContractReplies(await h.send('MESSAGE_CREATE', plain))).toEqual([]);
    const reply = messageCreate({
      id: freshId(),
      text: 'and now: read ECONNRESET',
      channelId,
      replyToBot: freshId(),
    });
    expect(toContractReplies(await h.send('MESSAGE_CREATE', reply))).toHaveLength(1);
  });
});
