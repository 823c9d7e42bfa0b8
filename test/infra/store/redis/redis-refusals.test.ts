import { networkInterfaces } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../../src/core/index.js';
import { StoreStartupError } from '../../../../src/infra/store/index.js';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
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
