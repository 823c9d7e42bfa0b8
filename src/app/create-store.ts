import type { Config } from '../config/index.js';
import type { Logger, Store } from '../core/index.js';
import { createRedisStore, createSqliteStore } from '../infra/store/index.js';

/**
 * The store the configuration asks for: Redis when REDIS_URL is set (several hosts, or a disk
 * wiped on restart), else the SQLite file at SOCKERR_STORE_PATH, shared by every process on
 * this host. A store that cannot be used safely throws a `StoreStartupError` naming the file.
 */
export async function createStore(config: Config, logger: Logger): Promise<Store> {
  const keptHours = config.retentionDays * 24;
  const log = logger.child({ component: 'store' });
  if (config.redisUrl) {
    log.info('state is kept in Redis', { retentionDays: config.retentionDays });
    return createRedisStore({
      url: config.redisUrl,
      tlsVerify: config.redisTlsVerify,
      logger: log,
      keptHours,
    });
  }
  log.info('state is kept in SQLite', { path: config.storePath, retentionDays: config.retentionDays });
  return createSqliteStore({ path: config.storePath, logger: log, keptHours });
}
