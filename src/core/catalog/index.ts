/** The error catalog: its data model, validation and indexes, and how an entry is named. */
export {
  buildCatalog,
  type Catalog,
  type DataFile,
  parseFacts,
} from './build-catalog.js';
export { labelEntry, titleOf } from './label.js';
export {
  type CatalogEntry,
  type EntryText,
  type ErrorFacts,
  LOCALES,
  type Locale,
  type Retryable,
  type Situation,
} from './types.js';
