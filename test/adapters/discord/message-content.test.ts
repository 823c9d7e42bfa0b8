import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_CONTENT_MISSING } from '../../../src/adapters/discord/entry.js';
import { chatInput, messageCreate } from '../../fakes/discord/discord-events.js';
import { INTENT_BITS } from '../../fakes/discord/fake-discord-gateway.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const TRACE =
  'Error: connect ECONNREFUSED 10.0.0.5:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)';
const BASE = INTENT_BITS.Guilds | INTENT_BITS.GuildMessages | INTENT_BITS.DirectMessages;

describe('Discord adapter without the Message Content intent', () => {
  const harness = createDiscordHarness({
    makeCore: () => testCore().core,
    fake: { grantMessageContent: false },
  });
  beforeAll(() => harness.start(), 30_000);
  afterAll(() => harness.stop(), 30_000);

  it('reconnects without it after Discord closes the gateway with 4014', () => {
    expect(harness.fake.gateway.closeCodes).toEqual([4014]);
    expect(harness.fake.gateway.identifies).toEqual([BASE | INTENT_BITS.MessageContent, BASE]);
    expect(harness.fake.gateway.readySessions()).toBe(1);
  });

  it('says so once, naming the switch to turn on in the Developer Portal', () => {
    const lines = harness.logs.filter((l) => l.includes('Message Content'));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}') as { level: string; msg: string };
    expect(line.level).toBe('warn');
    expect(line.msg).toBe(MESSAGE_CONTENT_MISSING);
    expect(line.msg).toContain('Developer Portal → your application → Bot → Privileged Gateway Intents');
    expect(harness.logs.some((l) => l.includes('disallowed intents'))).toBe(false);
    expect(harness.logs.some((l) => l.includes('cannot be reached'))).toBe(false);
  });

  it('stays silent for a paste it cannot read, and says why at debug level', async () => {
    const id = freshId();
    const requests = await harness.send('MESSAGE_CREATE', messageCreate({ id, text: TRACE }));
    expect(requests).toEqual([]);
    // Discord sent the message with its content empty: the debug line tells an operator so.
    const why = harness.logs
      .map((l) => JSON.parse(l) as { level: string; msg: string; messageId?: string; reason?: string })
      .find((l) => l.messageId === id);
    expect(why).toMatchObject({ level: 'debug', msg: 'Discord message needs no reply', reason: 'empty' });
  });

  it('answers a paste that mentions it', async () => {
    const event = messageCreate({ id: freshId(), text: TRACE, mentionsBot: true });
    const replies = toContractReplies(await harness.send('MESSAGE_CREATE', event));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.threaded).toBe(true);
    expect(replies[0]?.text).toContain('WSAECONNREFUSED');
  });

  it('answers a DM', async () => {
    const event = messageCreate({ id: freshId(), text: 'read ECONNRESET', dm: true });
    expect(toContractReplies(await harness.send('MESSAGE_CREATE', event))).toHaveLength(1);
  });

  it('still answers /sockerr', async () => {
    const event = chatInput({ id: freshId(), query: '10053' });
    const replies = toContractReplies(await harness.send('INTERACTION_CREATE', event));
    expect(replies[0]?.text).toContain('WSAECONNABORTED');
  });
});
