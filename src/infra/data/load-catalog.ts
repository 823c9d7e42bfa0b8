import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCatalog,
  type Catalog,
  CatalogError,
  type DataFile,
  type ErrorFacts,
  LOCALES,
  type Locale,
  parseFacts,
} from '../../core/index.js';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { readDataFile } from './read-json.js';

/** Reads every `<dataDir>/explanations/<locale>/*.json`, in name order. */
function readExplanationFiles(dataDir: string, locale: Locale): DataFile[] {
  const dir = join(dataDir, 'explanations', locale);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    throw new CatalogError(`${dir}: the ${locale} explanations folder is missing`);
  }
  return files.sort().map((file) => readDataFile(join(dir, file)));
}

/** Loads and validates the facts alone (`catalog.json`), without the explanations. */
export function loadFacts(dataDir: string = DEFAULT_DATA_DIR): ErrorFacts[] {
  return parseFacts(readDataFile(join(dataDir, 'catalog.json')));
}

/**
 * Loads `catalog.json` and the explanations from `dataDir` and builds the catalog.
 * Throws `CatalogError` on the first problem.
 */
export function loadCatalog(dataDir: string = DEFAULT_DATA_DIR): Catalog {
  const facts = readDataFile(join(dataDir, 'catalog.json'));
  const explanations = Object.fromEntries(
    LOCALES.map((locale) => [locale, readExplanationFiles(dataDir, locale)]),
  ) as Record<Locale, DataFile[]>;
  return buildCatalog({ facts, explanations });
}
