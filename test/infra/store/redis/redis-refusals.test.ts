import { networkInterfaces } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../../src/core/index.js';
import { StoreStartupError } from '../../../../src/infra/store/index.js';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { eventually } from '../../../helpers/eventually.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../../../helpers/redis-server.js';

/** An address of this machine that is not loopback: Redis's protected mode turns its clients away. */
const OUTSIDE = Object.values(networkInterfaces())
  .flat()
  .find((a) => a?.family === 'IPv4' && !a.internal)?.address;

const count = (lines: string[], pattern: RegExp) => lines.join('\n').match(pattern)?.length ?? 0;

/** A Redis that answers but will not do what sockerr asks: a password, writes refused, writes late. */
describe.skipIf(!HAS_REDIS)('Redis that refuses', () => {
  let server: RedisServer;
  let raw: ReturnType<typeof createClient>;
  beforeAll(async () => {
    server = await startRedisServer();
    raw = createClient({ url: server.url });
    raw.on('error', () => {});
    await raw.connect();
  });
  afterAll(async () => {
    raw?.destroy();
    await server?.dispose();
  });

  it('stops start-up on a wrong or missing password, saying so without the password', async () => {
    const locked = await startRedisServer({ extraArgs: ['--requirepass', 'right-pw-4821'] });
    try {
      for (const url of [
        `redis://:wrong-pw-1937@127.0.0.1:${locked.port}`,
        `redis://default:wrong-pw-1937@127.0.0.1:${locked.port}`,
        locked.url,
      ]) {
        const error = await createRedisStore({ url, logger: memoryLogger(), firstConnectMs: 5000 }).then(
          () => new Error(`started with ${url}`),
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoreStartupError);
        expect((error as Error).message).toMatch(
          /refused sockerr's credentials \((WRONGPASS|NOAUTH).*REDIS_URL/,
        );
        expect((error as Error).message).toContain(`127.0.0.1:${locked.port}`);
        expect((error as Error).message).not.toContain('wrong-pw-1937');
      }
      const store = await createRedisStore({
        url: `redis://:right-pw-4821@127.0.0.1:${locked.port}`,
        logger: memoryLogger(),
      });
      expect(await store.claimOnce('event:pw', 60_000)).toBe(true);
      await store.close();
    } finally {
      await locked.dispose();
    }
  }, 30_000);

  it.skipIf(!OUTSIDE)(
    'stops start-up when Redis turns away other hosts (protected mode), saying what to do',
    async () => {
      const open = await startRedisServer({ extraArgs: ['--bind', '* -::*'] });
      try {
        const error = await createRedisStore({
          url: `redis://${OUTSIDE}:${open.port}`,
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
          new RegExp(
            `^Redis at ${OUTSIDE}:${open.port} turns away connections from other hosts \\(DENIED.*requirepass.*REDIS_URL`,
          ),
        );
      } finally {
        await open.dispose();
      }
    },
  );

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

  it('pauses writes while Redis is out of memory, says so once, is not ready, and resumes', async () => {
    const logger = memoryLogger();
    const store = await createRedisStore({ url: server.url, logger, prefix: 'oom:' });
    await raw.configSet({ maxmemory: '1', 'maxmemory-policy': 'noeviction' });
    try {
      for (let i = 0; i < 5; i += 1) {
        expect(await store.getSettings('slack:T:C')).toBeUndefined();
        await expect(store.claimOnce(`event:${i}`, 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      }
      await expect(store.ping()).rejects.toThrow(/OOM/);
      expect(count(logger.lines, /Redis cannot be reached/g)).toBe(1);
      expect(count(logger.lines, /reachable again/g)).toBe(0);
    } finally {
      await raw.configSet({ maxmemory: '0' });
    }
    await store.ping();
    expect(count(logger.lines, /reachable again/g)).toBe(1);
    expect(await store.claimOnce('event:after', 60_000)).toBe(true);
    await store.close();
  });

  it('pauses writes against a read-only replica, says so once, and is not ready', async () => {
    const replica = await startRedisServer({ extraArgs: ['--replicaof', '127.0.0.1', String(server.port)] });
    const logger = memoryLogger();
    const store = await createRedisStore({ url: replica.url, logger });
    try {
      for (let i = 0; i < 3; i += 1) {
        await store.getSettings('slack:T:C');
        await expect(store.claimOnce(`event:${i}`, 60_000)).rejects.toThrow(/READONLY/);
      }
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(count(logger.lines, /Redis cannot be reached/g)).toBe(1);
      expect(count(logger.lines, /reachable again/g)).toBe(0);
      // Said at start, as what to change: the replica's address where the primary's belongs.
      expect(
        count(
          logger.lines,
          new RegExp(
            `Redis is a replica of 127\\.0\\.0\\.1:${server.port} \\(role:slave\\).*primary endpoint`,
            'g',
          ),
        ),
      ).toBe(1);
    } finally {
      await store.close();
      await replica.dispose();
    }
  });

  it('does not keep a claim whose answer came too late, so the redelivery is answered', async () => {
    const store = await createRedisStore({
      url: server.url,
      logger: memoryLogger(),
      prefix: 'late:',
      commandTimeoutMs: 300,
    });
    await raw.sendCommand(['CLIENT', 'PAUSE', '1200', 'WRITE']);
    await expect(store.claimOnce('event:late', 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
    await delay(1500);
    expect(await raw.exists('late:claim:event:late')).toBe(0);
    expect(await store.claimOnce('event:late', 60_000)).toBe(true);
    await store.close();
  });
});
