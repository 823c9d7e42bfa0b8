import type { DataFile } from '../catalog/index.js';
import { LOCALES, type Locale } from '../catalog/index.js';
import { CatalogError } from '../errors.js';

type TranslateVars = Record<string, string | number>;

/** Looks up an interface string in a locale and fills its `{placeholders}`. */
export type Translate = (locale: Locale, key: string, vars?: TranslateVars) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string).sort();
}

/**
 * Builds the translator from one table per locale (`data/i18n/<locale>.json`) and checks that the
 * tables have the same keys and the same placeholders, so a missing translation fails at start-up,
 * not in front of a user.
 */
export function createTranslate(files: Readonly<Record<Locale, DataFile>>): Translate {
  const tables = new Map<Locale, Record<string, string>>();
  for (const locale of LOCALES) {
    const { file, json } = files[locale];
    for (const [key, value] of Object.entries(json)) {
      if (typeof value !== 'string') throw new CatalogError(`${file}: key "${key}" must be a string`);
    }
    tables.set(locale, json as Record<string, string>);
  }
  const reference = tables.get(LOCALES[0]) as Record<string, string>;
  for (const [locale, table] of tables) {
    const { file } = files[locale];
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
  // Each template is split at its placeholders once, here, not on every reply.
  const compiled = new Map<Locale, Map<string, Template>>(
    LOCALES.map((locale) => [
      locale,
      new Map(Object.entries({ ...reference, ...tables.get(locale) }).map(([k, v]) => [k, compile(v)])),
    ]),
  );
  return (locale, key, vars = {}) => {
    const template = compiled.get(locale)?.get(key) ?? compiled.get(LOCALES[0])?.get(key);
    if (template === undefined) throw new Error(`i18n: unknown key "${key}"`);
    if (typeof template === 'string') return template;
    let out = template[0] ?? '';
    for (let i = 1; i < template.length; i += 2) {
      const name = template[i] as string;
      out += (name in vars ? String(vars[name]) : `{${name}}`) + (template[i + 1] ?? '');
    }
    return out;
  };
}

/** A template without placeholders as is; else its text between placeholders, with their names at odd places. */
type Template = string | string[];

function compile(text: string): Template {
  const parts = text.split(PLACEHOLDER);
  return parts.length === 1 ? text : parts;
}
