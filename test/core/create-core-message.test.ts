import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core.js';
import { channel, message, TRACE } from './create-core-inputs.js';

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
