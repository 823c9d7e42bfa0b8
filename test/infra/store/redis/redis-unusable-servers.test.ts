import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreStartupError } from '../../../../src/infra/store/index.js';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { eventually } from '../../../helpers/eventually.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../../../helpers/redis-server.js';

/**
 * A REDIS_URL at a server sockerr cannot keep its state in: start-up stops saying what to change,
 * rather than starting and pausing auto-replies for ever behind a log line that reads like an outage.
 */
describe.skipIf(!HAS_REDIS)('a REDIS_URL at a server sockerr cannot use', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.dispose());

  it('stops start-up when a rediss:// URL points at a port without TLS, saying to use redis://', async () => {
    const locked = await startRedisServer({ extraArgs: ['--requirepass', 'plain-pw-3307'] });
    try {
      for (const url of [
        `rediss://127.0.0.1:${server.port}`,
        `rediss://:plain-pw-3307@localhost:${locked.port}`,
      ]) {
        const logger = memoryLogger();
        const started = Date.now();
        const error = await createRedisStore({ url, logger, firstConnectMs: 5000 }).then(
          async (store) => {
            await store.close();
            return new Error(`started with ${url}`);
          },
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoreStartupError);
        const said = (error as Error).message;
        expect(said).toMatch(
          /^Redis at (127\.0\.0\.1|localhost):\d+ does not speak TLS on that port.*use redis:\/\//,
        );
        expect(said + logger.lines.join('\n')).not.toContain('plain-pw-3307');
        // Sooner than node-redis's own connect timeout (5 s), which would only say "Connection timeout".
        expect(Date.now() - started).toBeLessThan(4000);
      }
    } finally {
      await locked.dispose();
    }
  }, 30_000);

  it('stops start-up at a Redis Cluster node, even one that serves every slot, saying what to use', async () => {
    const node = await startRedisServer({ extraArgs: ['--cluster-enabled', 'yes'] });
    const admin = createClient({ url: node.url });
    admin.on('error', () => {});
    try {
      await admin.connect();
      // One node with all 16384 slots: single-key calls (claims) work; a count's transaction does not.
      await admin.sendCommand(['CLUSTER', 'ADDSLOTSRANGE', '0', '16383']);
      await eventually(
        async () => /cluster_state:ok/.test(String(await admin.sendCommand(['CLUSTER', 'INFO']))),
        'the cluster up',
      );
      // Database 0 connects and INFO tells; another database is refused by SELECT before that.
      for (const url of [node.url, `${node.url}/1`]) {
        const logger = memoryLogger();
        const error = await createRedisStore({ url, logger, firstConnectMs: 5000 }).then(
          async (store) => {
            await store.countSeen('slack:T1:C1', ['10054']).catch((e: unknown) => logger.warn(String(e)));
            await store.close();
            return new Error(`started; ${logger.lines.join('\n')}`);
          },
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoreStartupError);
        expect((error as Error).message).toMatch(
          new RegExp(
            `^Redis at 127\\.0\\.0\\.1:${node.port} is a Redis Cluster node \\(cluster_enabled:1\\).*single Redis.*REDIS_URL`,
          ),
        );
      }
    } finally {
      admin.destroy();
      await node.dispose();
    }
  }, 30_000);

  it('stops start-up at a Redis that does not know HELLO (before 6), saying that 6 or newer is needed', async () => {
    const old = await startRedisServer({ extraArgs: ['--rename-command', 'HELLO', ''] });
    try {
      const error = await createRedisStore({
        url: old.url,
        logger: memoryLogger(),
        firstConnectMs: 5000,
      }).then(
        async (store) => {
          await store.close();
          return new Error('started');
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreStartupError);
      expect((error as Error).message).toMatch(
        new RegExp(`^Redis at 127\\.0\\.0\\.1:${old.port} does not know HELLO .*needs Redis 6 or newer`),
      );
    } finally {
      await old.dispose();
    }
  });

  it("stops start-up when REDIS_URL's user may not use sockerr's keys or scripts, saying what to allow", async () => {
    const acl = await startRedisServer({
      extraArgs: ['--user', 'other-app', 'on', '>acl-pw-4410', '~app:*', '+@all'].concat([
        '--user',
        'no-scripts',
        'on',
        '>acl-pw-4410',
        '~*',
        '+@all',
        '-@scripting',
      ]),
    });
    try {
      for (const user of ['other-app', 'no-scripts']) {
        const logger = memoryLogger();
        const url = `redis://${user}:acl-pw-4410@127.0.0.1:${acl.port}`;
        const error = await createRedisStore({ url, logger, firstConnectMs: 5000 }).then(
          async (store) => {
            await store.close();
            return new Error(`started as ${user}`);
          },
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoreStartupError);
        const said = (error as Error).message;
        expect(said).toMatch(
          /^Redis at 127\.0\.0\.1:\d+ does not let the user in REDIS_URL do what sockerr needs \(NOPERM.*~sockerr:\*/,
        );
        expect(said + logger.lines.join('\n')).not.toContain('acl-pw-4410');
      }
      // Allowed its keys and commands, the same server is used.
      const store = await createRedisStore({ url: acl.url, logger: memoryLogger() });
      expect(await store.claimOnce('event:acl', 60_000)).toBe(true);
      await store.close();
    } finally {
      await acl.dispose();
    }
  }, 30_000);

  it('stops start-up at a Sentinel, which keeps no data, saying to point REDIS_URL at the primary', async () => {
    const sentinel = await startRedisServer({ sentinelOf: server.port });
    try {
      const logger = memoryLogger();
      const error = await createRedisStore({ url: sentinel.url, logger, firstConnectMs: 5000 }).then(
        async (store) => {
          await store.claimOnce('event:sentinel', 60_000).catch((e: unknown) => logger.warn(String(e)));
          await store.close();
          return new Error(`started; ${logger.lines.join('\n')}`);
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreStartupError);
      expect((error as Error).message).toMatch(
        new RegExp(`^Redis at 127\\.0\\.0\\.1:${sentinel.port} is a Sentinel .*REDIS_URL at the primary`),
      );
    } finally {
      await sentinel.dispose();
    }
  });
});
