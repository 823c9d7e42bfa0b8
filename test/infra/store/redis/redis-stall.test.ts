import { connect, createServer, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../../src/core/index.js';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { eventually } from '../../../helpers/eventually.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../../../helpers/redis-server.js';
import { startTcpProxy, type TcpProxy } from '../../../helpers/tcp-proxy.js';

const count = (lines: string[], pattern: RegExp) => lines.join('\n').match(pattern)?.length ?? 0;

/** A connection to Redis that stops answering while Redis itself is fine. */
describe.skipIf(!HAS_REDIS)('a Redis connection that goes silent', () => {
  let server: RedisServer;
  let proxy: TcpProxy;
  let raw: ReturnType<typeof createClient>;
  beforeAll(async () => {
    server = await startRedisServer();
    proxy = await startTcpProxy({ host: '127.0.0.1', port: server.port });
    raw = createClient({ url: server.url });
    raw.on('error', () => {});
    await raw.connect();
  });
  afterAll(async () => {
    raw?.destroy();
    await proxy?.close();
    await server?.dispose();
  });

  it('is given up for a new one, instead of pausing auto-replies until TCP gives up (15 minutes)', async () => {
    const logger = memoryLogger();
    const store = await createRedisStore({
      url: `redis://127.0.0.1:${proxy.port}`,
      logger,
      prefix: 'silent:',
      commandTimeoutMs: 300,
      stallMs: 2000,
    });
    try {
      expect(await store.claimOnce('event:before', 60_000)).toBe(true);
      proxy.silenceOpenConnections();
      await expect(store.claimOnce('event:during', 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      const started = Date.now();
      await eventually(
        () => store.claimOnce('event:after', 60_000).catch(() => false),
        'a claim on a new connection',
        20_000,
      );
      // The silence is noticed within stallMs of the first command that went unanswered.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await raw.exists('silent:claim:event:after')).toBe(1);
      expect(count(logger.lines, /Redis cannot be reached/g)).toBe(1);
      expect(count(logger.lines, /reachable again/g)).toBe(1);
    } finally {
      await store.close();
    }
  }, 30_000);

  it('takes back, once reconnected, a claim that reached a frozen Redis before its connection was given up', async () => {
    const frozen = await startRedisServer({ extraArgs: ['--enable-debug-command', 'yes'] });
    const sleeper = createClient({ url: frozen.url });
    sleeper.on('error', () => {});
    await sleeper.connect();
    const store = await createRedisStore({
      url: frozen.url,
      logger: memoryLogger(),
      prefix: 'frozen:',
      commandTimeoutMs: 300,
      stallMs: 1000,
    });
    try {
      // Redis stops answering everyone for 2.5 s (a frozen host, a long script); what was sent meanwhile runs after.
      const asleep = sleeper.sendCommand(['DEBUG', 'SLEEP', '2.5']);
      await delay(100);
      const keys = Array.from({ length: 8 }, (_, i) => `event:${i}`);
      const told: unknown[] = [];
      for (const k of keys) {
        told.push(await store.claimOnce(k, 60_000).catch((e: unknown) => e));
        await delay(100);
      }
      expect(told.every((e) => e instanceof StoreUnavailableError)).toBe(true);
      await asleep;
      await eventually(() => store.claimOnce('event:after', 60_000).catch(() => false), 'a new connection');
      // Every caller was told "unavailable", so none of their claims may stay: the redeliveries are answered.
      await eventually(
        async () => (await sleeper.keys('frozen:claim:event:?')).length === 0,
        'no claim left',
      );
      for (const k of keys) expect(await store.claimOnce(k, 60_000)).toBe(true);
    } finally {
      await store.close();
      sleeper.destroy();
      await frozen.dispose();
    }
  }, 30_000);

  it('gives up a connection whose handshake goes unanswered (a frozen host in a failover) for a new one', async () => {
    // The first connection is accepted and never answered; later ones reach Redis, as a new primary would be.
    const swallowed: Socket[] = [];
    const front = createServer((client) => {
      if (swallowed.length === 0) {
        swallowed.push(client.on('data', () => undefined));
        return;
      }
      const upstream = connect(server.port, '127.0.0.1');
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    const logger = memoryLogger();
    const store = await createRedisStore({
      url: `redis://127.0.0.1:${(front.address() as { port: number }).port}`,
      logger,
      prefix: 'handshake:',
      firstConnectMs: 300,
      stallMs: 1000,
    });
    try {
      const started = Date.now();
      await eventually(() => store.claimOnce('event:1', 60_000).catch(() => false), 'a claim', 10_000);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(swallowed).toHaveLength(1);
      expect(count(logger.lines, /answered nothing to its handshake within 1 s/g)).toBe(1);
      expect(await raw.exists('handshake:claim:event:1')).toBe(1);
    } finally {
      await store.close();
      for (const socket of swallowed) socket.destroy();
      front.close();
    }
  }, 20_000);
});
