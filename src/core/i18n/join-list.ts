import type { Locale } from '../catalog/index.js';
import type { Translate } from './translate.js';

/**
 * Joins items the way the locale writes a list: `a, b and c` in English, 「a、b 與 c」 in Chinese
 * (the enumeration comma 、, never a chain of 與). `and: false` only separates: `a, b, c` / 「a、b、c」.
 */
export function joinList(locale: Locale, items: readonly string[], t: Translate, and = false): string {
  const separator = t(locale, 'list.separator');
  if (!and || items.length < 2) return items.join(separator);
  return `${items.slice(0, -1).join(separator)}${t(locale, 'list.and')}${items.at(-1)}`;
}
