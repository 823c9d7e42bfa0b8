import { join } from 'node:path';
import { createTranslate, type DataFile, LOCALES, type Locale, type Translate } from '../../core/index.js';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { readDataFile } from './read-json.js';

/** Loads `data/i18n/<locale>.json` for every locale; throws `CatalogError` on a missing or odd string. */
export function loadTranslations(dataDir: string = DEFAULT_DATA_DIR): Translate {
  const files = Object.fromEntries(
    LOCALES.map((locale) => [locale, readDataFile(join(dataDir, 'i18n', `${locale}.json`))]),
  ) as Record<Locale, DataFile>;
  return createTranslate(files);
}
