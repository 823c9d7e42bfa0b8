import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent } from './payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');
const answers = (calls: RecordedCall[]) =>
  calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'reactions.add');

let sequence = 0;
/** A message event in its own channel (no cooldown between cases), with `fields` as Slack sends that kind. */
function event(fields: Record<string, unknown>) {
  sequence += 1;
  const base = messageEvent({ id: `EvSUBTYPE${sequence}`, typed: '', channel: `C0SUB${sequence}` });
  return { ...base, event: { ...base.event, ...fields } };
}

/**
 * Slack sends every `message` subtype to the same subscription: only a person posting something
 * new is answered (docs/slack.md, "Which messages count").
 */
describe('Slack message subtypes', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core });
    await h.start();
  });
  afterAll(() => h.stop());

  it('answers a thread reply also sent to the channel in its thread, not as a new one', async () => {
    const root = '1700000000.000100';
    const broadcast = event({
      subtype: 'thread_broadcast',
      text: 'still failing: getaddrinfo ENOTFOUND db.internal',
      thread_ts: root,
      root: { type: 'message', user: 'U0BOB', text: 'db down?', ts: root, thread_ts: root, reply_count: 1 },
    });
    const [reply, ...more] = posts((await h.deliver('event', broadcast)).calls);
    expect(more).toEqual([]);
    expect(reply?.params.thread_ts).toBe(root);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAHOST_NOT_FOUND');
  });

  it('answers a /me message as the person’s own', async () => {
    const me = event({ subtype: 'me_message', text: 'is seeing connect EHOSTUNREACH 10.0.0.8:22' });
    expect(flattenSlackMessage(posts((await h.deliver('event', me)).calls)[0]?.params ?? {})).toContain(
      'WSAEHOSTUNREACH',
    );
  });

  it('stays silent for channel events, deletions and Slack’s hidden updates, whatever text they carry', async () => {
    const quiet = [
      event({ subtype: 'channel_join', text: '<@U0ALICE> has joined the channel (read ECONNRESET)' }),
      event({
        subtype: 'channel_topic',
        text: 'set the channel topic: ECONNRESET war room',
        topic: 'ECONNRESET',
      }),
      event({ subtype: 'channel_purpose', text: 'set the channel purpose: connect ETIMEDOUT triage' }),
      event({
        subtype: 'message_deleted',
        hidden: true,
        user: undefined,
        text: undefined,
        deleted_ts: '1700000000.000300',
        previous_message: {
          type: 'message',
          user: 'U0ALICE',
          text: 'read ECONNRESET',
          ts: '1700000000.000300',
        },
      }),
      event({
        subtype: 'message_replied',
        hidden: true,
        user: undefined,
        text: undefined,
        message: { type: 'message', user: 'U0ALICE', text: 'read ECONNRESET', ts: '1700000000.000400' },
      }),
      event({
        subtype: 'message_changed',
        hidden: true,
        user: undefined,
        text: undefined,
        // The update Slack sends when it adds a link preview to a message.
        message: {
          type: 'message',
          user: 'U0ALICE',
          text: 'is it this? <https://github.com/nodejs/node/issues/1>',
          ts: '1700000000.000500',
          attachments: [
            {
              service_name: 'GitHub',
              title: 'Error: read ECONNRESET',
              from_url: 'https://github.com/nodejs/node/issues/1',
            },
          ],
        },
      }),
    ];
    for (const envelope of quiet) {
      expect(answers((await h.deliver('event', envelope)).calls), envelope.event.subtype as string).toEqual(
        [],
      );
    }
  });

  it('stays silent for message_replied as the Events API sends it: hidden, without its subtype', async () => {
    // docs.slack.dev/reference/events/message/message_replied: "This event is missing the subtype
    // field when dispatched over the Events API." Its `message` is the thread's parent, long answered.
    const parent = '1482960137.003543';
    const replied = event({
      hidden: true,
      user: undefined,
      text: undefined,
      ts: '1483037604.017506',
      event_ts: '1483037604.017506',
      message: {
        type: 'message',
        user: 'U0ALICE',
        text: 'payments: connect ECONNREFUSED 10.0.0.7:5432',
        thread_ts: parent,
        reply_count: 1,
        replies: [{ user: 'U0BOB', ts: '1483037603.017503' }],
        ts: parent,
      },
    });
    expect(answers((await h.deliver('event', replied)).calls)).toEqual([]);
  });

  it('stays silent for Workflow Builder’s posts and Slackbot’s', async () => {
    const workflow = event({
      subtype: 'bot_message',
      user: undefined,
      bot_id: 'B0WORKFLOW',
      username: 'Report an outage',
      text: 'New report: connect ECONNREFUSED 10.0.0.7:5432',
      bot_profile: { id: 'B0WORKFLOW', name: 'Workflow Builder', app_id: 'A0F7XDUAZ', team_id: 'T0FAKE' },
    });
    const slackbot = event({ user: 'USLACKBOT', text: 'Reminder: check read ECONNRESET on payments' });
    for (const envelope of [workflow, slackbot])
      expect(answers((await h.deliver('event', envelope)).calls)).toEqual([]);
  });
});
