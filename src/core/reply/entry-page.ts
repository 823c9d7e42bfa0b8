import { LOCALES, type Locale } from '../catalog/index.js';
import { type AnswerDeps, answerQuery } from './answer-query.js';
import { readButtonValue } from './button-value.js';
import { explainEntry } from './explain.js';
import type { Reply } from './model.js';
import type { PasteContext } from './placeholders.js';

/**
 * The whole explanation a button's value names (`en:10054`, as `explainEntry` writes it): what
 * "Share in channel" posts and what "More" shows. `key` names the paste context the reply was
 * built with (kept in the store); `build` fills the checks with it, or shows placeholders when it
 * is gone. A value that is not a catalog id is answered as a query, so a stale or edited button
 * still gets a polite answer.
 */
export function explainButtonValue(
  deps: AnswerDeps,
  value: string,
  defaultLang: Locale,
  options: { shareable: boolean },
): { locale: Locale; key: string | undefined; build: (context?: PasteContext) => Reply } {
  const { lang, id, key } = readButtonValue(value);
  const locale = LOCALES.find((l) => l === lang) ?? defaultLang;
  // The value names a catalog id: that entry's page, even where the id alone reads as a choice.
  const entry = deps.catalog.byId.get(id);
  return {
    locale,
    key: entry ? key : undefined,
    build: (context) =>
      entry
        ? explainEntry(entry, locale, deps.t, {
            ...options,
            windowsTexts: deps.windowsTexts,
            ...(context ? { context, digest: deps.hashText } : {}),
          })
        : answerQuery(deps, id, locale, options),
  };
}
