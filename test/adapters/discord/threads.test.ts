import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatInput,
  messageCreate,
  settingsCommand,
  threadCreate,
} from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const MEMBER = 2248473465835073n;
const MANAGE_CHANNELS = 1n << 4n;

/**
 * A Discord thread (or forum post) is a channel of its own under a parent channel. What a
 * moderator set for the channel holds in its threads too, unless the thread chose otherwise.
 */
describe('Discord threads follow their channel’s settings', () => {
  const h = createDiscordHarness({ makeCore: () => testCore({ cooldownMs: 0 }).core });
  const channelId = FAKE_IDS.noEmbedsChannel;
  const threadId = freshId();
  beforeAll(async () => {
    await h.start();
    h.fake.gateway.dispatch('THREAD_CREATE', threadCreate({ id: threadId, parentId: channelId }));
  });
  afterAll(() => h.stop());

  const settings = async (options: Partial<Parameters<typeof settingsCommand>[0]>, thread = false) => {
    const command = settingsCommand({
      id: freshId(),
      channelId,
      permissions: String(MEMBER | MANAGE_CHANNELS),
      ...options,
    });
    if (thread) Object.assign(command, inThread(command));
    expect(toContractReplies(await h.send('INTERACTION_CREATE', command))).toHaveLength(1);
  };
  /** Discord describes the channel of an interaction in a thread as the thread, with its parent. */
  const inThread = <T extends Record<string, unknown>>(d: T): T => ({
    ...d,
    channel_id: threadId,
    channel: { ...(d.channel as object), id: threadId, type: 11, parent_id: channelId },
  });
  const pasteInThread = () =>
    messageCreate({ id: freshId(), text: 'connect ETIMEDOUT 10.0.0.7:5432', channelId: threadId });

  it('answers in a thread, in the thread', async () => {
    const requests = await h.send('MESSAGE_CREATE', pasteInThread());
    expect(toContractReplies(requests)).toHaveLength(1);
    expect(requests.map((r) => r.path)).toContain(`/channels/${threadId}/messages`);
  });

  it('stays silent in a thread of a channel where auto-replies were switched off', async () => {
    await settings({ auto: 'off' });
    expect(await h.send('MESSAGE_CREATE', pasteInThread())).toEqual([]);
  });

  it('lets a thread choose for itself, and speaks the language chosen for its channel', async () => {
    await settings({ lang: 'zh-TW' });
    await settings({ auto: 'on' }, true);
    const replies = toContractReplies(await h.send('MESSAGE_CREATE', pasteInThread()));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/[\u4e00-\u9fff]/);
  });
});

/**
 * A forum (or media) channel has no message box: nobody can run a command in it, only in its
 * posts. "This channel" said in a post means the forum, or a forum could never be switched off
 * but server-wide, while every new post got auto-replies after the moderator was told "off".
 */
const forumId = freshId();

describe('Discord forum posts follow their forum’s settings', () => {
  const h = createDiscordHarness({ makeCore: () => testCore({ cooldownMs: 0 }).core });
  const post = () => {
    const id = freshId();
    h.fake.gateway.dispatch(
      'THREAD_CREATE',
      threadCreate({ id, parentId: forumId, name: 'ECONNRESET on deploy' }),
    );
    return id;
  };
  beforeAll(async () => {
    await h.start();
    h.fake.gateway.dispatch('CHANNEL_CREATE', {
      ...{ id: forumId, type: 15, guild_id: FAKE_IDS.guild, name: 'help', position: 9, flags: 0 },
      ...{ permission_overwrites: [], parent_id: null, nsfw: false, available_tags: [] },
    });
  });
  afterAll(() => h.stop());
  const pasteIn = (channelId: string) =>
    h.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text: 'read ECONNRESET', channelId }));

  it('reads a post’s title with its first message, as the forum shows them, and only with that one', async () => {
    const id = freshId();
    h.fake.gateway.dispatch(
      'THREAD_CREATE',
      threadCreate({ id, parentId: forumId, name: 'getaddrinfo ENOTFOUND db.internal from the worker' }),
    );
    // A forum post's first message has the post's own id.
    const first = messageCreate({ id, text: 'started after the deploy, any idea?', channelId: id });
    const [answer, ...more] = toContractReplies(await h.send('MESSAGE_CREATE', first));
    expect(more).toEqual([]);
    expect(answer?.text).toContain('WSAHOST_NOT_FOUND');
    const later = messageCreate({ id: freshId(), text: 'any update?', channelId: id });
    expect(await h.send('MESSAGE_CREATE', later)).toEqual([]);
  });

  it('switches auto-replies off for the whole forum when asked in one of its posts', async () => {
    const first = post();
    expect(toContractReplies(await pasteIn(first))).toHaveLength(1);
    const command = settingsCommand({
      id: freshId(),
      auto: 'off',
      permissions: String(MEMBER | MANAGE_CHANNELS),
    });
    const answer = toContractReplies(await h.send('INTERACTION_CREATE', inPost(command, first)));
    expect(answer).toHaveLength(1);
    expect(await pasteIn(first)).toEqual([]);
    expect(await pasteIn(post())).toEqual([]);
  });

  it('does the same for /sockerr query:auto on, and keeps top to the post', async () => {
    const ask = (query: string, where: string) =>
      h.send(
        'INTERACTION_CREATE',
        inPost(chatInput({ id: freshId(), query, permissions: String(MEMBER | MANAGE_CHANNELS) }), where),
      );
    const first = post();
    expect(toContractReplies(await ask('auto on', first))).toHaveLength(1);
    expect(toContractReplies(await pasteIn(post()))).toHaveLength(1);
    // The post's own errors are counted where they were posted: its top lists what it saw.
    expect(toContractReplies(await pasteIn(first))).toHaveLength(1);
    expect(toContractReplies(await ask('top', first))[0]?.text).toContain('WSAECONNRESET');
  });
});

/** Discord describes the channel of an interaction in a forum post as the post, with its forum. */
function inPost<T extends Record<string, unknown>>(d: T, postId: string): T {
  return {
    ...d,
    channel_id: postId,
    channel: { ...(d.channel as object), id: postId, type: 11, parent_id: forumId },
  };
}
