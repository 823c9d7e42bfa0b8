import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/app/create-store.js';
import { loadConfig } from '../../src/config/index.js';
import { StoreStartupError } from '../../src/infra/store/index.js';
import { memoryLogger } from '../helpers/core.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../helpers/redis-server.js';

/** REDIS_URL naming a database the server does not have (/99 where it has 16). */
describe.skipIf(!HAS_REDIS)('a REDIS_URL with a database the server does not have', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer({ extraArgs: ['--requirepass', 'db-pw-5521'] });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('stops start-up naming REDIS_URL and the database, without the password, instead of retrying for ever', async () => {
    const config = loadConfig({ REDIS_URL: `redis://:db-pw-5521@127.0.0.1:${server.port}/99` });
    const started = Date.now();
    const error = await createStore(config, memoryLogger()).then(
      async (store) => {
        await store.close();
        return new Error('started');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreStartupError);
    expect((error as Error).message).toMatch(/has no database 99 .*REDIS_URL/);
    expect((error as Error).message).not.toContain('db-pw-5521');
    expect(Date.now() - started).toBeLessThan(2900);
  }, 20_000);

  it('starts on a database it has', async () => {
    const config = loadConfig({ REDIS_URL: `redis://:db-pw-5521@127.0.0.1:${server.port}/15` });
    const store = await createStore(config, memoryLogger());
    expect(await store.claimOnce('event:db15', 60_000)).toBe(true);
    await store.close();
  }, 20_000);
});
