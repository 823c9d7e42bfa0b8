import type { Catalog } from '../catalog/index.js';
import { labelEntry, titleOf } from '../catalog/index.js';
import { COMMON_ERROR_IDS } from './commonness.js';
import { type Lookup, MAX_QUERY_LENGTH } from './create-lookup.js';

/** One autocomplete choice; adapters cut the list and the texts to their platform's limits. */
export interface Suggestion {
  name: string;
  value: string;
}

/** What suggestions are ranked with. */
interface SuggestDeps {
  catalog: Catalog;
  lookup: Lookup;
}

/**
 * An entry as a choice. Its value is what is sent as the query when it is picked: the query that
 * opens this entry alone (`errno.EPIPE`), as its id may name several (`EPIPE` is also 10058).
 */
function choice(ctx: SuggestDeps, id: string): Suggestion | null {
  const entry = ctx.catalog.byId.get(id);
  return entry
    ? { name: `${labelEntry(entry)} — ${titleOf(entry)}`, value: ctx.lookup.commandFor(entry) }
    : null;
}

/**
 * Autocomplete choices for a partial query, ranked like look-up: exact readings first, then
 * codes and symbols that start with or contain what was typed, then text matches. The whole
 * ranked list: each adapter keeps as many, as long, as its platform shows.
 */
export function suggestEntries(ctx: SuggestDeps, query: string): Suggestion[] {
  const typed = query.trim().slice(0, MAX_QUERY_LENGTH);
  const ids: string[] = [];
  if (typed === '') ids.push(...COMMON_ERROR_IDS);
  else {
    const result = ctx.lookup(typed);
    if ('matches' in result) ids.push(...result.matches.map((m) => m.entry.id));
    const upper = typed.toUpperCase().replace(/^#/, '');
    const symbolHits = (test: (s: string) => boolean) =>
      ctx.catalog.entries
        // An HRESULT is typed digit by digit too (`0x8007274…`).
        .filter((e) =>
          [e.id, e.name, ...e.aliases, e.hresult ?? ''].some((s) => s !== '' && test(s.toUpperCase())),
        )
        .map((e) => e.id);
    ids.push(...symbolHits((s) => s.startsWith(upper)));
    if (upper.length >= 3) ids.push(...symbolHits((s) => s.includes(upper)));
    if (result.kind === 'none') ids.push(...result.suggestions.map((m) => m.entry.id));
  }
  return [...new Set(ids)].map((id) => choice(ctx, id)).filter((c): c is Suggestion => c !== null);
}
