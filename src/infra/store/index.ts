/** The `Store` port's implementations: memory (CLI, tests), SQLite (one host), Redis (several hosts). */
import type { Store } from '../../core/index.js';
import type { RedisStoreOptions } from './redis/redis-store.js';

export { createMemoryStore } from './memory-store.js';
export { createSqliteStore } from './sqlite/sqlite-store.js';
export { StoreStartupError } from './store-startup-error.js';

/**
 * The Redis store. Its client is a large module (about 100 ms and 20 MB to load), so it is
 * loaded only when REDIS_URL asks for it, not by every SQLite or CLI start.
 */
export async function createRedisStore(options: RedisStoreOptions): Promise<Store> {
  const redis = await import('./redis/redis-store.js');
  return redis.createRedisStore(options);
}
