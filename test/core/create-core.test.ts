import { describe, expect, it } from 'vitest';
import type { ChannelRef, MessageInput, UserRef } from '../../src/core/types.js';
import { testCore } from '../helpers/core.js';

const channel: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const user: UserRef = { id: 'U1', canManage: true };
const TRACE =
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host';

let eventSeq = 0;
const message = (text: string, extra: Partial<MessageInput> = {}): MessageInput => ({
  eventId: `E${++eventSeq}`,
  channel,
  author: { id: 'U2', isBot: false, isSelf: false },
  text,
  ...extra,
});

describe('core.command', () => {
  it('answers a code with its brief explanation, privately, with share and More buttons', async () => {
    const { core } = testCore();
    const reply = await core.command({ text: '10053', channel, user });
    expect(reply.kind).toBe('explanation');
    expect(reply.title).toContain('WSAECONNABORTED');
    expect(reply.actions).toEqual([
      { id: 'share', label: 'Share in channel', value: 'en:10053' },
      { id: 'more', label: 'All causes and checks', value: 'en:10053' },
    ]);
    expect(reply.fallback).toContain('WSAECONNABORTED');
    // Discord's adapter routes only share buttons: it gets the whole explanation.
    const discord = await core.command({ text: '10053', channel: { ...channel, platform: 'discord' }, user });
    expect(discord.actions.map((a) => a.id)).toEqual(['share']);
  });

  it('shows usage for an empty command and for help', async () => {
    const { core } = testCore();
    for (const text of ['', '  ', 'help']) {
      expect((await core.command({ text, channel, user })).kind).toBe('usage');
    }
  });

  it('says politely that an unknown query is not a socket error', async () => {
    const { core } = testCore();
    const reply = await core.command({ text: 'zzqx flibbertigibbet', channel, user });
    expect(reply.kind).toBe('not-found');
    expect(reply.title).toContain('not a socket error I know');
  });

  it('lists every reading of an ambiguous number', async () => {
    const { core } = testCore();
    const reply = await core.command({ text: '61', channel, user });
    expect(reply.fallback).toContain('macOS errno 61');
  });

  it('triages a pasted trace given to the command', async () => {
    const { core } = testCore();
    const text = 'getaddrinfo ENOTFOUND db.internal\nconnect ETIMEDOUT 10.0.0.5:5432\nread ECONNRESET';
    const reply = await core.command({ text, channel, user });
    expect(reply.kind).toBe('triage');
    expect(reply.fallback.indexOf('11001')).toBeLessThan(reply.fallback.indexOf('10060'));
  });

  it('turns auto-replies off for the channel and reports it in status', async () => {
    const { core } = testCore();
    await core.command({ text: 'auto off', channel, user });
    const reply = await core.command({ text: 'status', channel, user });
    expect(reply.fallback).toMatch(/Auto-replies: off/);
    const decision = await core.message(message(TRACE));
    expect(decision).toEqual({ action: 'ignore', reason: 'opted-out' });
  });

  it('refuses a settings change from someone who may not manage the channel', async () => {
    const { core } = testCore();
    const reply = await core.command({ text: 'auto off', channel, user: { id: 'U9', canManage: false } });
    expect(reply.kind).toBe('refusal');
  });

  it('corrects a setting it does not understand', async () => {
    const { core } = testCore();
    expect((await core.command({ text: 'lang fr', channel, user })).fallback).toContain('zh-TW');
    expect((await core.command({ text: 'auto maybe', channel, user })).fallback).toContain('auto on');
  });

  it('answers in Traditional Chinese once the channel chooses it', async () => {
    const { core } = testCore();
    const changed = await core.command({ text: 'lang zh-TW', channel, user });
    expect(changed.fallback).toMatch(/繁體中文/);
    const reply = await core.command({ text: '10054', channel, user });
    expect(reply.subtitle).toContain('重試');
  });

  it('uses the user locale on Discord before the channel setting', async () => {
    const { core } = testCore();
    const discord: ChannelRef = { platform: 'discord', workspaceId: 'G1', channelId: 'D1' };
    const reply = await core.command({
      text: '10054',
      channel: discord,
      user: { ...user, locale: 'zh-TW' },
    });
    expect(reply.subtitle).toContain('重試');
  });

  it('loads the Slack user locale only when the channel has no language', async () => {
    const { core } = testCore();
    let calls = 0;
    const loadLocale = async () => {
      calls += 1;
      return 'zh-TW';
    };
    const first = await core.command({ text: '10054', channel, user: { ...user, loadLocale } });
    expect(first.subtitle).toContain('重試');
    await core.command({ text: 'lang en', channel, user });
    const second = await core.command({ text: '10054', channel, user: { ...user, loadLocale } });
    expect(second.subtitle).toContain('retry');
    expect(calls).toBe(1);
  });

  it('counts the errors seen in a channel for top', async () => {
    const { core } = testCore();
    await core.message(message(TRACE));
    const reply = await core.command({ text: 'top', channel, user });
    expect(reply.fallback).toContain('10054 WSAECONNRESET');
  });
});

describe('core.message', () => {
  it('replies to a pasted trace with high-confidence findings', async () => {
    const { core } = testCore();
    const decision = await core.message(message(TRACE));
    expect(decision.action).toBe('reply');
    if (decision.action === 'reply') expect(decision.reply.title).toContain('WSAECONNRESET');
  });

  it('replies once when the same event is delivered again', async () => {
    const { core } = testCore();
    const event = message(TRACE);
    expect((await core.message(event)).action).toBe('reply');
    expect(await core.message(event)).toEqual({ action: 'ignore', reason: 'duplicate' });
  });

  it('never answers bots, itself or edits', async () => {
    const { core } = testCore();
    expect(await core.message(message(TRACE, { author: { id: 'B', isBot: true, isSelf: false } }))).toEqual({
      action: 'ignore',
      reason: 'bot',
    });
    expect(await core.message(message(TRACE, { author: { id: 'S', isBot: true, isSelf: true } }))).toEqual({
      action: 'ignore',
      reason: 'self',
    });
    expect(await core.message(message(TRACE, { subtype: 'message_changed' }))).toEqual({
      action: 'ignore',
      reason: 'subtype',
    });
  });

  it('answers a file share (Slack turns long pastes into snippets) but not other subtypes', async () => {
    const { core } = testCore();
    expect((await core.message(message(TRACE, { subtype: 'file_share' }))).action).toBe('reply');
    expect(await core.message(message(TRACE, { subtype: 'channel_join' }))).toEqual({
      action: 'ignore',
      reason: 'subtype',
    });
  });

  it("loads the author's locale only for a reply that needs it", async () => {
    const { core } = testCore();
    let calls = 0;
    const loadLocale = async () => {
      calls += 1;
      return 'zh-TW';
    };
    await core.message(message('nothing to see here', { loadLocale }));
    expect(calls).toBe(0);
    const decision = await core.message(message(TRACE, { loadLocale }));
    expect(calls).toBe(1);
    if (decision.action === 'reply') expect(decision.reply.subtitle).toContain('重試');
  });

  it('stays silent for text with no socket error', async () => {
    const { core } = testCore();
    expect(await core.message(message('deploying build 10054 on port 10061'))).toEqual({
      action: 'ignore',
      reason: 'no-findings',
    });
  });

  it('only reacts to the same error in the same channel within the cooldown, then replies again after it', async () => {
    let now = 1_000_000;
    const { core } = testCore({ cooldownMs: 10 * 60_000, now: () => now });
    expect((await core.message(message(TRACE))).action).toBe('reply');
    expect((await core.message(message(TRACE))).action).toBe('react');
    const elsewhere = { ...channel, channelId: 'C2' };
    expect((await core.message(message(TRACE, { channel: elsewhere }))).action).toBe('reply');
    now += 11 * 60_000;
    expect((await core.message(message(TRACE))).action).toBe('reply');
  });

  it('explains only the errors not explained in the channel within the cooldown', async () => {
    const { core } = testCore();
    expect((await core.message(message('read ECONNRESET'))).action).toBe('reply');
    const decision = await core.message(message('read ECONNRESET\nconnect ECONNREFUSED 127.0.0.1:5432'));
    expect(decision.action).toBe('reply');
    if (decision.action !== 'reply') return;
    expect(decision.findings.map((f) => f.id)).toEqual(['10061']);
    expect(decision.reply.title).toContain('WSAECONNREFUSED');
  });

  it('answers a retry of the event when the adapter could not post the reply', async () => {
    const { core } = testCore();
    const event = message(TRACE);
    const decision = await core.message(event);
    expect(decision.action).toBe('reply');
    if (decision.action !== 'reply') return;
    await core.replyFailed(event, decision.findings);
    expect((await core.message(event)).action).toBe('reply');
  });

  it('triages several errors in one reply, in the order they first appear, claiming no cause', async () => {
    const { core } = testCore();
    const paste = [
      'read ECONNRESET',
      'connect ETIMEDOUT 10.1.2.3:443',
      'connect ETIMEDOUT 10.1.2.3:443',
      'getaddrinfo ENOTFOUND api.internal',
    ].join('\n');
    const decision = await core.message(message(paste));
    expect(decision.action).toBe('reply');
    if (decision.action !== 'reply') return;
    const text = decision.reply.fallback;
    expect(decision.reply.kind).toBe('triage');
    expect(text.indexOf('10054')).toBeLessThan(text.indexOf('10060'));
    expect(text.indexOf('10060')).toBeLessThan(text.indexOf('11001'));
    expect(text).not.toMatch(/first\.|consequence|follows from/);
    expect(text).toMatch(/10060 WSAETIMEDOUT ×2/);
  });
});

describe('core.explainMessage, share and suggest', () => {
  it('explains a message on request even when auto-replies are off', async () => {
    const { core } = testCore();
    await core.command({ text: 'auto off', channel, user });
    const reply = await core.explainMessage({ text: TRACE, channel, user });
    expect(reply.title).toContain('WSAECONNRESET');
  });

  it('says so when a message has no socket error', async () => {
    const { core } = testCore();
    const reply = await core.explainMessage({ text: 'lunch?', channel, user });
    expect(reply.kind).toBe('not-found');
  });

  it('shares the same explanation publicly, without a share button', async () => {
    const { core } = testCore();
    const reply = await core.share('zh-TW:10053');
    expect(reply.title).toContain('WSAECONNABORTED');
    expect(reply.actions).toEqual([]);
    expect(reply.subtitle).toContain('重試');
  });

  it('shows the whole explanation, still shareable, when More is pressed', async () => {
    const { core } = testCore();
    const brief = await core.command({ text: '10061', channel, user });
    const whole = await core.details('en:10061');
    const causes = (r: typeof whole) => r.sections.find((s) => s.heading === 'Likely causes')?.items ?? [];
    expect(causes(whole).length).toBeGreaterThan(causes(brief).length);
    expect(whole.actions).toEqual([{ id: 'share', label: 'Share in channel', value: 'en:10061' }]);
  });

  it('offers autocomplete choices for a partial query within Discord limits', () => {
    const { core } = testCore();
    const choices = core.suggest('conn');
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['10054', '10061', '10053']));
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(choices.find((c) => c.value === '10054')?.name).toBe(
      '10054 WSAECONNRESET — Connection reset by peer',
    );
    expect(core.suggest('').length).toBeGreaterThan(5);
  });
});
