import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry, EntryText, ErrorFacts, Locale } from './catalog-types.js';
import { LOCALES } from './catalog-types.js';
import { readJsonObject } from './read-data-file.js';
import { CatalogError, validateEntryText, validateFacts } from './validate-entry.js';

export { CatalogError };

/** The loaded, validated, frozen error catalog with its indexes. */
export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  /** By `id` (`"10054"`, `"EPIPE"`). */
  readonly byId: ReadonlyMap<string, CatalogEntry>;
  /** By any symbol (name or alias), upper-cased: `ECONNRESET`, `SOCKETERROR.CONNECTIONRESET`. */
  readonly bySymbol: ReadonlyMap<string, CatalogEntry>;
}

/** Where the shipped data lives: `data/` at the package root (same path from `src/` and `dist/`). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads every `<dataDir>/explanations/<locale>/*.json` and merges them into one map by id. */
function readExplanations(dataDir: string, locale: Locale): Map<string, EntryText> {
  const dir = join(dataDir, 'explanations', locale);
  const texts = new Map<string, EntryText>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    throw new CatalogError(`${dir}: the ${locale} explanations folder is missing`);
  }
  for (const file of files.sort()) {
    const path = join(dir, file);
    for (const [id, value] of Object.entries(readJsonObject(path))) {
      if (texts.has(id)) throw new CatalogError(`${path}: entry "${id}" is explained twice for ${locale}`);
      texts.set(id, validateEntryText(value, `${path}: entry "${id}"`));
    }
  }
  return texts;
}

/** Loads and validates the facts alone (`catalog.json`), without the explanations. */
export function loadFacts(dataDir: string = DEFAULT_DATA_DIR): ErrorFacts[] {
  const catalogFile = join(dataDir, 'catalog.json');
  const json = readJsonObject(catalogFile);
  if (!Array.isArray(json.entries)) {
    throw new CatalogError(`${catalogFile}: must have an "entries" array`);
  }
  return json.entries.map((raw, i) => validateFacts(raw, `${catalogFile}: entries[${i}]`));
}

/**
 * Loads `catalog.json` and the explanations from `dataDir`, validates every entry and
 * builds the indexes. Throws {@link CatalogError} on the first problem.
 */
export function loadCatalog(dataDir: string = DEFAULT_DATA_DIR): Catalog {
  const catalogFile = join(dataDir, 'catalog.json');
  const facts = loadFacts(dataDir);
  const texts = new Map(LOCALES.map((locale) => [locale, readExplanations(dataDir, locale)] as const));

  const byId = new Map<string, CatalogEntry>();
  const bySymbol = new Map<string, CatalogEntry>();
  const entries = facts.map((fact) => {
    const where = `${catalogFile}: entry "${fact.id}"`;
    if (byId.has(fact.id)) throw new CatalogError(`${where}: field "id" is not unique`);
    const localized = {} as Record<Locale, EntryText>;
    for (const locale of LOCALES) {
      const text = texts.get(locale)?.get(fact.id);
      if (!text)
        throw new CatalogError(`${where}: has no ${locale} explanation in data/explanations/${locale}/`);
      localized[locale] = text;
    }
    const entry = deepFreeze({ ...fact, ...localized }) as CatalogEntry;
    byId.set(fact.id, entry);
    for (const symbol of new Set([fact.name, ...fact.aliases].map((s) => s.toUpperCase()))) {
      const other = bySymbol.get(symbol);
      if (other) throw new CatalogError(`${where}: symbol "${symbol}" is also used by entry "${other.id}"`);
      bySymbol.set(symbol, entry);
    }
    return entry;
  });
  for (const locale of LOCALES) {
    for (const id of texts.get(locale)?.keys() ?? []) {
      if (!byId.has(id))
        throw new CatalogError(`data/explanations/${locale}: entry "${id}" is not in the catalog`);
    }
  }
  return Object.freeze({ entries: Object.freeze(entries), byId, bySymbol });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
