import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from './catalog.js';
import { LOCALES, type Locale } from './catalog-types.js';
import { readJsonObject } from './read-data-file.js';
import { CatalogError } from './validate-entry.js';

export type TranslateVars = Record<string, string | number>;

/** Looks up an interface string in a locale and fills its `{placeholders}`. */
export type Translate = (locale: Locale, key: string, vars?: TranslateVars) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string).sort();
}

/**
 * Loads `data/i18n/<locale>.json` for every locale and checks that they have the same keys and
 * the same placeholders, so a missing translation fails at start-up, not in front of a user.
 */
export function loadTranslations(dataDir: string = DEFAULT_DATA_DIR): Translate {
  const tables = new Map<Locale, Record<string, string>>();
  for (const locale of LOCALES) {
    const file = join(dataDir, 'i18n', `${locale}.json`);
    const table = readJsonObject(file);
    for (const [key, value] of Object.entries(table)) {
      if (typeof value !== 'string') throw new CatalogError(`${file}: key "${key}" must be a string`);
    }
    tables.set(locale, table as Record<string, string>);
  }
  const reference = tables.get(LOCALES[0]) as Record<string, string>;
  for (const [locale, table] of tables) {
    const file = join(dataDir, 'i18n', `${locale}.json`);
    for (const key of new Set([...Object.keys(reference), ...Object.keys(table)])) {
      const ours = table[key];
      const theirs = reference[key];
      if (ours === undefined || theirs === undefined) {
        throw new CatalogError(
          `${file}: key "${key}" is missing in ${ours === undefined ? locale : LOCALES[0]}`,
        );
      }
      if (placeholders(ours).join() !== placeholders(theirs).join()) {
        throw new CatalogError(`${file}: key "${key}" has placeholders that differ from ${LOCALES[0]}`);
      }
    }
  }
  return (locale, key, vars = {}) => {
    const template = tables.get(locale)?.[key] ?? reference[key];
    if (template === undefined) throw new Error(`i18n: unknown key "${key}"`);
    return template.replace(PLACEHOLDER, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}
