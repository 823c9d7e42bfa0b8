/**
 * The core's only door. Adapters, infra, the CLI and `main.ts` import from here and nowhere else
 * in `src/core`; core itself does no I/O and imports no SDK (checked by `npm run lint:deps`).
 */
export {
  buildCatalog,
  type Catalog,
  type DataFile,
  type ErrorFacts,
  LOCALES,
  type Locale,
  labelEntry,
  parseFacts,
  titleOf,
} from './catalog/index.js';
export { changesSettings } from './commands/index.js';
export { createCore } from './create-core.js';
export { deepFreeze } from './deep-freeze.js';
export {
  type Confidence,
  compileDetectorTables,
  createDetector,
  type DetectionRules,
  type Detector,
  type Finding,
  type LocalizedMessage,
  parseDetectionRules,
  parseLocalizedMessages,
  type SavedTables,
} from './detect/index.js';
export { CatalogError } from './errors.js';
export { createTranslate, normalizeLocale, type Translate } from './i18n/index.js';
export {
  type CoreMetrics,
  type FeedbackEntry,
  type FeedbackVerdict,
  LOG_LEVELS,
  type LogFields,
  type Logger,
  type LogLevel,
  type SeenCount,
  type Settings,
  type Store,
  StoreUnavailableError,
} from './ports/index.js';
export {
  headingLine,
  type Reply,
  type ReplyAction,
  type ReplyField,
  type ReplyKind,
  type ReplySection,
  type UnreadFile,
  type UnreadReason,
} from './reply/index.js';
export type {
  ChannelRef,
  Core,
  FeedbackInput,
  MessageInput,
  SettingsInput,
  UserRef,
} from './types.js';
export type { AutoMode, FeedbackReport, HomeView } from './view-types.js';
