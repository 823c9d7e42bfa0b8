import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/index.js';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent } from './payloads.js';
import { feedbackPress } from './surface-payloads.js';

const TRACE =
  'Error: connect ECONNREFUSED 10.0.0.7:5432\n    at TCPConnectWrap.afterConnectWrap (node:net:1595:16)';
const only = (calls: RecordedCall[], method: string) => calls.filter((c) => c.method === method);

describe('feedback buttons on Slack auto-replies', () => {
  let h: SlackHarness;
  let store: Store;
  beforeAll(async () => {
    const made = testCore();
    store = made.store;
    h = await createSlackHarness({ mode: 'http', core: made.core, fake: { admins: ['U0ADMIN'] } });
    await h.start();
  });
  afterAll(() => h.stop());

  /** Posts a trace by U0ALICE; returns where the auto-reply is and its buttons. */
  const autoReply = async (id: string) => {
    const event = messageEvent({ id, typed: TRACE, channel: `C0${id.toUpperCase()}` });
    const [post] = only((await h.deliver('event', event)).calls, 'chat.postMessage');
    const elements = (
      (post?.params.blocks as {
        type: string;
        elements?: { action_id: string; value: string; text: { text: string } }[];
      }[]) ?? []
    )
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? []);
    const at = {
      channel: String(post?.params.channel),
      ts: String(post?.response.ts),
      threadTs: String(event.event.ts),
    };
    return { at, buttons: elements };
  };

  it('puts Helpful and Not this error under the reply', async () => {
    const { buttons } = await autoReply('fbbuttons');
    expect(buttons.map((b) => [b.action_id, b.text.text, b.value])).toEqual([
      ['feedback_helpful', 'Helpful', 'fbbuttons'],
      ['feedback_wrong', 'Not this error', 'fbbuttons'],
    ]);
  });

  it('removes the reply for everyone when its author says Not this error, tells them privately, and records it', async () => {
    const { at, buttons } = await autoReply('fbauthor');
    const wrong = buttons.find((b) => b.action_id === 'feedback_wrong');
    const { calls } = await h.deliver(
      'interaction',
      feedbackPress(at, { action_id: 'feedback_wrong', value: wrong?.value ?? '' }, 'U0ALICE'),
    );
    expect(only(calls, 'chat.delete').map((c) => c.params)).toEqual([{ channel: at.channel, ts: at.ts }]);
    const [told] = only(calls, 'chat.postEphemeral');
    expect(told?.params).toMatchObject({ channel: at.channel, user: 'U0ALICE', thread_ts: at.threadTs });
    expect(flattenSlackMessage(told?.params ?? {})).toContain('I removed my reply for everyone');
    const recorded = (await store.listFeedback(0)).filter((e) => e.replyId === 'fbauthor');
    expect(recorded).toEqual([
      expect.objectContaining({ verdict: 'wrong', userId: 'U0ALICE', findings: ['10061'], removed: true }),
    ]);
    expect(recorded[0]?.excerpt).toContain('ECONNREFUSED 10.0.0.7:5432');
    expect(recorded[0]?.textHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses anyone else politely and removes nothing', async () => {
    const { at } = await autoReply('fbstranger');
    const { calls } = await h.deliver(
      'interaction',
      feedbackPress(at, { action_id: 'feedback_wrong', value: 'fbstranger' }, 'U0BOB'),
    );
    expect(only(calls, 'chat.delete')).toEqual([]);
    const [told] = only(calls, 'chat.postEphemeral');
    expect(told?.params.user).toBe('U0BOB');
    expect(flattenSlackMessage(told?.params ?? {})).toContain('Nothing was removed');
    expect((await store.listFeedback(0)).filter((e) => e.replyId === 'fbstranger')).toEqual([]);
  });

  it('lets a workspace admin remove any reply', async () => {
    const { at } = await autoReply('fbadmin');
    const { calls } = await h.deliver(
      'interaction',
      feedbackPress(at, { action_id: 'feedback_wrong', value: 'fbadmin' }, 'U0ADMIN'),
    );
    expect(only(calls, 'chat.delete')).toHaveLength(1);
  });

  it('records Helpful from anyone, and thanks them privately', async () => {
    const { at } = await autoReply('fbhelpful');
    const { calls } = await h.deliver(
      'interaction',
      feedbackPress(at, { action_id: 'feedback_helpful', value: 'fbhelpful' }, 'U0BOB'),
    );
    expect(only(calls, 'chat.delete')).toEqual([]);
    expect(flattenSlackMessage(only(calls, 'chat.postEphemeral')[0]?.params ?? {})).toContain(
      'Recorded that this reply helped.',
    );
    expect(
      (await store.listFeedback(0)).filter((e) => e.replyId === 'fbhelpful').map((e) => e.verdict),
    ).toEqual(['helpful']);
  });
});
