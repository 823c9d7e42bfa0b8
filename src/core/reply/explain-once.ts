import type { CatalogEntry, Locale } from '../catalog/index.js';
import type { Translate } from '../i18n/index.js';
import { createAnswerCache } from './answer-cache.js';
import { type ExplainOptions, explainEntry } from './explain.js';
import type { Reply } from './model.js';

/** Explanations kept per entry: its locales and forms, and the hosts and ports of recent pastes. */
const KEPT_PER_ENTRY = 16;

const kept = new WeakMap<Translate, WeakMap<CatalogEntry, ReturnType<typeof createAnswerCache>>>();

/**
 * {@link explainEntry}, built once for the same entry, words, options and paste context, then
 * shared frozen. An explanation depends on nothing else, and an auto-reply to a pasted error
 * explains the same few errors again and again; renderers keep their rendering of what is frozen.
 * Explanations that say how a query read (`readings`) are built each time.
 */
export function explainEntryOnce(
  entry: CatalogEntry,
  locale: Locale,
  t: Translate,
  options: ExplainOptions = {},
): Reply {
  if (options.readings?.length) return explainEntry(entry, locale, t, options);
  let byEntry = kept.get(t);
  if (!byEntry) {
    byEntry = new WeakMap();
    kept.set(t, byEntry);
  }
  let cache = byEntry.get(entry);
  if (!cache) {
    cache = createAnswerCache(KEPT_PER_ENTRY);
    byEntry.set(entry, cache);
  }
  const key = `${locale}:${options.shareable === true}:${options.brief === true}:${JSON.stringify(options.context ?? {})}`;
  return cache(key, () => explainEntry(entry, locale, t, options));
}
