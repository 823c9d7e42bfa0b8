import type { ErrorFacts } from '../catalog/index.js';
import type { Confidence } from './finding.js';
import type { ContextRule } from './hit.js';
import type { ContextRules } from './rules.js';

/**
 * What the fact tables ask of the facts and the context rules while they are built, and what
 * detection asks of them as it reads: which of several ids to prefer, what context does to an
 * entry's readings, and an entry's confidence cap. Cheap to make (a few maps of the entries), so a
 * detector whose tables a build saved makes these again rather than saving them.
 */
export interface FactHelpers {
  byId: ReadonlyMap<string, ErrorFacts>;
  prefer(ids: Iterable<string>): string[];
  /** What context does to the POSIX readings of this entry (EINVAL, EPIPE need a socket word). */
  contextRule(id: string): ContextRule;
  /** Does this entry's generic text need a socket word near? */
  needsContext(id: string): boolean;
  /** The context rule of a symbol's or an entry's names. */
  ruleFor(names: string[]): ContextRule;
  cap(id: string): Confidence | undefined;
  /** The entry's own symbols: its name, aliases and POSIX name. */
  ownSymbols(f: ErrorFacts): ReadonlySet<string>;
  /** Is the libuv code the entry carries one of its own symbols? */
  ownsLibuvCode(f: ErrorFacts): boolean;
  /** The rule of a text that needs a socket word near (`needsContext`), and of one that needs nothing. */
  REQUIRED: ContextRule;
  NONE: ContextRule;
}

export function createFactHelpers(facts: readonly ErrorFacts[], rules: ContextRules): FactHelpers {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const order = new Map(facts.map((f, i) => [f.id, i]));
  // Asked several times per entry: made once per entry.
  const symbolsOf = new Map(
    facts.map((f) => [f, new Set([f.name, ...f.aliases, ...(f.posix ? [f.posix.name] : [])])] as const),
  );
  const ownSymbols = (f: ErrorFacts) => symbolsOf.get(f) as ReadonlySet<string>;
  // Asked at every comparison of `prefer` (thousands at start-up): known once per entry.
  const ownsLibuv = new Map(
    facts.map((f) => [f, f.libuv !== null && ownSymbols(f).has(f.libuv.code)] as const),
  );
  const ownsLibuvCode = (f: ErrorFacts) => ownsLibuv.get(f) as boolean;
  const prefer = (ids: Iterable<string>): string[] =>
    [...new Set(ids)].sort((a, b) => {
      const fa = byId.get(a) as ErrorFacts;
      const fb = byId.get(b) as ErrorFacts;
      const own = Number(ownsLibuvCode(fb)) - Number(ownsLibuvCode(fa));
      return own !== 0 ? own : (order.get(a) as number) - (order.get(b) as number);
    });
  const required = new Set(rules.contextRequired);
  const fileSensitive = new Set(rules.fileSensitive);
  const REQUIRED: ContextRule = { requireSocket: true, dropOnFile: true };
  const FILE: ContextRule = { dropOnFile: true };
  const NONE: ContextRule = {};
  const ruleFor = (names: string[]): ContextRule =>
    names.some((n) => required.has(n)) ? REQUIRED : names.some((n) => fileSensitive.has(n)) ? FILE : NONE;
  // Asked for every mention that waits on its context (thousands in a log): known once per entry.
  const ruleById = new Map(
    facts.map((f) => [f.id, ruleFor([f.name, ...(f.posix ? [f.posix.name] : [])])] as const),
  );
  const contextRule = (id: string): ContextRule => ruleById.get(id) ?? NONE;
  return {
    byId,
    prefer,
    contextRule,
    needsContext: (id) => contextRule(id) === REQUIRED,
    ruleFor,
    cap: (id) => rules.confidenceCaps[id],
    ownSymbols,
    ownsLibuvCode,
    REQUIRED,
    NONE,
  };
}
