import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS, type RecordedRequest } from '../../fakes/discord/fake-discord.js';
import guildFixture from '../../fixtures/discord/guild-create.json' with { type: 'json' };
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';

type Json = Record<string, unknown>;

const EMBED_LINKS = 16384n;
const PASTES = [
  'connect ECONNREFUSED 127.0.0.1:5432',
  'getaddrinfo ENOTFOUND db.internal',
  'read ECONNRESET',
  'connect ETIMEDOUT 10.0.0.7:443',
];

const sentBody = (requests: RecordedRequest[]) =>
  (requests.find((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path))?.body ??
    {}) as Json;
const channelOf = (id: string) => structuredClone(guildFixture.channels.find((c) => c.id === id)) as Json;
const roleOf = (id: string) => structuredClone(guildFixture.roles.find((r) => r.id === id)) as Json;
const withoutEmbedLinks = (role: Json) => ({
  ...role,
  permissions: String(BigInt(String(role.permissions)) & ~EMBED_LINKS),
});

/** Each test changes permissions on the fake server: they run in order, on one harness. */
describe('Discord replies follow the Embed Links permission as it changes', () => {
  const harness = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => harness.start(), 30_000);
  afterAll(() => harness.stop(), 30_000);
  let paste = 0;
  const replyIn = async (channelId: string) =>
    sentBody(
      await harness.send(
        'MESSAGE_CREATE',
        messageCreate({ id: freshId(), text: PASTES[paste++] ?? '', channelId }),
      ),
    );

  it('switches to plain text once a channel overwrite takes Embed Links away, and back', async () => {
    expect((await replyIn(FAKE_IDS.channel)).embeds).toHaveLength(1);
    const channel = channelOf(FAKE_IDS.channel);
    harness.fake.gateway.dispatch('CHANNEL_UPDATE', {
      ...channel,
      guild_id: FAKE_IDS.guild,
      permission_overwrites: [{ id: FAKE_IDS.botRole, type: 0, allow: '0', deny: String(EMBED_LINKS) }],
    });
    const plain = await replyIn(FAKE_IDS.channel);
    expect(plain.embeds).toEqual([]);
    expect(String(plain.content)).toMatch(/\S/);
    harness.fake.gateway.dispatch('CHANNEL_UPDATE', { ...channel, guild_id: FAKE_IDS.guild });
    expect((await replyIn(FAKE_IDS.channel)).embeds).toHaveLength(1);
  });

  it('switches to plain text once the roles lose Embed Links', async () => {
    for (const id of [FAKE_IDS.guild, FAKE_IDS.botRole]) {
      harness.fake.gateway.dispatch('GUILD_ROLE_UPDATE', {
        guild_id: FAKE_IDS.guild,
        role: withoutEmbedLinks(roleOf(id)),
      });
    }
    expect((await replyIn(FAKE_IDS.channel)).embeds).toEqual([]);
  });
});
