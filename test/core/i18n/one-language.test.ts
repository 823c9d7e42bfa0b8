import { describe, expect, it } from 'vitest';
import type { Locale, Reply, Store } from '../../../src/core/index.js';
import { createCore } from '../../../src/core/index.js';
import { explainEntry } from '../../../src/core/reply/explain.js';
import type { PasteContext } from '../../../src/core/reply/placeholders.js';
import type { ChannelRef, UserRef } from '../../../src/core/types.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { memoryLogger, realData, testCore } from '../../helpers/core.js';
import { mixedLines } from './mixed-language.js';

const channel: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const PASTE = [
  '2024-05-02 10:01:00 ERROR connect ECONNREFUSED 10.0.0.7:5432',
  '2024-05-02 10:02:00 ERROR getaddrinfo ENOTFOUND db.internal',
  '2024-05-02 10:03:00 WARN read ECONNRESET 10.0.0.7:5432',
].join('\n');

/** Every kind of reply core gives, asked for in one locale. */
async function everyReply(locale: Locale): Promise<Reply[]> {
  const { core } = testCore();
  const user: UserRef = { id: 'U1', canManage: true, locale };
  const ask = (text: string, who: UserRef = user) => core.command({ text, channel, user: who });
  const replies: Reply[] = [];
  for (const text of ['', 'help', '104', 'EPIPE', '0', 'zzqx flibbertigibbet', 'conection refusd', PASTE]) {
    replies.push(await ask(text));
  }
  replies.push(await ask(`lines without errors\n${'ok '.repeat(100)}`));
  replies.push(await ask('Error: connect ECONNREFUSED 127.0.0.1:5432'));
  replies.push(await ask('status'), await ask('top'), await ask('lang fr'), await ask('auto maybe'));
  replies.push(await ask('auto off', { ...user, canManage: false }));
  replies.push(await core.explainMessage({ text: 'lunch?', channel, user }));
  await core.message({
    eventId: 'E1',
    channel,
    author: { id: 'U2', isBot: false, isSelf: false },
    text: PASTE,
  });
  replies.push(await ask('top'));
  const other = { ...channel, channelId: `C-${locale}` };
  replies.push(await core.command({ text: `lang ${locale}`, channel: other, user }));
  replies.push(await core.command({ text: 'auto off', channel: other, user }));
  replies.push(await core.share(`${locale}:EPIPE`));
  return replies;
}

/** A store that fails, to see the "something went wrong" reply. */
function brokenStore(): Store {
  const store = createMemoryStore();
  return new Proxy(store, {
    get: (target, key) =>
      key === 'getSettings' ? async () => Promise.reject(new Error('disk gone')) : Reflect.get(target, key),
  });
}

describe('one language per reply', () => {
  it.each(['en', 'zh-TW'] as const)(
    'renders every reply kind in %s without a sentence in the other language',
    async (locale) => {
      const replies = await everyReply(locale);
      expect(new Set(replies.map((r) => r.kind))).toEqual(
        new Set(['usage', 'candidates', 'not-found', 'triage', 'explanation', 'settings', 'refusal']),
      );
      for (const reply of replies) {
        expect(mixedLines(reply.fallback, locale), reply.title).toEqual([]);
        // Every reply says its language: renderers write headings' colons and field gaps by it.
        expect(reply.locale, reply.title).toBe(locale);
      }
    },
  );

  it.each(['en', 'zh-TW'] as const)('explains every catalog entry in %s in that language only', (locale) => {
    const { core } = testCore();
    for (const entry of core.catalog.entries) {
      const { reply } = core.lookup(entry.code === null ? `errno.${entry.name}` : String(entry.code), locale);
      const page = reply.kind === 'explanation' ? reply : core.lookup(entry.name, locale).reply;
      expect(mixedLines(page.fallback, locale), entry.id).toEqual([]);
    }
  });

  it.each(['en', 'zh-TW'] as const)(
    'explains every catalog entry in %s in that language only in every situation a paste can show',
    (locale) => {
      // A UDP socket's error, a connection that was up, a server's bind, macOS: each has its own texts.
      const situations = [
        { transport: 'udp' },
        { phase: 'established' },
        { phase: 'listening' },
        { os: 'macos' },
      ];
      let seen = 0;
      for (const entry of realData().catalog.entries) {
        for (const context of situations as PasteContext[]) {
          const reply = explainEntry(entry, locale, realData().translate, { context });
          expect(mixedLines(reply.fallback, locale), `${entry.id} ${JSON.stringify(context)}`).toEqual([]);
          seen += 1;
        }
      }
      expect(seen).toBeGreaterThan(400);
    },
  );

  it('answers a change of language entirely in the new language', async () => {
    const { core } = testCore();
    const user: UserRef = { id: 'U1', canManage: true };
    const zh = await core.command({ text: 'lang zh-TW', channel, user });
    expect(zh.fallback).toContain('我在本頻道將以 繁體中文 (zh-TW) 回答。');
    const en = await core.command({ text: 'lang en', channel, user });
    expect(en.fallback).toContain('I now answer in English (en) in this channel.');
  });

  it("answers in the asker's language when the store cannot be read", async () => {
    for (const locale of ['en', 'zh-TW'] as const) {
      const core = createCore({
        ...realData(),
        store: brokenStore(),
        logger: memoryLogger(),
        cooldownMs: 0,
        defaultLang: locale,
      });
      for (const text of ['status', '10054', 'top']) {
        const reply = await core.command({ text, channel, user: { id: 'U1', canManage: true } });
        expect(mixedLines(reply.fallback, locale), `${locale} ${text}`).toEqual([]);
        expect(reply.locale, `${locale} ${text}`).toBe(locale);
      }
    }
  });

  it('finds the mixed sentences the issue reported', () => {
    expect(mixedLines('已儲存。我在this channel將以 繁體中文 (zh-TW) 回答。', 'zh-TW')).toHaveLength(1);
    expect(mixedLines('Saved. I now answer in English (en) in 本頻道.', 'en')).toHaveLength(1);
    expect(mixedLines('重試沒有幫助 · `ss -ltnp` · 「Connection refused」', 'zh-TW')).toEqual([]);
  });
});
