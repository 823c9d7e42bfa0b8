import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { evictionWarning } from '../../../../src/infra/store/redis/eviction-warning.js';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { eventually } from '../../../helpers/eventually.js';
import { HAS_REDIS, startRedisServer } from '../../../helpers/redis-server.js';

const WARNING = /Redis evicts keys/;

/** A Redis whose memory policy drops keys when it is full: sockerr's state goes without a word. */
describe.skipIf(!HAS_REDIS)('a Redis that evicts keys when full', () => {
  const started = async (extraArgs: string[]) => {
    const server = await startRedisServer({ extraArgs });
    const logger = memoryLogger();
    const store = await createRedisStore({ url: server.url, logger });
    return { server, logger, store };
  };

  it('is named at start, with what sockerr loses and the policy to set, as a cache’s policy drops an opt-out', async () => {
    const { server, logger, store } = await started([
      '--maxmemory',
      '2mb',
      '--maxmemory-policy',
      'allkeys-lru',
    ]);
    const raw = createClient({ url: server.url });
    try {
      await eventually(() => WARNING.test(logger.lines.join('\n')), 'the warning');
      const said = logger.lines.find((l) => WARNING.test(l)) ?? '';
      expect(said).toMatch(/allkeys-lru.*channel settings.*noeviction/);
      expect(said).toContain('"level":"warn"');
      // What it warns of: another program's keys fill Redis, and the channel's "auto off" is gone.
      await store.updateSettings('slack:T1:C1', { autoReply: false });
      await raw.connect();
      for (let i = 0; i < 100; i += 1) await raw.set(`cache:${i}`, 'x'.repeat(50_000));
      expect(await store.getSettings('slack:T1:C1')).toBeUndefined();
    } finally {
      raw.destroy();
      await store.close();
      await server.dispose();
    }
  }, 30_000);

  it('is named when only expiring keys are evicted, for claims and cooldowns', async () => {
    const { server, logger, store } = await started([
      '--maxmemory',
      '64mb',
      '--maxmemory-policy',
      'volatile-lru',
    ]);
    try {
      await eventually(() => WARNING.test(logger.lines.join('\n')), 'the warning');
      expect(logger.lines.join('\n')).toMatch(/volatile-lru.*claims and cooldowns.*noeviction/);
    } finally {
      await store.close();
      await server.dispose();
    }
  });

  it('is not named for a Redis that never evicts', async () => {
    const { server, logger, store } = await started([]);
    try {
      await store.ping();
      await store.close();
      expect(logger.lines.join('\n')).not.toMatch(/evicts/);
    } finally {
      await server.dispose();
    }
    // No memory limit: nothing is ever evicted, whatever the policy says.
    expect(evictionWarning('maxmemory:0\r\nmaxmemory_policy:allkeys-lru\r\n')).toBeUndefined();
    expect(evictionWarning('maxmemory:1000\r\nmaxmemory_policy:noeviction\r\n')).toBeUndefined();
  });
});
