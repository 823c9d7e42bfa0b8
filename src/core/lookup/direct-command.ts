import type { CatalogEntry } from '../catalog/index.js';
import type { LookupMatch } from './readings.js';

/**
 * The shortest way to ask for an entry that names it and nothing else: its code, its id or name,
 * its POSIX name as a constant (`errno.EPIPE`), or an alias; its id when none does. A choice or a
 * triage links with it, so following a link opens the error's own explanation, never the page it
 * came from (`EPIPE` alone also names 10058, which Node reports as EPIPE on Windows). Each entry's
 * is found on its own, when a reply first names it: finding every entry's at once took tens of
 * milliseconds of a server's start.
 */
export function directCommand(entry: CatalogEntry, exact: (query: string) => LookupMatch[]): string {
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
  return unique ?? entry.id;
}
