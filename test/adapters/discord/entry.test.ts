import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEN_REACTION } from '../../../src/adapters/discord/handle-message.js';
import {
  autocomplete,
  buttonPress,
  chatInput,
  messageCommand,
  messageCreate,
} from '../../fakes/discord/discord-events.js';
import { FAKE_IDS, type RecordedRequest } from '../../fakes/discord/fake-discord.js';
import { INTENT_BITS } from '../../fakes/discord/fake-discord-gateway.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies, visibleText } from './replies.js';

type Json = Record<string, unknown>;

const TRACE = [
  'Traceback (most recent call last):',
  '  File "client.py", line 12, in <module>',
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host',
].join('\n');
const ALL_INTENTS =
  INTENT_BITS.Guilds | INTENT_BITS.GuildMessages | INTENT_BITS.DirectMessages | INTENT_BITS.MessageContent;

const posts = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
const callbacks = (requests: RecordedRequest[]) => requests.filter((r) => r.path.endsWith('/callback'));
const body = (request: RecordedRequest | undefined) => (request?.body ?? {}) as Json;

describe('Discord adapter with the Message Content intent', () => {
  const harness = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => harness.start(), 30_000);
  afterAll(() => harness.stop(), 30_000);

  it('logs in with Guilds, GuildMessages, DirectMessages and MessageContent, the gateway URL from the API', () => {
    expect(harness.fake.gateway.identifies).toEqual([ALL_INTENTS]);
    expect(harness.fake.rest.requests[0]?.path).toBe('/gateway/bot');
    expect(harness.logs.join('\n')).not.toContain(harness.fake.world.token);
  });

  it('replies once to a pasted trace, as a reply to it that pings nobody', async () => {
    const id = freshId();
    const requests = await harness.send('MESSAGE_CREATE', messageCreate({ id, text: TRACE }));
    expect(posts(requests)).toHaveLength(1);
    const sent = body(posts(requests)[0]);
    expect(sent.message_reference).toMatchObject({ message_id: id, fail_if_not_exists: true });
    expect(sent.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(visibleText(sent)).toContain('WSAECONNRESET');
  });

  it('reacts 👀 instead of explaining the same error again in the same channel', async () => {
    const requests = await harness.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text: TRACE }));
    expect(posts(requests)).toHaveLength(0);
    expect(requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual([
      expect.stringMatching(
        new RegExp(`^PUT /channels/${FAKE_IDS.channel}/messages/\\d+/reactions/${SEEN_REACTION}/@me$`),
      ),
    ]);
  });

  it.each([
    ['another bot', 'bot'],
    ['a webhook (no bot flag, only webhook_id)', 'webhook'],
    ['itself', 'self'],
  ] as const)('stays silent for %s', async (_name, author) => {
    const text = 'connect ETIMEDOUT 10.0.0.7:443';
    const requests = await harness.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text, author }));
    expect(requests).toEqual([]);
  });

  it('never pings from a pasted @everyone or role mention', async () => {
    const text = `@everyone @here <@&${FAKE_IDS.botRole}> getaddrinfo ENOTFOUND db.internal`;
    const requests = await harness.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text }));
    expect(posts(requests)).toHaveLength(1);
    const sent = body(posts(requests)[0]);
    expect((sent.allowed_mentions as Json).parse).toEqual([]);
    expect(toContractReplies(requests)[0]?.pings).toBe(false);
    expect(JSON.stringify(sent)).not.toMatch(/@everyone|@here|<@&/);
  });

  it('replies once when the same MESSAGE_CREATE is delivered twice', async () => {
    const event = messageCreate({ id: freshId(), text: 'connect ECONNREFUSED 127.0.0.1:5432' });
    expect(posts(await harness.send('MESSAGE_CREATE', event))).toHaveLength(1);
    expect(await harness.send('MESSAGE_CREATE', event)).toEqual([]);
  });

  it('replies once when a message is replayed to a new connection that has forgotten it', async () => {
    const event = messageCreate({ id: freshId(), text: 'socket hang up: read EHOSTUNREACH' });
    expect(posts(await harness.send('MESSAGE_CREATE', event))).toHaveLength(1);
    await harness.restart();
    expect(await harness.send('MESSAGE_CREATE', event)).toEqual([]);
  });

  it('replies to a DM', async () => {
    const requests = await harness.send(
      'MESSAGE_CREATE',
      messageCreate({ id: freshId(), text: TRACE, dm: true }),
    );
    expect(posts(requests)).toHaveLength(1);
    expect(posts(requests)[0]?.path).not.toContain(FAKE_IDS.channel);
  });

  it('sends the reply as plain text where embeds are not allowed', async () => {
    const event = messageCreate({ id: freshId(), text: TRACE, channelId: FAKE_IDS.noEmbedsChannel });
    const sent = body(posts(await harness.send('MESSAGE_CREATE', event))[0]);
    expect(sent.embeds).toEqual([]);
    expect(String(sent.content)).toContain('WSAECONNRESET');
    expect(String(sent.content).length).toBeLessThanOrEqual(2000);
  });

  it('answers /sockerr query:10053 at once, privately, with WSAECONNABORTED and a share button', async () => {
    const started = performance.now();
    const requests = await harness.send('INTERACTION_CREATE', chatInput({ id: freshId(), query: '10053' }));
    const elapsed = performance.now() - started;
    expect(callbacks(requests)).toHaveLength(1);
    const callback = body(callbacks(requests)[0]);
    expect(callback.type).toBe(4);
    const data = callback.data as Json;
    expect(data.flags).toBe(64);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(visibleText(data)).toContain('WSAECONNABORTED');
    expect(JSON.stringify(data.components)).toContain('"custom_id":"sockerr:share:');
    expect(elapsed).toBeLessThan(3_000);
  });

  it('answers in Traditional Chinese when the user’s Discord is set to zh-TW', async () => {
    const event = chatInput({ id: freshId(), query: '10054', locale: 'zh-TW' });
    const data = body(callbacks(await harness.send('INTERACTION_CREATE', event))[0]).data as Json;
    expect(visibleText(data)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('offers autocomplete choices for "conn"', async () => {
    const requests = await harness.send('INTERACTION_CREATE', autocomplete({ id: freshId(), value: 'conn' }));
    const callback = body(callbacks(requests)[0]);
    expect(callback.type).toBe(8);
    const choices = (callback.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices).toContainEqual({ name: expect.stringContaining('WSAECONNRESET'), value: '10054' });
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('explains any message from the "Explain socket errors" menu, privately', async () => {
    const event = messageCommand({ id: freshId(), targetText: TRACE });
    const replies = toContractReplies(await harness.send('INTERACTION_CREATE', event));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.ephemeral).toBe(true);
    expect(replies[0]?.text).toContain('WSAECONNRESET');
  });

  it('posts the explanation for everyone when its share button is pressed', async () => {
    const asked = await harness.send('INTERACTION_CREATE', chatInput({ id: freshId(), query: '10061' }));
    const data = body(callbacks(asked)[0]).data as { components: { components: { custom_id: string }[] }[] };
    const customId = data.components[0]?.components[0]?.custom_id ?? '';
    expect(customId).toMatch(/^sockerr:share:/);
    const pressed = await harness.send('INTERACTION_CREATE', buttonPress({ id: freshId(), customId }));
    const replies = toContractReplies(pressed);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.ephemeral).toBe(false);
    expect(replies[0]?.text).toContain('WSAECONNREFUSED');
    expect((body(callbacks(pressed)[0]).data as Json).allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
  });

  it('logs a missing permission once per channel, never retries, and keeps working', async () => {
    harness.fake.denyChannel(FAKE_IDS.readOnlyChannel, 50013);
    const inReadOnly = (text: string) =>
      harness.send(
        'MESSAGE_CREATE',
        messageCreate({ id: freshId(), text, channelId: FAKE_IDS.readOnlyChannel }),
      );
    const first = await inReadOnly(TRACE);
    const second = await inReadOnly('getaddrinfo EAI_AGAIN api.internal');
    expect(posts(first).map((r) => r.status)).toEqual([403]);
    expect(posts(second).map((r) => r.status)).toEqual([403]);
    const warnings = harness.logs.filter((l) => l.includes('50013'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(FAKE_IDS.readOnlyChannel);
    expect(warnings[0]).toContain('Send Messages');
    const elsewhere = await harness.send(
      'MESSAGE_CREATE',
      messageCreate({ id: freshId(), text: 'connect ETIMEDOUT 10.0.0.9:443' }),
    );
    expect(posts(elsewhere).map((r) => r.status)).toEqual([200]);
  });
});
