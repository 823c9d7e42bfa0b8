import type { Locale } from '../catalog/index.js';
import { isContextKey } from './kept-context.js';

/**
 * The value of a Share or More button: what a press rebuilds the reply from. `en:10061` names the
 * language and the catalog entry; `en~<key>:10061` also the paste context kept under `key` (see
 * `kept-context.ts`). Without the key (or once it is forgotten) the entry alone still answers.
 * The key rides with the language, not after the id: an instance still running a version that
 * reads only `language:id` (a rolling deploy, a rollback) then explains the right error, in its
 * default language, rather than posting for everyone that `10061:<key>` is no error it knows.
 */
export function writeButtonValue(locale: Locale, id: string, key?: string): string {
  return key ? `${locale}~${key}:${id}` : `${locale}:${id}`;
}

/** What a button's value names; a value core did not write still reads as a language and a query. */
export function readButtonValue(value: string): { lang: string; id: string; key?: string } {
  const [head = '', ...rest] = String(value).split(':');
  const id = rest.join(':');
  const [lang = '', key = ''] = head.split('~');
  return isContextKey(key) ? { lang, id, key } : { lang: head, id };
}
