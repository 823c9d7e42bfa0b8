import type { Locale } from '../catalog/index.js';
import { isContextKey } from './kept-context.js';

/**
 * The value of a Share or More button: what a press rebuilds the reply from. `en:10061` names the
 * language and the catalog entry; `en:10061:<key>` also the paste context kept under `key` (see
 * `kept-context.ts`). Without the key (or once it is forgotten) the entry alone still answers.
 */
export function writeButtonValue(locale: Locale, id: string, key?: string): string {
  return key ? `${locale}:${id}:${key}` : `${locale}:${id}`;
}

/** What a button's value names; a value core did not write still reads as a language and a query. */
export function readButtonValue(value: string): { lang: string; id: string; key?: string } {
  const [lang = '', ...rest] = String(value).split(':');
  const last = rest.at(-1) ?? '';
  if (rest.length >= 2 && isContextKey(last)) return { lang, id: rest.slice(0, -1).join(':'), key: last };
  return { lang, id: rest.join(':') };
}
