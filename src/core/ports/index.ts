/** What core needs from the world, as interfaces; the implementations live in `src/infra/`. */
export { LOG_LEVELS, type LogFields, type Logger, type LogLevel } from './logger.js';
export type { CoreMetrics } from './metrics.js';
export {
  type FeedbackEntry,
  type FeedbackVerdict,
  isStoreUnavailable,
  type SeenCount,
  type SeenTally,
  type Settings,
  type Store,
  StoreUnavailableError,
} from './store.js';
