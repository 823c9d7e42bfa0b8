import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

/** Discord's message types that are no one writing (MessageType: pins, joins, boosts, threads). */
const SYSTEM = { pin: 6, join: 7, boost: 8, threadCreated: 18, threadStarter: 21 } as const;

/**
 * Only a person posting something new is answered (docs/discord.md, "Which messages count"):
 * Discord's system messages, stickers, edits and link previews are not.
 */
describe('Discord message types', () => {
  const h = createDiscordHarness({ makeCore: () => testCore({ cooldownMs: 0 }).core });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('stays silent for system messages, whatever they carry', async () => {
    for (const [name, type] of Object.entries(SYSTEM)) {
      // "Thread created" carries the thread's name as its content.
      const d = messageCreate({
        id: freshId(),
        text: type === SYSTEM.threadCreated ? 'read ECONNRESET' : '',
      });
      d.type = type;
      expect(await h.send('MESSAGE_CREATE', d), name).toEqual([]);
    }
  });

  it('stays silent for a sticker alone', async () => {
    const d = messageCreate({ id: freshId(), text: '' });
    d.sticker_items = [{ id: '749054660769218631', name: 'Wave', format_type: 1 }];
    expect(await h.send('MESSAGE_CREATE', d)).toEqual([]);
  });

  it('reads a reply as what it says, not as the message it quotes', async () => {
    const quoted = messageCreate({ id: freshId(), text: 'Error: read ECONNRESET' });
    const reply = messageCreate({ id: freshId(), text: 'same here since 10:00' });
    reply.type = 19;
    reply.message_reference = {
      type: 0,
      channel_id: FAKE_IDS.channel,
      message_id: quoted.id,
      guild_id: FAKE_IDS.guild,
    };
    reply.referenced_message = quoted;
    expect(await h.send('MESSAGE_CREATE', reply)).toEqual([]);
  });

  it('stays silent for an edit that adds an error, and for the update Discord sends with a link preview', async () => {
    const posted = messageCreate({ id: freshId(), text: 'payments is down, log in a sec' });
    expect(await h.send('MESSAGE_CREATE', posted)).toEqual([]);
    const edited = {
      ...posted,
      content: 'payments is down: connect ECONNREFUSED 10.0.0.7:5432',
      edited_timestamp: '2025-03-14T08:42:00.000000+00:00',
    };
    expect(await h.send('MESSAGE_UPDATE', edited)).toEqual([]);
    const answered = messageCreate({
      id: freshId(),
      text: 'connect ETIMEDOUT 10.0.0.9:443 https://status.example.com',
    });
    expect(toContractReplies(await h.send('MESSAGE_CREATE', answered))).toHaveLength(1);
    const preview = {
      ...answered,
      embeds: [{ type: 'link', url: 'https://status.example.com', title: 'Status: connect ETIMEDOUT' }],
    };
    expect(await h.send('MESSAGE_UPDATE', preview)).toEqual([]);
  });
});
