import { describe, expect, it } from 'vitest';
import { createTtlCache } from '../../../src/adapters/slack/ttl-cache.js';

describe('createTtlCache', () => {
  it('asks Slack once per key and remembers the answer', async () => {
    const cache = createTtlCache<string>();
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return 'zh-TW';
    };
    const [a, b] = await Promise.all([cache.load('U1', fetch), cache.load('U1', fetch)]);
    expect([a, b, await cache.load('U1', fetch)]).toEqual(['zh-TW', 'zh-TW', 'zh-TW']);
    expect(calls).toBe(1);
  });

  it('asks again after the entry expires, and sooner after a failure', async () => {
    let t = 0;
    const cache = createTtlCache<string>({ ttlMs: 1000, failureTtlMs: 100, now: () => t });
    const answers = ['en-US', 'ja-JP'];
    const fetch = async () => answers.shift();
    expect(await cache.load('U1', fetch)).toBe('en-US');
    t = 999;
    expect(await cache.load('U1', fetch)).toBe('en-US');
    t = 1000;
    expect(await cache.load('U1', fetch)).toBe('ja-JP');

    const failing = createTtlCache<string>({ ttlMs: 1000, failureTtlMs: 100, now: () => t });
    let failures = 0;
    const broken = async () => {
      failures += 1;
      throw new Error('missing_scope');
    };
    expect(await failing.load('U2', broken)).toBeUndefined();
    expect(await failing.load('U2', broken)).toBeUndefined();
    t += 100;
    expect(await failing.load('U2', broken)).toBeUndefined();
    expect(failures).toBe(2);
  });

  it('never remembers a failure longer than it would an answer', async () => {
    let t = 0;
    // The channel directory's per-user cache: answers for a minute, failures by default for five.
    const cache = createTtlCache<string>({ ttlMs: 60_000, now: () => t });
    let calls = 0;
    const rateLimited = async () => {
      calls += 1;
      return undefined;
    };
    expect(await cache.load('U1', rateLimited)).toBeUndefined();
    t = 60_000;
    expect(await cache.load('U1', rateLimited)).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('forgets the least recently used keys beyond its bound', async () => {
    const cache = createTtlCache<string>({ maxEntries: 2 });
    const asked: string[] = [];
    const fetchFor = (id: string) => async () => {
      asked.push(id);
      return 'en-US';
    };
    await cache.load('U1', fetchFor('U1'));
    await cache.load('U2', fetchFor('U2'));
    await cache.load('U1', fetchFor('U1'));
    await cache.load('U3', fetchFor('U3'));
    await cache.load('U1', fetchFor('U1'));
    await cache.load('U2', fetchFor('U2'));
    expect(asked).toEqual(['U1', 'U2', 'U3', 'U2']);
  });
});
