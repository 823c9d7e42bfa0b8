import { describe, expect, it } from 'vitest';
import { describeChange, drawBar } from '../../../src/core/commands/top-reply.js';
import type { ChannelRef, Store, UserRef } from '../../../src/core/index.js';
import { StoreUnavailableError } from '../../../src/core/index.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { realData, testCore } from '../../helpers/core.js';

const HOUR = 3_600_000;
const channel: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const user: UserRef = { id: 'U1', canManage: true, locale: 'en-US' };
const KEY = 'slack:T1:C1';

/** A core whose store has seen `before` in the week before last and `now` this week. */
async function coreWithCounts(options: { keptHours?: number } = {}) {
  const clock = { t: Date.UTC(2026, 2, 20, 12) };
  const store = createMemoryStore({ now: () => clock.t, ...options });
  const seen = async (ids: string[], times: number) => {
    for (let i = 0; i < times; i += 1) await store.countSeen(KEY, ids);
  };
  clock.t -= 8 * 24 * HOUR; // the week before
  await seen(['10054'], 2);
  await seen(['10060'], 5);
  clock.t += 8 * 24 * HOUR; // this week (and, for 10061, this day)
  clock.t -= 3 * 24 * HOUR;
  await seen(['10054'], 6);
  await seen(['10060'], 1);
  clock.t += 3 * 24 * HOUR;
  await seen(['10061'], 3);
  const { core } = testCore({ store });
  return { core, store, clock };
}

const top = async (
  core: Awaited<ReturnType<typeof coreWithCounts>>['core'],
  text: string,
  locale = 'en-US',
) => core.command({ text, channel, user: { ...user, locale } });

describe('/sockerr top', () => {
  it('draws bars of one width, the largest count full', () => {
    expect(drawBar(12, 12)).toBe('██████████');
    expect(drawBar(3, 12)).toBe('███░░░░░░░');
    expect(drawBar(1, 1000)).toBe('█░░░░░░░░░');
  });

  it('states the change against the period before', () => {
    const { translate: t } = realData();
    expect(describeChange(t, 'en', 6, 2)).toBe('▲ 3×');
    expect(describeChange(t, 'en', 5, 2)).toBe('▲ 2.5×');
    expect(describeChange(t, 'en', 1, 5)).toBe('▼ from 5');
    expect(describeChange(t, 'en', 4, 0)).toBe('new');
    expect(describeChange(t, 'en', 4, 4)).toBe('= same');
    expect(describeChange(t, 'zh-TW', 6, 2)).toBe('▲ 3 倍');
  });

  it('lists the last 7 days most frequent first, with counts, bars and the change against the week before', async () => {
    const { core } = await coreWithCounts();
    const reply = await top(core, 'top 7d');
    expect(reply.title).toBe('Socket errors seen here in the last 7 days');
    expect(reply.subtitle).toBe('10 sightings · change against the 7 days before');
    expect(reply.sections[0]?.text?.split('\n')).toEqual([
      '`██████████` 6× 10054 WSAECONNRESET ▲ 3×',
      '`█████░░░░░` 3× 10061 WSAECONNREFUSED new',
      '`██░░░░░░░░` 1× 10060 WSAETIMEDOUT ▼ from 5',
    ]);
    expect(reply.footer).toContain('/sockerr top 24h|7d|30d');
  });

  it('means the last 24 hours when no period is given', async () => {
    const { core } = await coreWithCounts();
    for (const text of ['top', 'top 24h', 'TOP 1d']) {
      const reply = await top(core, text);
      expect(reply.title).toBe('Socket errors seen here in the last 24 hours');
      expect(reply.sections[0]?.text).toBe('`██████████` 3× 10061 WSAECONNREFUSED new');
    }
  });

  it('answers in Traditional Chinese with full-width punctuation', async () => {
    const { core } = await coreWithCounts();
    const reply = await top(core, 'top 7天', 'zh-TW');
    expect(reply.title).toBe('本頻道過去 7 天的通訊端錯誤');
    expect(reply.subtitle).toBe('共 10 次，與前 7 天相比');
    expect(reply.sections[0]?.text?.split('\n')[2]).toBe('`██░░░░░░░░` 1 次 10060 WSAETIMEDOUT ▼ 前期 5 次');
    expect(reply.footer).toContain('其他期間：');
  });

  it('makes no comparison where the period before is past retention, and says so', async () => {
    const { core } = await coreWithCounts();
    const reply = await top(core, 'top 30d');
    expect(reply.subtitle).toBe('17 sightings · no comparison: counts are kept for 30 days');
    expect(reply.sections[0]?.text?.split('\n')[0]).toBe('`██████████` 8× 10054 WSAECONNRESET');
  });

  it('counts a single sighting in the singular, in either case', async () => {
    const store = createMemoryStore();
    await store.countSeen(KEY, ['10054']);
    const { core } = testCore({ store });
    expect((await top(core, 'top')).subtitle).toBe('1 sighting · change against the 24 hours before');
    expect((await top(core, 'top 30d')).subtitle).toBe(
      '1 sighting · no comparison: counts are kept for 30 days',
    );
    expect((await top(core, 'top', 'zh-TW')).subtitle).toBe('共 1 次，與前 24 小時相比');
  });

  it('says when the period reaches past what is kept', async () => {
    const { core } = await coreWithCounts({ keptHours: 5 * 24 });
    const reply = await top(core, 'top 30d');
    expect(reply.fallback).toContain(
      'Counts are kept for 5 days (SOCKERR_RETENTION_DAYS), so this covers only those.',
    );
  });

  it('says when nothing was seen, and how much was seen in the period before', async () => {
    const { core, clock } = await coreWithCounts();
    clock.t += 24 * HOUR;
    expect((await top(core, 'top')).sections[0]?.text).toBe(
      'No socket errors seen here in the last 24 hours (3 in the 24 hours before).',
    );
    clock.t += 2 * 24 * HOUR;
    expect((await top(core, 'top')).sections[0]?.text).toBe(
      'No socket errors seen here in the last 24 hours.',
    );
  });

  it('sums up what does not fit in ten lines', async () => {
    const store = createMemoryStore();
    const ids = realData()
      .catalog.entries.slice(0, 13)
      .map((e) => e.id);
    for (const [i, id] of ids.entries()) for (let n = 0; n <= i; n += 1) await store.countSeen(KEY, [id]);
    const reply = await testCore({ store }).core.command({ text: 'top', channel, user });
    const lines = reply.sections[0]?.text?.split('\n') ?? [];
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('…and 3 more, seen 6× in all');
  });

  it('corrects a period it does not know', async () => {
    const { core } = await coreWithCounts();
    const reply = await top(core, 'top 5y');
    expect(reply.kind).toBe('usage');
    expect(reply.title).toBe('/sockerr top: the socket errors seen here');
    expect(reply.fallback).toContain('/sockerr top 7d');
  });

  it('says the counts cannot be read while the store is down', async () => {
    const down: Store = {
      ...createMemoryStore(),
      getSettings: () => Promise.reject(new StoreUnavailableError('Redis is down')),
      tallySeen: () => Promise.reject(new StoreUnavailableError('Redis is down')),
    };
    const reply = await testCore({ store: down }).core.command({ text: 'top 7d', channel, user });
    expect(reply.fallback).toContain('I cannot read the counts right now');
    expect(reply.fallback).not.toContain('this answer uses the defaults');
  });
});
