import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCreate, settingsCommand } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const MEMBER = 2248473465835073n;
const MANAGE_CHANNELS = 1n << 4n;

/** Who a message asks, in a channel set to auto-reply only when sockerr is mentioned. */
describe('Discord messages that mention sockerr', () => {
  const h = createDiscordHarness({ makeCore: () => testCore({ cooldownMs: 0 }).core });
  beforeAll(async () => {
    await h.start();
    const settings = settingsCommand({
      id: freshId(),
      auto: 'mention',
      permissions: String(MEMBER | MANAGE_CHANNELS),
    });
    expect(toContractReplies(await h.send('INTERACTION_CREATE', settings))).toHaveLength(1);
  });
  afterAll(() => h.stop());

  const paste = (extra: Partial<Parameters<typeof messageCreate>[0]> = {}) =>
    messageCreate({ id: freshId(), text: 'connect ECONNREFUSED 10.0.0.7:5432', ...extra });

  it('answers a mention of sockerr itself', async () => {
    expect(toContractReplies(await h.send('MESSAGE_CREATE', paste({ mentionsBot: true })))).toHaveLength(1);
  });

  it("answers a mention of sockerr's own role, which Discord's mention picker offers as @sockerr", async () => {
    const asked = paste({ mentionsRole: FAKE_IDS.botRole });
    expect(toContractReplies(await h.send('MESSAGE_CREATE', asked))).toHaveLength(1);
  });

  it('stays silent for a mention of another role', async () => {
    const other = paste({ mentionsRole: '1600000000000000009' });
    expect(await h.send('MESSAGE_CREATE', other)).toEqual([]);
    expect(await h.send('MESSAGE_CREATE', paste())).toEqual([]);
  });

  it('answers a mention or a direct message that asks about a bare code', async () => {
    const asked = messageCreate({ id: freshId(), text: '<@1> what is 10053?', mentionsBot: true });
    const [reply] = toContractReplies(await h.send('MESSAGE_CREATE', asked));
    expect(JSON.stringify(reply)).toContain('WSAECONNABORTED');
    const direct = messageCreate({ id: freshId(), text: '10061 10060', dm: true });
    const [answer] = toContractReplies(await h.send('MESSAGE_CREATE', direct));
    expect(JSON.stringify(answer)).toMatch(/WSAECONNREFUSED[\s\S]*WSAETIMEDOUT/);
  });

  it('answers a mention asking for help with how to use it', async () => {
    const asked = messageCreate({ id: freshId(), text: '<@1> help', mentionsBot: true });
    const [reply] = toContractReplies(await h.send('MESSAGE_CREATE', asked));
    expect(JSON.stringify(reply)).toContain('/sockerr');
  });

  it('stays silent for a direct message or a mention that names no error', async () => {
    expect(
      await h.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text: 'thanks!', dm: true })),
    ).toEqual([]);
    const idle = messageCreate({ id: freshId(), text: 'ping me at 10:30', mentionsBot: true });
    expect(await h.send('MESSAGE_CREATE', idle)).toEqual([]);
  });
});
