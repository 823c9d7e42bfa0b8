import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../../src/core/index.js';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { eventually } from '../../../helpers/eventually.js';
import { freePort } from '../../../helpers/free-port.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../../../helpers/redis-server.js';
import { describeRecordsContract } from '../records-contract.js';
import { describeStoreContract, type StoreBackend } from '../store-contract.js';

let server: RedisServer;
let prefix = '';

describe.skipIf(!HAS_REDIS)('Redis', () => {
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.dispose());

  // Each test gets its own key prefix: fresh state on one server, and no test sees another's keys.
  const redis: StoreBackend = {
    fresh: (options) => {
      prefix = `test:${randomUUID()}:`;
      return createRedisStore({ url: server.url, logger: memoryLogger(), prefix, ...options });
    },
    again: (options) => createRedisStore({ url: server.url, logger: memoryLogger(), prefix, ...options }),
  };
  describeStoreContract('Redis', redis);
  describeRecordsContract('Redis', redis);

  describe('the Redis store, beyond the contract', () => {
    it('stores claims with SET NX PX and lets each count bucket expire at the end of retention', async () => {
      const keys = `test:${randomUUID()}:`;
      const t = Date.now();
      const store = await createRedisStore({
        url: server.url,
        logger: memoryLogger(),
        prefix: keys,
        keptHours: 48,
      });
      await store.claimOnce('event:slack:Ev1', 5_000);
      await store.countSeen('slack:T:C', ['10054']);
      const raw = createClient({ url: server.url });
      await raw.connect();
      const claimTtl = await raw.pTTL(`${keys}claim:event:slack:Ev1`);
      expect(claimTtl).toBeGreaterThan(4_000);
      expect(claimTtl).toBeLessThanOrEqual(5_000);
      const bucket = `${keys}seen:${Math.floor(t / 3_600_000)}:slack:T:C`;
      expect(await raw.hGetAll(bucket)).toEqual({ '10054': '1' });
      const countTtl = await raw.pTTL(bucket);
      expect(countTtl).toBeGreaterThan(47 * 3_600_000);
      expect(countTtl).toBeLessThanOrEqual(48 * 3_600_000);
      raw.destroy();
      await store.close();
    });

    it('deletes feedback past retention though no one presses a button again, as SQLite prunes it', async () => {
      const keys = `test:${randomUUID()}:`;
      let clock = Date.UTC(2026, 0, 1);
      const open = () =>
        createRedisStore({
          url: server.url,
          logger: memoryLogger(),
          prefix: keys,
          keptHours: 24,
          now: () => clock,
        });
      const store = await open();
      await store.addFeedback({
        at: clock,
        verdict: 'wrong',
        channel: 'slack:T:C',
        replyId: 'r1',
        userId: 'U1',
        textHash: 'h',
        excerpt: 'the message excerpt, kept no longer than the retention period',
        findings: ['10054'],
        removed: false,
      });
      await store.close();
      const raw = createClient({ url: server.url });
      await raw.connect();
      expect(await raw.zCard(`${keys}feedback`)).toBe(1);
      // A day and an hour later: no press since, and a process starts (or its 10-minute prune comes).
      clock += 25 * 3_600_000;
      const later = await open();
      await eventually(async () => (await raw.zCard(`${keys}feedback`)) === 0, 'the old excerpt deleted');
      raw.destroy();
      await later.close();
    });

    it('fails fast as "unavailable" while Redis is down, logs it once, and works again when it is back', async () => {
      const own = await startRedisServer();
      const logger = memoryLogger();
      try {
        const store = await createRedisStore({ url: own.url, logger, prefix: 'outage:' });
        await store.updateSettings('k', { autoReply: false });
        await own.stop({ save: true });
        for (let i = 0; i < 3; i += 1) {
          const started = Date.now();
          await expect(store.claimOnce(`event:${i}`, 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
          expect(Date.now() - started).toBeLessThan(2_000);
        }
        await expect(store.getSettings('k')).rejects.toMatchObject({ code: 'SOCKERR_STORE_UNAVAILABLE' });
        await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        await own.start();
        await eventually(
          async () =>
            store.ping().then(
              () => true,
              () => false,
            ),
          'Redis back',
          10_000,
        );
        await eventually(
          () => logger.lines.some((l) => l.includes('reachable again')),
          'the log line',
          10_000,
        );
        expect(await store.getSettings('k')).toEqual({ autoReply: false });
        const said = logger.lines.join('\n');
        expect(said.match(/Redis cannot be reached/g)).toHaveLength(1);
        expect(said.match(/Redis is reachable again/g)).toHaveLength(1);
        await store.close();
      } finally {
        await own.dispose();
      }
    }, 30_000);

    it('starts while Redis is down, answers ping with the reason, and connects when Redis comes up', async () => {
      const port = await freePort();
      const logger = memoryLogger();
      const started = Date.now();
      const store = await createRedisStore({ url: `redis://127.0.0.1:${port}`, logger, firstConnectMs: 300 });
      expect(Date.now() - started).toBeLessThan(2_000);
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(logger.lines.join('\n')).toContain('Redis cannot be reached');
      const late = await startRedisServer({ port });
      try {
        await eventually(
          async () =>
            store.ping().then(
              () => true,
              () => false,
            ),
          'the connection',
          10_000,
        );
        expect(await store.claimOnce('event:late', 1000)).toBe(true);
      } finally {
        await store.close();
        await late.dispose();
      }
    }, 30_000);

    it('says why, as an error, when a Redis that came up after start-up turns out to be one it cannot use', async () => {
      const port = await freePort();
      const logger = memoryLogger();
      const store = await createRedisStore({ url: `redis://127.0.0.1:${port}`, logger, firstConnectMs: 300 });
      const late = await startRedisServer({ port, extraArgs: ['--cluster-enabled', 'yes'] });
      try {
        await eventually(
          () => logger.lines.some((l) => /"level":"error".*is a Redis Cluster node/.test(l)),
          'the reason in the log',
          10_000,
        );
      } finally {
        await store.close();
        await late.dispose();
      }
    }, 30_000);

    it('does not log the password of the URL', async () => {
      const port = await freePort();
      const logger = memoryLogger();
      const store = await createRedisStore({
        url: `redis://:hunter2secret@127.0.0.1:${port}`,
        logger,
        firstConnectMs: 100,
      });
      await store.close();
      expect(logger.lines.join('\n')).toContain('127.0.0.1');
      expect(logger.lines.join('\n')).not.toContain('hunter2secret');
    });
  });
});
