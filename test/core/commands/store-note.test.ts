import { describe, expect, it } from 'vitest';
import type { ChannelRef, MessageInput, Store, UserRef } from '../../../src/core/index.js';
import { StoreUnavailableError } from '../../../src/core/index.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { testCore } from '../../helpers/core.js';

const channel: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const user: UserRef = { id: 'U1', canManage: true };
const TRACE =
  'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.';

/** A memory store that can be switched off, as Redis is when it cannot be reached. */
function switchableStore(): Store & { down: boolean } {
  const inner = createMemoryStore();
  const state = { down: false };
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      state.down
        ? Promise.reject(new StoreUnavailableError('Redis cannot be used right now'))
        : call(...args);
  return Object.assign(state, {
    getSettings: guard(inner.getSettings),
    updateSettings: guard(inner.updateSettings),
    claimOnce: guard(inner.claimOnce),
    release: guard(inner.release),
    countSeen: guard(inner.countSeen),
    tallySeen: guard(inner.tallySeen),
    tallySeenUnder: guard(inner.tallySeenUnder),
    remember: guard(inner.remember),
    recall: guard(inner.recall),
    addFeedback: guard(inner.addFeedback),
    listFeedback: guard(inner.listFeedback),
    ping: guard(inner.ping),
    close: inner.close,
  });
}

const message = (eventId: string): MessageInput => ({
  eventId,
  channel,
  author: { id: 'U1', isBot: false, isSelf: false },
  text: TRACE,
});

describe('while the store cannot be used', () => {
  it('pauses auto-replies with a reason, without an error line per message, and resumes after', async () => {
    const store = switchableStore();
    const { core, logger } = testCore({ store });
    store.down = true;
    expect(await core.message(message('Ev1'))).toEqual({ action: 'ignore', reason: 'store-unavailable' });
    expect(logger.lines.filter((l) => l.includes('"level":50'))).toEqual([]);
    store.down = false;
    expect((await core.message(message('Ev1'))).action).toBe('reply');
  });

  it('answers a look-up with the defaults, and says so', async () => {
    const store = switchableStore();
    await store.updateSettings('slack:T1:C1', { lang: 'zh-TW' });
    store.down = true;
    const reply = await testCore({ store }).core.command({ text: '10054', channel, user });
    expect(reply.title).toContain('WSAECONNRESET');
    expect(reply.fallback).toContain('Connection reset by peer');
    expect(reply.sections.at(-1)?.text).toBe(
      "I cannot reach my state store right now, so this channel's settings could not be read: this answer uses the defaults.",
    );
  });

  it('shows the default settings in status, saying they are the defaults, in the asker’s language', async () => {
    const store = switchableStore();
    store.down = true;
    const reply = await testCore({ store }).core.command({
      text: 'status',
      channel,
      user: { ...user, locale: 'zh-TW' },
    });
    expect(reply.sections[0]?.fields?.map((f) => f.value)).toEqual(['開啟', 'English (en)']);
    expect(reply.fallback).toContain('目前連不上狀態儲存區，讀不到本頻道的設定：這個回答使用預設值。');
  });

  it('shows the defaults, saying so, when a settings dialog changes nothing', async () => {
    const store = switchableStore();
    store.down = true;
    const reply = await testCore({ store }).core.changeSettings({ channel, user, scope: 'channel' });
    expect(reply.sections[0]?.fields?.map((f) => f.value)).toEqual(['on', 'English (en)']);
    expect(reply.sections.at(-1)?.text).toContain('this answer uses the defaults');
  });

  it('says a setting was not saved, and nothing else', async () => {
    const store = switchableStore();
    store.down = true;
    const reply = await testCore({ store }).core.command({ text: 'auto off', channel, user });
    expect(reply.sections.map((s) => s.text)).toEqual([
      'Not saved: I cannot reach my state store right now. Nothing was changed; please try again in a minute.',
    ]);
    store.down = false;
    expect(await store.getSettings('slack:T1:C1')).toBeUndefined();
  });
});
