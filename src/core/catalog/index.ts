/** The error catalog: its data model, validation and indexes, and how an entry is named. */
export {
  buildCatalog,
  type Catalog,
  type CatalogSource,
  type DataFile,
  parseFacts,
} from './build-catalog.js';
export { GROUP_OF, rankCategory } from './categories.js';
export { labelEntry, titleOf } from './label.js';
export {
  CATEGORIES,
  type CatalogEntry,
  type Category,
  type EntryText,
  type ErrorFacts,
  LOCALES,
  type Locale,
} from './types.js';
