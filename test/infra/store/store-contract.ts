import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { SeenCount, Store } from '../../../src/core/index.js';

const HOUR = 3_600_000;

/** A clock the test moves by hand; stores read it for hours and (where they can) claim expiry. */
interface TestClock {
  t: number;
}

interface StoreOptions {
  now: () => number;
  keptHours?: number;
}

/** How a backend is opened for the contract. */
export interface StoreBackend {
  /** A store on new, empty state. */
  fresh(options: StoreOptions): Promise<Store>;
  /** Another handle on the state of the last `fresh` store, as a second process would open it; absent for memory. */
  again?(options: StoreOptions): Promise<Store>;
}

const byId = (counts: SeenCount[]) => Object.fromEntries(counts.map((c) => [c.id, c.count]));

/** The behaviour every Store must have: memory, SQLite and Redis run the same tests. */
export function describeStoreContract(name: string, backend: StoreBackend): void {
  describe(`the ${name} store`, () => {
    const opened: Store[] = [];
    const clock: TestClock = { t: Date.UTC(2026, 0, 5, 10, 30) };
    const now = () => clock.t;
    const open = async (how: 'fresh' | 'again', keptHours?: number) => {
      const make = how === 'fresh' ? backend.fresh : backend.again;
      if (!make) throw new Error('no second handle');
      const store = await make({ now, ...(keptHours ? { keptHours } : {}) });
      opened.push(store);
      return store;
    };
    // Only stores shared between processes (SQLite, Redis) have a second handle and a restart.
    const shared = backend.again ? it : () => {};
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      clock.t = Date.UTC(2026, 0, 5, 10, 30);
    });

    it('answers ping when it can be used', async () => {
      await expect((await open('fresh')).ping()).resolves.toBeUndefined();
    });

    it('has no settings for a key never set, and merges each change into what is there', async () => {
      const store = await open('fresh');
      expect(await store.getSettings('slack:T1:C1')).toBeUndefined();
      expect(await store.updateSettings('slack:T1:C1', { autoReply: false })).toEqual({ autoReply: false });
      expect(await store.updateSettings('slack:T1:C1', { lang: 'zh-TW' })).toEqual({
        autoReply: false,
        lang: 'zh-TW',
      });
      expect(await store.updateSettings('slack:T1:C1', { autoReply: true })).toEqual({
        autoReply: true,
        lang: 'zh-TW',
      });
      expect(await store.getSettings('slack:T1:C1')).toEqual({ autoReply: true, lang: 'zh-TW' });
      expect(await store.getSettings('slack:T1:C2')).toBeUndefined();
    });

    it('claims a key once until it expires, and again after a release', async () => {
      const store = await open('fresh');
      expect(await store.claimOnce('event:slack:Ev1', 300)).toBe(true);
      expect(await store.claimOnce('event:slack:Ev1', 300)).toBe(false);
      expect(await store.claimOnce('event:slack:Ev2', 300)).toBe(true);
      clock.t += 400; // stores that read the clock for expiry
      await delay(400); // Redis, whose server keeps time
      expect(await store.claimOnce('event:slack:Ev1', 60_000)).toBe(true);
      await store.release('event:slack:Ev1');
      expect(await store.claimOnce('event:slack:Ev1', 60_000)).toBe(true);
      await store.release('never-claimed');
    });

    shared('releases only its own claim, not the one another process took after it expired', async () => {
      const first = await open('fresh');
      const second = await open('again');
      expect(await first.claimOnce('cooldown:slack:T1:C1:10054', 300)).toBe(true);
      clock.t += 400;
      await delay(400);
      expect(await second.claimOnce('cooldown:slack:T1:C1:10054', 60_000)).toBe(true);
      // A reply that kept failing past its short cooldown gives its claim back late.
      await first.release('cooldown:slack:T1:C1:10054');
      expect(await first.claimOnce('cooldown:slack:T1:C1:10054', 60_000)).toBe(false);
      await second.release('cooldown:slack:T1:C1:10054');
      expect(await first.claimOnce('cooldown:slack:T1:C1:10054', 60_000)).toBe(true);
    });

    it('lets exactly one of many simultaneous claims of a key win', async () => {
      const store = await open('fresh');
      const wins = await Promise.all(
        Array.from({ length: 25 }, () => store.claimOnce('event:slack:race', 60_000)),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
    });

    it('counts sightings per hour and tallies a period against the one before', async () => {
      const store = await open('fresh');
      await store.countSeen('slack:T1:C1', ['10054', '10061']);
      await store.countSeen('slack:T1:C1', ['10054']);
      await store.countSeen('slack:T1:C2', ['11001']);
      clock.t += 30 * HOUR;
      for (let i = 0; i < 6; i += 1) await store.countSeen('slack:T1:C1', ['10054']);
      await store.countSeen('slack:T1:C1', []);
      const day = await store.tallySeen('slack:T1:C1', 24);
      expect(byId(day.current)).toEqual({ '10054': 6 });
      expect(byId(day.previous)).toEqual({ '10054': 2, '10061': 1 });
      expect(day.keptHours).toBe(30 * 24);
      const week = await store.tallySeen('slack:T1:C1', 7 * 24);
      expect(byId(week.current)).toEqual({ '10054': 8, '10061': 1 });
      expect(week.previous).toEqual([]);
      expect(byId((await store.tallySeen('slack:T1:C2', 7 * 24)).current)).toEqual({ '11001': 1 });
      expect(await store.tallySeen('slack:T9:C9', 24)).toEqual({ current: [], previous: [], keptHours: 720 });
    });

    it('reports no counts older than the retention period', async () => {
      const store = await open('fresh', 48);
      await store.countSeen('discord:G1:C1', ['EPIPE']);
      clock.t += 47 * HOUR;
      expect(byId((await store.tallySeen('discord:G1:C1', 24)).previous)).toEqual({ EPIPE: 1 });
      clock.t += 2 * HOUR;
      await store.countSeen('discord:G1:C1', ['10060']);
      const tally = await store.tallySeen('discord:G1:C1', 30 * 24);
      expect(byId(tally.current)).toEqual({ '10060': 1 });
      expect(tally.keptHours).toBe(48);
    });

    shared(
      'shares settings, claims and counts with a second handle at once, and loses neither one’s writes',
      async () => {
        const a = await open('fresh');
        const b = await open('again');
        await a.updateSettings('shell:-:terminal', { autoReply: false });
        expect(await b.getSettings('shell:-:terminal')).toEqual({ autoReply: false });
        await b.updateSettings('shell:-:terminal', { lang: 'zh-TW' });
        expect(await a.getSettings('shell:-:terminal')).toEqual({ autoReply: false, lang: 'zh-TW' });
        const wins = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claimOnce('event:slack:both', 60_000)),
        );
        expect(wins.filter(Boolean)).toHaveLength(1);
        await Promise.all([a.countSeen('c', ['10054']), b.countSeen('c', ['10054'])]);
        expect(byId((await a.tallySeen('c', 24)).current)).toEqual({ '10054': 2 });
      },
    );

    shared('keeps settings, counts and claims across a restart', async () => {
      const first = await open('fresh');
      await first.updateSettings('slack:T1:C1', { autoReply: false, lang: 'zh-TW' });
      await first.countSeen('slack:T1:C1', ['10054']);
      expect(await first.claimOnce('event:slack:EvKEEP', 60_000)).toBe(true);
      await first.close();
      const second = await open('again');
      expect(await second.getSettings('slack:T1:C1')).toEqual({ autoReply: false, lang: 'zh-TW' });
      expect(byId((await second.tallySeen('slack:T1:C1', 24)).current)).toEqual({ '10054': 1 });
      expect(await second.claimOnce('event:slack:EvKEEP', 60_000)).toBe(false);
    });
  });
}
