import { loadFacts } from '../../src/infra/data/index.js';

/** Every symbol the catalog names (primary names and aliases), longest first. */
export function catalogSymbols(): string[] {
  const facts = loadFacts();
  return [...new Set(facts.flatMap((f) => [f.name, ...f.aliases]))].sort((a, b) => b.length - a.length);
}

/**
 * One alternation of the symbols: the floor any regex-based detector pays. Escaped with
 * backslashes only, which reads the same as a JavaScript RegExp and as a POSIX ERE (`grep -E`).
 */
export function symbolAlternation(symbols: readonly string[]): string {
  return symbols.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The catalog's primary name of one id (`10053` → `WSAECONNABORTED`): what a reply must show. */
export function catalogName(id: string): string {
  const entry = loadFacts().find((f) => f.id === id);
  if (!entry) throw new Error(`the catalog has no entry ${id}`);
  return entry.name;
}
