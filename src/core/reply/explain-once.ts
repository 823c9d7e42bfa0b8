import type { CatalogEntry, Locale } from '../catalog/index.js';
import type { Translate } from '../i18n/index.js';
import type { AnswerCache } from './answer-cache.js';
import { type ExplainOptions, explainEntry } from './explain.js';
import type { Reply } from './model.js';

/**
 * {@link explainEntry}, kept in `answers` (the core's cache) under its entry, locale, form and the
 * paste's context, so an auto-reply to an error pasted again is not built again; shared frozen.
 * Explanations that say how a query read (`readings`) are built each time, as they are without a cache.
 */
export function explainEntryOnce(
  answers: AnswerCache | undefined,
  entry: CatalogEntry,
  locale: Locale,
  t: Translate,
  options: ExplainOptions = {},
): Reply {
  const build = () => explainEntry(entry, locale, t, options);
  if (!answers || options.readings?.length) return build();
  const form = `${options.shareable === true}:${options.brief === true}:${options.digest !== undefined}`;
  return answers(`explain:${entry.id}:${locale}:${form}:${JSON.stringify(options.context ?? {})}`, build);
}
