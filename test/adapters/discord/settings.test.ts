import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCreate, settingsCommand } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const MEMBER = 2248473465835073n;
const MANAGE_CHANNELS = 1n << 4n;
const MANAGE_GUILD = 1n << 5n;
const perms = (bits: bigint) => String(bits);

describe('/sockerr-settings on Discord', () => {
  const harness = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => harness.start(), 30_000);
  afterAll(() => harness.stop(), 30_000);
  const settings = async (options: Parameters<typeof settingsCommand>[0]) => {
    const replies = toContractReplies(await harness.send('INTERACTION_CREATE', settingsCommand(options)));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.ephemeral).toBe(true);
    return replies[0]?.text ?? '';
  };

  it('refuses a member without Manage Channels', async () => {
    const text = await settings({ id: freshId(), auto: 'off', permissions: perms(MEMBER) });
    expect(text).toContain('cannot change');
  });

  it('lets a member with Manage Channels switch auto-replies off here, and then stays silent', async () => {
    const text = await settings({
      id: freshId(),
      auto: 'off',
      scope: 'channel',
      permissions: perms(MEMBER | MANAGE_CHANNELS),
    });
    expect(text).toContain('Auto-replies are now off in this channel');
    const paste = messageCreate({ id: freshId(), text: 'read ECONNRESET' });
    expect(await harness.send('MESSAGE_CREATE', paste)).toEqual([]);
  });

  it('asks for Manage Server to change the whole server', async () => {
    const refused = await settings({
      id: freshId(),
      lang: 'zh-TW',
      scope: 'server',
      permissions: perms(MEMBER | MANAGE_CHANNELS),
    });
    expect(refused).toContain('cannot change');
    const saved = await settings({
      id: freshId(),
      lang: 'zh-TW',
      scope: 'server',
      permissions: perms(MEMBER | MANAGE_CHANNELS | MANAGE_GUILD),
    });
    expect(saved).toMatch(/[\u4e00-\u9fff]/);
    expect(saved).toContain('繁體中文');
  });

  it('auto-replies in the server’s language in another channel', async () => {
    const paste = messageCreate({
      id: freshId(),
      text: 'read ECONNRESET',
      channelId: FAKE_IDS.noEmbedsChannel,
    });
    const replies = toContractReplies(await harness.send('MESSAGE_CREATE', paste));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('takes on, off and mention, and still reads the true/false of an older registration', async () => {
    const channelId = FAKE_IDS.noEmbedsChannel;
    const mention = await settings({
      id: freshId(),
      auto: 'mention',
      channelId,
      permissions: perms(MEMBER | MANAGE_CHANNELS),
    });
    expect(mention).toContain('only when mentioned');
    const paste = messageCreate({ id: freshId(), text: 'getaddrinfo ENOTFOUND db.internal', channelId });
    expect(await harness.send('MESSAGE_CREATE', paste)).toEqual([]);
    const asked = messageCreate({
      id: freshId(),
      text: 'getaddrinfo ENOTFOUND db.internal',
      channelId,
      mentionsBot: true,
    });
    expect(toContractReplies(await harness.send('MESSAGE_CREATE', asked))).toHaveLength(1);
    const legacy = await settings({
      id: freshId(),
      auto: true,
      channelId,
      permissions: perms(MEMBER | MANAGE_CHANNELS),
    });
    expect(legacy).toMatch(/開啟|\bon\b/);
  });
});
