/**
 * The core's only door. Adapters, infra, the CLI and `main.ts` import from here and nowhere else
 * in `src/core`; core itself does no I/O and imports no SDK (checked by `npm run lint:deps`).
 */
export {
  buildCatalog,
  type Catalog,
  type CatalogEntry,
  type DataFile,
  type ErrorFacts,
  LOCALES,
  type Locale,
  labelEntry,
  parseFacts,
  titleOf,
} from './catalog/index.js';
export { type CoreDeps, createCore } from './create-core.js';
export {
  type Confidence,
  createDetector,
  type DetectionRules,
  type Detector,
  type Finding,
  parseDetectionRules,
} from './detect/index.js';
export { CatalogError, ERROR_CODES } from './errors.js';
export { createTranslate, normalizeLocale, type Translate } from './i18n/index.js';
export {
  LOG_LEVELS,
  type LogFields,
  type Logger,
  type LogLevel,
  type SeenCount,
  type Settings,
  type Store,
} from './ports/index.js';
export type { Reply, ReplyAction, ReplyField, ReplyKind, ReplySection } from './reply/index.js';
export type {
  ChannelRef,
  CommandInput,
  Core,
  ExplainMessageInput,
  LookupAnswer,
  MessageDecision,
  MessageInput,
  Platform,
  ScanAnswer,
  SettingsInput,
  Suggestion,
  UserRef,
} from './types.js';
