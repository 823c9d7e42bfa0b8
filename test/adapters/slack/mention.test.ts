import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, slashCommand } from './payloads.js';
import { mentionEvents } from './surface-payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');

describe('/sockerr auto mention on Slack', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core, fake: { admins: ['U0ALICE'] } });
    await h.start();
    const { answers } = await h.deliver(
      'command',
      slashCommand(h.fake, 'auto mention', { channel_id: 'C0BUSY' }),
    );
    expect(flattenSlackMessage(answers[0]?.body ?? {})).toContain('only when mentioned');
  });
  afterAll(() => h.stop());

  it('stays silent for a pasted error that does not mention sockerr', async () => {
    const event = messageEvent({
      id: 'EvBusy1',
      typed: 'getaddrinfo ENOTFOUND db.internal',
      channel: 'C0BUSY',
    });
    expect(posts((await h.deliver('event', event)).calls)).toEqual([]);
  });

  it('answers a mention once, although Slack sends it as app_mention and as a message', async () => {
    const { mention, message } = mentionEvents('is it the db? read ECONNRESET on 10.0.0.7:5432', 'C0BUSY');
    const first = posts((await h.deliver('event', mention)).calls);
    expect(first).toHaveLength(1);
    expect(first[0]?.params.thread_ts).toBe(mention.event.ts);
    expect(flattenSlackMessage(first[0]?.params ?? {})).toContain('WSAECONNRESET');
    expect(posts((await h.deliver('event', message)).calls)).toEqual([]);
  });

  it('stays silent when a mention is edited to add an error, as for any edit', async () => {
    // Slack sends the edit as a new app_mention: a fresh event_id, the same ts, and `edited`.
    const { mention } = mentionEvents('now: connect EHOSTUNREACH 10.0.0.8:22', 'C0BUSY');
    const edited = {
      ...mention,
      event_id: `${mention.event_id}-edit`,
      event: { ...mention.event, edited: { user: 'U0ALICE', ts: mention.event.ts } },
    };
    const { calls } = await h.deliver('event', edited);
    expect(calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'reactions.add')).toEqual([]);
  });

  it('answers a later message in a thread it answered in, without a mention', async () => {
    const { message } = mentionEvents('connect ETIMEDOUT 10.0.0.9:443', 'C0BUSY');
    expect(posts((await h.deliver('event', message)).calls)).toHaveLength(1);
    const followUp = messageEvent({
      id: 'EvBusyThread',
      typed: 'now: Error: connect ECONNREFUSED 10.0.0.9:443',
      channel: 'C0BUSY',
      threadTs: message.event.ts,
    });
    const [reply] = posts((await h.deliver('event', followUp)).calls);
    expect(reply?.params.thread_ts).toBe(message.event.ts);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNREFUSED');
  });

  it('answers a mention that asks about a bare code, once, in its thread', async () => {
    const { mention, message } = mentionEvents('what is 10053?', 'C0BUSY');
    const [reply, ...more] = posts((await h.deliver('event', mention)).calls);
    expect(more).toEqual([]);
    expect(reply?.params.thread_ts).toBe(mention.event.ts);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNABORTED');
    expect(posts((await h.deliver('event', message)).calls)).toEqual([]);
  });

  it('answers a later paste in a thread where it answered a question, without a mention', async () => {
    const { mention } = mentionEvents('what does 10060 mean?', 'C0BUSY');
    expect(posts((await h.deliver('event', mention)).calls)).toHaveLength(1);
    const followUp = messageEvent({
      id: 'EvBusyAskedThread',
      typed: 'and now: getaddrinfo ENOTFOUND db.internal',
      channel: 'C0BUSY',
      threadTs: mention.event.ts,
    });
    const [reply] = posts((await h.deliver('event', followUp)).calls);
    expect(reply?.params.thread_ts).toBe(mention.event.ts);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAHOST_NOT_FOUND');
  });

  it('answers a bare mention, or a mention asking for help, with how to use it', async () => {
    for (const typed of ['', 'help']) {
      const { mention } = mentionEvents(typed, 'C0BUSY');
      const [reply] = posts((await h.deliver('event', mention)).calls);
      expect(flattenSlackMessage(reply?.params ?? {}), typed).toContain('/sockerr');
      expect(reply?.params.thread_ts).toBe(mention.event.ts);
    }
  });

  it('stays silent for a mention that names no error', async () => {
    const { mention } = mentionEvents('thanks, that was it!', 'C0BUSY');
    expect(posts((await h.deliver('event', mention)).calls)).toEqual([]);
  });

  it('answers a direct message that asks about a bare code', async () => {
    const direct = messageEvent({ id: 'EvDirect1', typed: '10061', channel: 'D0ALICE' });
    const im = { ...direct, event: { ...direct.event, channel_type: 'im' } };
    const [reply] = posts((await h.deliver('event', im)).calls);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNREFUSED');
  });
});
