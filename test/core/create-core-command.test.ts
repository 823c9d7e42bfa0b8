import { describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/core/types.js';
import { testCore } from '../helpers/core.js';
import { channel, message, TRACE, user } from './create-core-inputs.js';

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

  it('answers every code of a list, in the order asked, and a code asked about in words', async () => {
    const { core } = testCore();
    const list = await core.command({ text: '10054 10061 10060', channel, user });
    const order = ['WSAECONNRESET', 'WSAECONNREFUSED', 'WSAETIMEDOUT'].map((n) => list.fallback.indexOf(n));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] as number)))).toBe(true);
    const asked = await core.command({ text: 'what is 10053?', channel, user });
    expect(asked.kind).toBe('explanation');
    expect(asked.title).toContain('WSAECONNABORTED');
    const port = await core.command({ text: 'timeout on port 10053', channel, user });
    expect(port.fallback).not.toContain('WSAECONNABORTED');
  });

  it('adds the errors a query names beside what detection found, but not a number beside a name', async () => {
    const { core } = testCore();
    for (const text of ['error 10054 and 10061', 'ECONNRESET vs ECONNREFUSED and EPIPE']) {
      const reply = await core.command({ text, channel, user });
      expect(reply.fallback, text).toMatch(/WSAECONNRESET[\s\S]*(WSAECONNREFUSED)/);
    }
    expect((await core.command({ text: 'ECONNRESET vs EPIPE', channel, user })).fallback).toContain(
      'Broken pipe',
    );
    const duration = await core.command({ text: 'read ECONNRESET after 10060 ms', channel, user });
    expect(duration.fallback).not.toContain('WSAETIMEDOUT');
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
