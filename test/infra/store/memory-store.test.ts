import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/infra/store/memory-store.js';
import { describeRecordsContract } from './records-contract.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('memory', { fresh: async (options) => createMemoryStore(options) });
describeRecordsContract('memory', { fresh: async (options) => createMemoryStore(options) });

describe('the memory store, beyond the contract', () => {
  it('forgets the oldest claims past its bound', async () => {
    const store = createMemoryStore({ maxClaims: 2 });
    for (const key of ['a', 'b', 'c']) await store.claimOnce(key, 60_000);
    expect(await store.claimOnce('a', 60_000)).toBe(true);
  });
});
