/** The `Store` port's implementations: memory (CLI, tests), SQLite (one host), Redis (several hosts). */
export { createMemoryStore } from './memory-store.js';
export { createRedisStore } from './redis/redis-store.js';
export { createSqliteStore } from './sqlite/sqlite-store.js';
export { StoreStartupError } from './store-startup-error.js';
