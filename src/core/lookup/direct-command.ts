import type { Catalog } from '../catalog/index.js';
import type { LookupMatch } from './readings.js';

/**
 * For every entry, the shortest way to ask for it that names it and nothing else: its code, its id
 * or name, its POSIX name as a constant (`errno.EPIPE`), or an alias. A choice or a triage links
 * with these, so following a link opens the error's own explanation, never the page it came from
 * (`EPIPE` alone also names 10058, which Node reports as EPIPE on Windows).
 */
export function commandsFor(catalog: Catalog, exact: (query: string) => LookupMatch[]): Map<string, string> {
  const commands = new Map<string, string>();
  for (const entry of catalog.entries) {
    const candidates = [
      entry.code === null ? null : String(entry.code),
      entry.id,
      entry.name,
      entry.posix ? `errno.${entry.posix.name}` : null,
      ...entry.aliases,
    ].filter((c): c is string => c !== null);
    const unique = candidates.find((c) => {
      const matches = exact(c);
      return matches.length === 1 && matches[0]?.entry.id === entry.id;
    });
    if (unique) commands.set(entry.id, unique);
  }
  return commands;
}
