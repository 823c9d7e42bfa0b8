import type { Config } from '../config/index.js';
import type { Logger, Store } from '../core/index.js';
import { createFileStore } from '../infra/store/index.js';

/** The store the configuration asks for. */
export function createStore(config: Config, logger: Logger): Store {
  return createFileStore({ path: config.storePath, logger });
}
