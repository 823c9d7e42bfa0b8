import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackEntry, SeenCount, Store } from '../../../src/core/index.js';
import type { StoreBackend } from './store-contract.js';

const HOUR = 3_600_000;
const byId = (counts: SeenCount[]) => Object.fromEntries(counts.map((c) => [c.id, c.count]));

const entry = (at: number, overrides: Partial<FeedbackEntry> = {}): FeedbackEntry => ({
  at,
  verdict: 'wrong',
  channel: 'slack:T1:C1',
  replyId: 'Ev1',
  userId: 'U1',
  textHash: 'a'.repeat(64),
  excerpt: 'Error: connect ECONNREFUSED 10.0.0.7:5432',
  findings: ['10061'],
  removed: true,
  ...overrides,
});

/**
 * What every Store keeps beyond settings, claims and counts: the mention mode, tallies of a whole
 * workspace, notes that expire and feedback records. Memory, SQLite and Redis run the same tests.
 */
export function describeRecordsContract(name: string, backend: StoreBackend): void {
  describe(`the ${name} store's records`, () => {
    const opened: Store[] = [];
    const start = Date.UTC(2026, 0, 5, 10, 30);
    const clock = { t: start };
    const open = async (how: 'fresh' | 'again', keptHours?: number) => {
      const make = how === 'fresh' ? backend.fresh : backend.again;
      if (!make) throw new Error('no second handle');
      const store = await make({ now: () => clock.t, ...(keptHours ? { keptHours } : {}) });
      opened.push(store);
      return store;
    };
    const shared = backend.again ? it : () => {};
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      clock.t = start;
    });

    it('keeps the mention mode and merges it like every other field', async () => {
      const store = await open('fresh');
      expect(await store.updateSettings('slack:T1:C1', { autoReply: true, mentionOnly: true })).toEqual({
        autoReply: true,
        mentionOnly: true,
      });
      expect(await store.updateSettings('slack:T1:C1', { lang: 'zh-TW' })).toEqual({
        autoReply: true,
        mentionOnly: true,
        lang: 'zh-TW',
      });
      await store.updateSettings('slack:T1:C1', { autoReply: false, mentionOnly: false });
      expect(await store.getSettings('slack:T1:C1')).toEqual({
        autoReply: false,
        mentionOnly: false,
        lang: 'zh-TW',
      });
    });

    it('tallies every channel of a workspace, and nothing of another workspace', async () => {
      const store = await open('fresh');
      await store.countSeen('slack:T1:C1', ['10054', '10061']);
      await store.countSeen('slack:T1:C2', ['10054']);
      await store.countSeen('slack:T10:C1', ['11001']); // a workspace whose id starts the same
      await store.countSeen('slack:T2:C1', ['EPIPE']);
      clock.t += 8 * 24 * HOUR;
      await store.countSeen('slack:T1:C3', ['10060']);
      const week = await store.tallySeenUnder('slack:T1', 7 * 24);
      expect(byId(week.current)).toEqual({ '10060': 1 });
      expect(byId(week.previous)).toEqual({ '10054': 2, '10061': 1 });
      expect(week.keptHours).toBe(30 * 24);
      expect(byId((await store.tallySeenUnder('slack:T10', 30 * 24)).current)).toEqual({ '11001': 1 });
      expect(await store.tallySeenUnder('slack:T9', 24)).toEqual({
        current: [],
        previous: [],
        keptHours: 720,
      });
      // The channel's own tally is unchanged by the workspace's.
      expect(byId((await store.tallySeen('slack:T1:C1', 30 * 24)).current)).toEqual({
        '10054': 1,
        '10061': 1,
      });
    });

    it('remembers a note until it expires, and replaces it when told again', async () => {
      const store = await open('fresh');
      expect(await store.recall('thread:slack:T1:C1:1.2')).toBeUndefined();
      await store.remember('thread:slack:T1:C1:1.2', 'first', 300);
      await store.remember('thread:slack:T1:C1:1.2', 'second', 300);
      expect(await store.recall('thread:slack:T1:C1:1.2')).toBe('second');
      clock.t += 400; // stores that read the clock for expiry
      await delay(400); // Redis, whose server keeps time
      expect(await store.recall('thread:slack:T1:C1:1.2')).toBeUndefined();
      await store.remember('feedback-context:slack:Ev1', '{"a":1}', 60_000);
      expect(await store.recall('feedback-context:slack:Ev1')).toBe('{"a":1}');
    });

    it('lists feedback oldest first from a moment on, whole, and no more than asked', async () => {
      const store = await open('fresh');
      const later = entry(start + 2000, { verdict: 'helpful', userId: 'U2', removed: false, findings: [] });
      await store.addFeedback(later);
      await store.addFeedback(entry(start + 1000));
      await store.addFeedback(entry(start + 1000, { userId: 'U3' }));
      const all = await store.listFeedback(0);
      expect(all.map((e) => [e.at, e.userId])).toEqual([
        [start + 1000, 'U1'],
        [start + 1000, 'U3'],
        [start + 2000, 'U2'],
      ]);
      expect(all[0]).toEqual(entry(start + 1000));
      expect(all[2]).toEqual(later);
      expect(await store.listFeedback(start + 1500)).toEqual([later]);
      expect(await store.listFeedback(0, 2)).toHaveLength(2);
    });

    it('lists no feedback older than the retention period', async () => {
      const store = await open('fresh', 48);
      await store.addFeedback(entry(start));
      clock.t += 49 * HOUR;
      await store.addFeedback(entry(clock.t, { userId: 'U2' }));
      expect((await store.listFeedback(0)).map((e) => e.userId)).toEqual(['U2']);
    });

    shared('shares notes and feedback with a second handle at once', async () => {
      const a = await open('fresh');
      const b = await open('again');
      await a.remember('thread:slack:T1:C1:9.9', '1', 60_000);
      expect(await b.recall('thread:slack:T1:C1:9.9')).toBe('1');
      await Promise.all([a.addFeedback(entry(start)), b.addFeedback(entry(start, { userId: 'U2' }))]);
      expect((await a.listFeedback(0)).map((e) => e.userId).sort()).toEqual(['U1', 'U2']);
      await a.countSeen('slack:T1:C1', ['10054']);
      await b.countSeen('slack:T1:C2', ['10054']);
      expect(byId((await b.tallySeenUnder('slack:T1', 24)).current)).toEqual({ '10054': 2 });
    });
  });
}
