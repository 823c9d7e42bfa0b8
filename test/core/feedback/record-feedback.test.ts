import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChannelRef, Core, FeedbackInput, MessageInput, Reply } from '../../../src/core/index.js';
import { testCore } from '../../helpers/core.js';

const channel: ChannelRef = { platform: 'discord', workspaceId: 'G1', channelId: 'C1' };
const PASTE = `${'boot ok\n'.repeat(80)}Error: connect ECONNREFUSED 10.0.0.7:5432\n    at TCPConnectWrap.afterConnect\n${'retrying\n'.repeat(80)}`;
const AT = Date.now();

let seq = 0;
/** An auto-reply to `PASTE` by U0AUTHOR, with its feedback buttons. */
async function autoReply(core: Core): Promise<{ reply: Reply; value: string }> {
  const input: MessageInput = {
    eventId: `M${++seq}`,
    channel: { ...channel, channelId: `C${seq}` },
    author: { id: 'U0AUTHOR', isBot: false, isSelf: false },
    text: PASTE,
  };
  const decision = await core.message(input);
  if (decision.action !== 'reply') throw new Error(`no reply: ${JSON.stringify(decision)}`);
  const value = decision.reply.actions.find((a) => a.id === 'wrong')?.value ?? '';
  return { reply: decision.reply, value };
}

const press = (
  value: string,
  who: string,
  verdict: FeedbackInput['verdict'],
  extra: Partial<FeedbackInput> = {},
) => {
  const removals: string[] = [];
  const input: FeedbackInput = {
    channel,
    user: { id: who, canManage: false },
    verdict,
    value,
    at: AT,
    remove: async () => {
      removals.push(value);
      return true;
    },
    ...extra,
  };
  return { input, removals };
};

describe('feedback on auto-replies', () => {
  it('puts Helpful and Not this error under every auto-reply, naming the reply', async () => {
    const { core } = testCore();
    const { reply, value } = await autoReply(core);
    expect(reply.actions.map((a) => [a.id, a.label])).toEqual([
      ['helpful', 'Helpful'],
      ['wrong', 'Not this error'],
    ]);
    expect(value).toMatch(/^M\d+$/);
  });

  it('lets the author remove a reply, records it with a hash and an excerpt, never the message', async () => {
    const { core, store } = testCore();
    const { value } = await autoReply(core);
    const { input, removals } = press(value, 'U0AUTHOR', 'wrong');
    const said = await core.feedback(input);
    expect(removals).toEqual([value]);
    expect(said.fallback).toContain('I removed my reply for everyone');
    const [entry] = await store.listFeedback(0);
    expect(entry).toMatchObject({
      verdict: 'wrong',
      userId: 'U0AUTHOR',
      replyId: value,
      findings: ['10061'],
      removed: true,
    });
    expect(entry?.textHash).toBe(createHash('sha256').update(PASTE).digest('hex'));
    expect(entry?.excerpt).toContain('ECONNREFUSED 10.0.0.7:5432');
    expect(entry?.excerpt.length).toBeLessThanOrEqual(300);
    expect(PASTE.length).toBeGreaterThan(1000);
  });

  it('refuses politely when someone else presses Not this error, and removes nothing', async () => {
    const { core, store } = testCore();
    const { value } = await autoReply(core);
    const { input, removals } = press(value, 'U0BYSTANDER', 'wrong');
    const said = await core.feedback(input);
    expect(said.kind).toBe('refusal');
    expect(said.fallback).toContain('Only the person who posted the message');
    expect(removals).toEqual([]);
    expect(await store.listFeedback(0)).toEqual([]);
  });

  it('tells someone the platform could not vouch for to try again, and removes nothing', async () => {
    const { core } = testCore();
    const { value } = await autoReply(core);
    const { input, removals } = press(value, 'U0ADMIN', 'wrong', {
      user: { id: 'U0ADMIN', canManage: false, canManageUnknown: true },
    });
    const said = await core.feedback(input);
    expect(said.kind).toBe('refusal');
    expect(said.fallback).toContain('could not check your permissions');
    expect(said.fallback).not.toContain('Only the person who posted the message');
    expect(removals).toEqual([]);
  });

  it('tells the author of a paste it no longer remembers who can still remove the reply, not that they cannot', async () => {
    let now = AT;
    const { core } = testCore({ now: () => now });
    const { value } = await autoReply(core);
    // Past the feedback window sockerr no longer knows who posted the message; the buttons remain.
    now += 8 * 24 * 60 * 60_000;
    const { input, removals } = press(value, 'U0AUTHOR', 'wrong');
    const said = await core.feedback(input);
    expect(said.kind).toBe('refusal');
    expect(said.fallback).not.toContain('Only the person who posted the message');
    expect(said.fallback).toContain('I keep that for 7 days');
    expect(said.fallback).toContain('Nothing was removed');
    expect(removals).toEqual([]);
  });

  it('lets someone who may change settings remove any reply', async () => {
    const { core } = testCore();
    const { value } = await autoReply(core);
    const { input, removals } = press(value, 'U0LEAD', 'wrong', { user: { id: 'U0LEAD', canManage: true } });
    expect((await core.feedback(input)).kind).toBe('settings');
    expect(removals).toHaveLength(1);
  });

  it('records Helpful from anyone, once per person', async () => {
    const { core, store } = testCore();
    const { value } = await autoReply(core);
    expect((await core.feedback(press(value, 'U0X', 'helpful').input)).fallback).toContain('helped');
    expect((await core.feedback(press(value, 'U0X', 'helpful').input)).fallback).toContain('already');
    await core.feedback(press(value, 'U0Y', 'helpful').input);
    expect((await store.listFeedback(0)).map((e) => [e.userId, e.removed])).toEqual([
      ['U0X', false],
      ['U0Y', false],
    ]);
  });

  it('says so when the platform would not remove the reply, and still records the verdict', async () => {
    const { core, store } = testCore();
    const { value } = await autoReply(core);
    const said = await core.feedback(press(value, 'U0AUTHOR', 'wrong', { remove: async () => false }).input);
    expect(said.fallback).toContain('could not remove it');
    expect((await store.listFeedback(0))[0]?.removed).toBe(false);
  });

  it('answers in the language of the person who pressed', async () => {
    const { core } = testCore();
    const { value } = await autoReply(core);
    const said = await core.feedback(
      press(value, 'U0X', 'helpful', { user: { id: 'U0X', canManage: false, locale: 'zh-TW' } }).input,
    );
    expect(said.fallback).toContain('已記錄');
  });

  it('reports what was marked wrong, with labels and excerpts, and counts what helped', async () => {
    const { core } = testCore();
    const wrong = await autoReply(core);
    const helped = await autoReply(core);
    await core.feedback(press(wrong.value, 'U0AUTHOR', 'wrong').input);
    await core.feedback(press(helped.value, 'U0X', 'helpful').input);
    const report = await core.feedbackReport(AT - 1000);
    expect(report.helpful).toBe(1);
    expect(report.wrong).toHaveLength(1);
    expect(report.wrong[0]?.labels).toEqual(['10061 WSAECONNREFUSED']);
    expect((await core.feedbackReport(AT + 1000)).wrong).toEqual([]);
  });
});
