import { LOCALES, type Locale } from '../catalog/index.js';
import { type AnswerDeps, answerQuery } from './answer-query.js';
import { explainEntry } from './explain.js';
import type { Reply } from './model.js';

/**
 * The whole explanation a button's value names (`en:10054`, as `explainEntry` writes it): what
 * "Share in channel" posts and what "More" shows. A value that is not a catalog id is answered
 * as a query, so a stale or edited button still gets a polite answer.
 */
export function explainButtonValue(
  deps: AnswerDeps,
  value: string,
  defaultLang: Locale,
  options: { shareable: boolean },
): { locale: Locale; build: () => Reply } {
  const [lang = '', ...rest] = String(value).split(':');
  const locale = LOCALES.find((l) => l === lang) ?? defaultLang;
  const id = rest.join(':');
  // The value names a catalog id: that entry's page, even where the id alone reads as a choice.
  const entry = deps.catalog.byId.get(id);
  return {
    locale,
    build: () =>
      entry ? explainEntry(entry, locale, deps.t, options) : answerQuery(deps, id, locale, options),
  };
}
