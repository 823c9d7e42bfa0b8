import type { CatalogEntry } from './types.js';

/** `10054 WSAECONNRESET` or `EPIPE` for errors without a Winsock code. */
export function labelEntry(entry: CatalogEntry): string {
  return entry.code === null ? entry.name : `${entry.code} ${entry.name}`;
}

/** The short title of an entry: Microsoft's, else the POSIX or resolver text. */
export function titleOf(entry: CatalogEntry): string {
  const title =
    entry.title ??
    entry.posix?.strerror ??
    entry.resolver?.getaddrinfo?.message ??
    entry.systemMessage ??
    entry.name;
  return title.replace(/\.$/, '');
}
