import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStore } from '../../../src/infra/store/file-store.js';
import { createMemoryStore } from '../../../src/infra/store/memory-store.js';
import { memoryLogger } from '../../helpers/core.js';

describe('the memory store', () => {
  it('claims a key once until it expires', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    expect(await store.claimOnce('e1', 1000)).toBe(true);
    expect(await store.claimOnce('e1', 1000)).toBe(false);
    now = 1001;
    expect(await store.claimOnce('e1', 1000)).toBe(true);
  });

  it('forgets the oldest claims past its bound', async () => {
    const store = createMemoryStore({ maxClaims: 2 });
    for (const key of ['a', 'b', 'c']) await store.claimOnce(key, 60_000);
    expect(await store.claimOnce('a', 60_000)).toBe(true);
  });

  it('merges settings and ranks counts', async () => {
    const store = createMemoryStore();
    await store.updateSettings('k', { autoReply: false });
    expect(await store.updateSettings('k', { lang: 'zh-TW' })).toEqual({ autoReply: false, lang: 'zh-TW' });
    await store.countSeen('c', ['10054', '10061']);
    await store.countSeen('c', ['10054']);
    expect(await store.topSeen('c', 5)).toEqual([
      { id: '10054', count: 2 },
      { id: '10061', count: 1 },
    ]);
  });
});

describe('the file store', () => {
  it('keeps settings and counts across restarts', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sockerr-store-')), 'state.json');
    const first = createFileStore({ path, logger: memoryLogger() });
    await first.updateSettings('slack:T:C', { autoReply: false });
    await first.countSeen('slack:T:C', ['10054']);
    await first.close();
    const second = createFileStore({ path, logger: memoryLogger() });
    expect(await second.getSettings('slack:T:C')).toEqual({ autoReply: false });
    expect(await second.topSeen('slack:T:C', 1)).toEqual([{ id: '10054', count: 1 }]);
  });

  it('drops malformed settings and counts from a hand-edited file instead of failing later', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sockerr-store-')), 'state.json');
    const broken = {
      settings: { a: { autoReply: 'no', lang: 'fr' } },
      seen: { c: 'oops', d: { x: -1, y: 2 } },
    };
    writeFileSync(path, JSON.stringify(broken));
    const store = createFileStore({ path, logger: memoryLogger() });
    expect(await store.getSettings('a')).toEqual({});
    await store.countSeen('c', ['10054']);
    expect(await store.topSeen('c', 5)).toEqual([{ id: '10054', count: 1 }]);
    expect(await store.topSeen('d', 5)).toEqual([{ id: 'y', count: 2 }]);
  });

  it('sets an unreadable file aside and starts with defaults', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sockerr-store-')), 'state.json');
    writeFileSync(path, '{ broken');
    const logger = memoryLogger();
    const store = createFileStore({ path, logger });
    expect(await store.getSettings('x')).toBeUndefined();
    expect(logger.lines.join()).toContain('set aside');
    await store.updateSettings('x', { lang: 'en' });
    await store.close();
    expect(JSON.parse(readFileSync(path, 'utf8')).settings.x).toEqual({ lang: 'en' });
  });
});
