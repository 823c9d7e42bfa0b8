import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/index.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { testCore } from '../../helpers/core.js';

describe('core.firstDelivery', () => {
  it('runs a request once per id and platform within the replay window', async () => {
    let now = 0;
    const { core } = testCore({ store: createMemoryStore({ now: () => now }) });
    expect(await core.firstDelivery('slack', 'trigger-1')).toBe(true);
    expect(await core.firstDelivery('slack', 'trigger-1')).toBe(false);
    expect(await core.firstDelivery('discord', 'trigger-1')).toBe(true);
    expect(await core.firstDelivery('slack', 'trigger-2')).toBe(true);
    // Slack refuses requests signed more than five minutes either side of now: ten minutes later a replay cannot arrive.
    now += 10 * 60_000 + 1;
    expect(await core.firstDelivery('slack', 'trigger-1')).toBe(true);
  });

  it('answers a request when the store cannot say whether it is a replay, and logs why', async () => {
    const broken: Store = {
      ...createMemoryStore(),
      claimOnce: () => Promise.reject(new Error('store down')),
    };
    const { core, logger } = testCore({ store: broken });
    expect(await core.firstDelivery('slack', 'trigger-1')).toBe(true);
    expect(logger.lines.some((l) => l.includes('could not check a request for replays'))).toBe(true);
  });
});
