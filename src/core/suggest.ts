import { COMMON_ERROR_IDS } from './common-errors.js';
import type { CoreContext } from './core-context.js';
import type { Suggestion } from './core-types.js';
import { labelEntry, titleOf } from './explain.js';

/** Discord's limits on autocomplete: 25 choices, 100 characters per name and value. */
const MAX_CHOICES = 25;
const MAX_LENGTH = 100;

function choice(ctx: CoreContext, id: string): Suggestion | null {
  const entry = ctx.catalog.byId.get(id);
  if (!entry) return null;
  const name = `${labelEntry(entry)} — ${titleOf(entry)}`;
  return { name: name.length > MAX_LENGTH ? `${name.slice(0, MAX_LENGTH - 1)}…` : name, value: entry.id };
}

/**
 * Autocomplete choices for a partial query, ranked like look-up: exact readings first, then
 * codes and symbols that start with or contain what was typed, then text matches.
 */
export function suggestEntries(ctx: CoreContext, query: string): Suggestion[] {
  const typed = query.trim().slice(0, MAX_LENGTH);
  const ids: string[] = [];
  if (typed === '') ids.push(...COMMON_ERROR_IDS);
  else {
    const result = ctx.lookup(typed);
    if (result.kind === 'exact' || result.kind === 'text') ids.push(...result.matches.map((m) => m.entry.id));
    const upper = typed.toUpperCase().replace(/^#/, '');
    const symbolHits = (test: (s: string) => boolean) =>
      ctx.catalog.entries
        .filter((e) => [e.id, e.name, ...e.aliases].some((s) => test(s.toUpperCase())))
        .map((e) => e.id);
    ids.push(...symbolHits((s) => s.startsWith(upper)));
    if (upper.length >= 3) ids.push(...symbolHits((s) => s.includes(upper)));
    if (result.kind === 'none') ids.push(...result.suggestions.map((m) => m.entry.id));
  }
  return [...new Set(ids)]
    .map((id) => choice(ctx, id))
    .filter((c): c is Suggestion => c !== null)
    .slice(0, MAX_CHOICES);
}
