import type { Catalog, DetectionRules, LocalizedMessage, SavedTables, Translate } from '../../core/index.js';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { readDetectorTables } from './detector-tables.js';
import { loadCatalog } from './load-catalog.js';
import { loadDetectionRules, loadLocalizedMessages } from './load-detection-rules.js';
import { loadTranslations } from './load-translations.js';

/** Everything core is built from that lives in `data/`, read and validated. */
export interface CoreData {
  catalog: Catalog;
  rules: DetectionRules;
  translate: Translate;
  /** Windows' system messages in other languages, which explanations in those languages quote. */
  localized: readonly LocalizedMessage[];
  /** The detector's automata as `npm run build` saved them (read when the detector is built). */
  detectorTables: SavedTables;
}

/** Reads `data/` once; throws `CatalogError` naming the file, entry and field of the first problem. */
export function loadCoreData(dataDir: string = DEFAULT_DATA_DIR): CoreData {
  // The catalog first: a broken data folder names its problem before the rules'.
  const catalog = loadCatalog(dataDir);
  const rules = loadDetectionRules(dataDir);
  return {
    catalog,
    rules,
    localized: rules.localized,
    translate: loadTranslations(dataDir),
    detectorTables: readDetectorTables(),
  };
}

/**
 * The same data for a one-shot command (the CLI): the catalog and strings now; the detection rules,
 * the largest files, only when a scan or a query read as a log line builds the detector (read and
 * validated then, as every path that uses them does); Windows' localized messages, which an
 * explanation in zh-TW quotes, when the first one is built.
 */
export function loadCoreDataOnDemand(dataDir: string = DEFAULT_DATA_DIR): Omit<
  CoreData,
  'rules' | 'localized'
> & {
  rules: () => DetectionRules;
  localized: () => readonly LocalizedMessage[];
} {
  let rules: DetectionRules | undefined;
  return {
    catalog: loadCatalog(dataDir),
    rules: () => {
      rules ??= loadDetectionRules(dataDir);
      return rules;
    },
    // Read with the rules when a scan has read them already; else alone, not the larger files beside it.
    localized: () => rules?.localized ?? loadLocalizedMessages(dataDir),
    translate: loadTranslations(dataDir),
    detectorTables: readDetectorTables(),
  };
}
