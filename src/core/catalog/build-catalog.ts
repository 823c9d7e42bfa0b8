import { deepFreeze } from '../deep-freeze.js';
import { CatalogError } from '../errors.js';
import type { CatalogEntry, CatalogFacts, EntryText, Locale } from './types.js';
import { LOCALES } from './types.js';
import { validateEntryText, validateFacts } from './validate-entry.js';

/** The loaded, validated, frozen error catalog with its indexes. */
export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  /** By `id` (`"10054"`, `"EPIPE"`). */
  readonly byId: ReadonlyMap<string, CatalogEntry>;
  /** By any symbol (name or alias), upper-cased: `ECONNRESET`, `SOCKETERROR.CONNECTIONRESET`. */
  readonly bySymbol: ReadonlyMap<string, CatalogEntry>;
}

/** A parsed JSON data file and the name it is reported by in errors. */
export interface DataFile {
  file: string;
  json: Record<string, unknown>;
}

/** What the catalog is built from: `catalog.json` and every explanations file, per locale. */
export interface CatalogSource {
  facts: DataFile;
  explanations: Readonly<Record<Locale, readonly DataFile[]>>;
}

/** Validates the facts alone (`catalog.json`), without the explanations. */
export function parseFacts({ file, json }: DataFile): CatalogFacts[] {
  if (!Array.isArray(json.entries)) throw new CatalogError(`${file}: must have an "entries" array`);
  return json.entries.map((raw, i) => validateFacts(raw, `${file}: entries[${i}]`));
}

/** Merges one locale's explanation files into one map by id; an id explained twice is an error. */
function parseExplanations(files: readonly DataFile[], locale: Locale): Map<string, EntryText> {
  const texts = new Map<string, EntryText>();
  for (const { file, json } of files) {
    for (const [id, value] of Object.entries(json)) {
      if (texts.has(id)) throw new CatalogError(`${file}: entry "${id}" is explained twice for ${locale}`);
      texts.set(id, validateEntryText(value, `${file}: entry "${id}"`));
    }
  }
  return texts;
}

/**
 * Validates every entry and its explanations in every locale and builds the indexes.
 * Throws {@link CatalogError} on the first problem, naming the file, the entry and the field.
 */
export function buildCatalog(source: CatalogSource): Catalog {
  const catalogFile = source.facts.file;
  const facts = parseFacts(source.facts);
  const texts = new Map(
    LOCALES.map((locale) => [locale, parseExplanations(source.explanations[locale], locale)] as const),
  );

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
