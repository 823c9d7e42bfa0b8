/** Reading the shipped data files (`data/`): the catalog, detection rules and interface strings. */
export { DEFAULT_DATA_DIR } from './data-dir.js';
export { readDetectorTables, writeDetectorTables } from './detector-tables.js';
export { loadCatalog, loadFacts } from './load-catalog.js';
export { type CoreData, loadCoreData, loadCoreDataOnDemand } from './load-core-data.js';
export { loadDetectionRules } from './load-detection-rules.js';
export { loadTranslations } from './load-translations.js';
export { PACKAGE_ROOT } from './package-root.js';
