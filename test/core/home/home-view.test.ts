import { describe, expect, it } from 'vitest';
import type { ChannelRef, UserRef } from '../../../src/core/index.js';
import { testCore } from '../../helpers/core.js';
import { mixedLines } from '../i18n/mixed-language.js';

const workspace: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'D0HOME' };
const admin: UserRef = { id: 'U0ADMIN', canManage: true, locale: 'en-US' };
const TRACE =
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host';

describe('a user’s Home', () => {
  it('shows each shared channel’s settings and the workspace’s errors of the week, in the user’s language', async () => {
    const { core } = testCore();
    const at = (channelId: string) => ({ ...workspace, channelId });
    await core.command({ text: 'auto mention', channel: at('C0ONCALL'), user: admin });
    await core.command({ text: 'lang zh-TW', channel: at('C0DEPLOYS'), user: admin });
    for (const [id, channelId] of [
      ['Ev1', 'C0ONCALL'],
      ['Ev2', 'C0DEPLOYS'],
      ['Ev3', 'C0ELSEWHERE'],
    ] as const) {
      await core.message({
        eventId: id,
        channel: at(channelId),
        author: { id: 'U0ALICE', isBot: false, isSelf: false },
        text: TRACE,
        mentioned: true,
      });
    }
    await core.message({
      eventId: 'Ev4',
      channel: { platform: 'slack', workspaceId: 'T2', channelId: 'C1' },
      author: { id: 'U0ALICE', isBot: false, isSelf: false },
      text: 'getaddrinfo ENOTFOUND db.internal',
    });
    const view = await core.home({
      workspace,
      user: { id: 'U0BOB', canManage: false, loadLocale: async () => 'zh-TW' },
      channels: [
        { channelId: 'C0ONCALL', name: 'oncall' },
        { channelId: 'C0DEPLOYS', name: 'deploys' },
      ],
    });
    expect(view.locale).toBe('zh-TW');
    expect(view.channels.map((c) => [c.name, c.mode, c.lang])).toEqual([
      ['oncall', 'mention', 'en'],
      ['deploys', 'on', 'zh-TW'],
    ]);
    expect(view.channels[0]?.summary).toBe('自動回覆：僅在被提及時 · 語言：English (en)');
    expect(view.canManage).toBe(false);
    expect(view.refusal).toContain('SOCKERR_SETTINGS_USERS');
    expect(view.top.title).toBe('本工作區過去 7 天的通訊端錯誤');
    // Three channels of T1, whichever shares this user; nothing of T2.
    expect(view.top.fallback).toContain('3 次 10054 WSAECONNRESET');
    expect(view.top.fallback).not.toContain('11001');
    const all = [view.title, view.intro, ...view.commands, view.channelsHeading, view.top.fallback].join(
      '\n',
    );
    expect(mixedLines(all, 'zh-TW')).toEqual([]);
  });

  it('says when no channel is shared, and how many more there are than shown', async () => {
    const { core } = testCore();
    const none = await core.home({ workspace, user: admin, channels: [] });
    expect(none.channelNotes).toEqual([
      'We share no channel yet. Invite me where I should listen: `/invite @sockerr`',
    ]);
    expect(none.canManage).toBe(true);
    expect(none.refusal).toBeUndefined();
    expect(none.controls.modes).toEqual({ on: 'on', off: 'off', mention: 'only when mentioned' });
    expect(none.top.fallback).toContain('No socket errors seen in this workspace in the last 7 days.');
    const many = await core.home({ workspace, user: admin, channels: [{ channelId: 'C1' }], more: 12 });
    expect(many.channelNotes).toEqual(['…and 12 more channels we share: use `/sockerr status` in them.']);
    const one = await core.home({ workspace, user: admin, channels: [{ channelId: 'C1' }], more: 1 });
    expect(one.channelNotes).toEqual(['…and 1 more channel we share: use `/sockerr status` in it.']);
  });

  it('says it could not tell which channels are shared when the platform would not say, not that none are', async () => {
    const { core } = testCore();
    const unknown = await core.home({ workspace, user: admin, channels: [], channelsUnknown: true });
    expect(unknown.channelNotes).toEqual([
      'I could not list the channels we share just now (Slack did not answer). Open this tab again in a minute.',
    ]);
  });

  it('says the menus are hidden for want of an answer, when the platform could not say who may change settings', async () => {
    const { core } = testCore();
    const view = await core.home({
      workspace,
      user: { id: 'U0ADMIN', canManage: false, canManageUnknown: true, locale: 'en-US' },
      channels: [{ channelId: 'C0ONCALL', name: 'oncall' }],
    });
    expect(view.canManage).toBe(false);
    expect(view.refusal).toContain('could not check your permissions');
    expect(view.refusal).not.toContain('SOCKERR_SETTINGS_USERS');
  });
});
