/** What core needs from the world, as interfaces; the implementations live in `src/infra/`. */
export { LOG_LEVELS, type LogFields, type Logger, type LogLevel } from './logger.js';
export type { CoreMetrics } from './metrics.js';
export type { Settings, Store } from './store.js';
