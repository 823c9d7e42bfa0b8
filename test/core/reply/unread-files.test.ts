import { describe, expect, it } from 'vitest';
import type { ChannelRef, UserRef } from '../../../src/core/types.js';
import { testCore } from '../../helpers/core.js';

const channel: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const user = (locale: string): UserRef => ({ id: 'U1', canManage: false, locale });
const plain = (reply: { fallback: string }) => reply.fallback;

describe('the answer about a message whose files were not all read', () => {
  it('names each file it did not read and why, after the findings of what it did read', async () => {
    const { core } = testCore();
    const reply = await core.explainMessage({
      text: 'Error: read ECONNRESET',
      channel,
      user: user('en'),
      unreadFiles: [
        { name: 'full.log', reason: 'too-large' },
        { name: 'graph.png', reason: 'not-text' },
        { name: 'old.log', reason: 'unavailable' },
      ],
    });
    expect(plain(reply)).toContain('WSAECONNRESET');
    const note = reply.sections.at(-1);
    expect(note?.heading).toBe('Not read');
    expect(note?.items).toEqual([
      expect.stringMatching(/^full\.log: larger than/),
      expect.stringMatching(/^graph\.png: not a text file/),
      'old.log: could not be downloaded',
    ]);
    expect(plain(reply)).toContain('old.log: could not be downloaded');
  });

  it('says so in Traditional Chinese too, and adds nothing when every file was read', async () => {
    const { core } = testCore();
    const zh = await core.explainMessage({
      text: 'lunch?',
      channel,
      user: user('zh-TW'),
      unreadFiles: [{ name: 'app.log', reason: 'unavailable' }],
    });
    expect(zh.sections.at(-1)).toEqual({ heading: '未讀取', items: ['app.log：無法下載'] });
    const all = await core.explainMessage({ text: 'lunch?', channel, user: user('en'), unreadFiles: [] });
    const none = await core.explainMessage({ text: 'lunch?', channel, user: user('en') });
    expect(all).toEqual(none);
  });
});
