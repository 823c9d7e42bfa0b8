import type { Catalog, CatalogEntry } from '../catalog/index.js';
import { commonness } from './commonness.js';
import { type LookupMatch, MatchList, type Reading } from './readings.js';

/**
 * How a name or alias of `entry` (upper-cased in `key`) was read: a .NET `SocketError` member as
 * .NET's, anything else as the catalog spells it (`SocketError.TimedOut`, not `SOCKETERROR.TIMEDOUT`).
 */
function namedReading(entry: CatalogEntry, key: string): Reading {
  if (entry.posix?.name === key) return { kind: 'posixName', symbol: key };
  const spelled = [entry.name, ...entry.aliases].find((s) => s.toUpperCase() === key) ?? key;
  if (entry.dotnet && spelled === `SocketError.${entry.dotnet}`)
    return { kind: 'dotnet', member: entry.dotnet };
  return { kind: 'symbol', symbol: spelled };
}

/**
 * Entries named by a symbol in any case: a name or alias first, then Node's `err.code`, a .NET
 * `SocketError` member or a Python exception class (which may name several errors). With
 * `posixOnly` (`errno.EPIPE`), only the POSIX errno of that name, when there is one; with
 * `rustOnly` (`ErrorKind::AddrInUse`), only the Rust `io::ErrorKind` of that name. A Rust kind
 * not so written counts where nothing else does (`AddrInUse`; `TimedOut` is .NET's 10060).
 */
export function readSymbol(
  catalog: Catalog,
  symbol: string,
  posixOnly = false,
  rustOnly = false,
): LookupMatch[] {
  const upper = symbol.toUpperCase();
  const rust = readRustKind(catalog, upper);
  if (rustOnly && rust.length > 0) return rust;
  const list = new MatchList();
  if (posixOnly) {
    for (const entry of catalog.entries) {
      if (entry.posix?.name === upper) list.add(entry, { kind: 'posixName', symbol: upper });
    }
    if (list.toArray().length > 0) return list.toArray();
  }
  const key = catalog.bySymbol.has(upper) ? upper : `SOCKETERROR.${upper}`;
  const named = catalog.bySymbol.get(key);
  if (named) list.add(named, namedReading(named, key));
  for (const entry of catalog.entries) {
    const uv = entry.libuv;
    for (const node of [uv?.code === 'UNKNOWN' ? null : uv, uv?.getaddrinfo]) {
      if (node?.code === upper && entry !== named) {
        list.add(entry, { kind: 'nodeCode', symbol: upper, windows: node.windows });
      }
    }
    if (entry.dotnet?.toUpperCase() === upper) list.add(entry, { kind: 'dotnet', member: entry.dotnet });
    if (entry.python?.replace(/^socket\./, '').toUpperCase() === upper && entry.python !== 'OSError') {
      list.add(entry, { kind: 'python', name: entry.python });
    }
  }
  const read = list.toArray();
  return read.length > 0 ? read : rust;
}

/** Entries a Rust `io::ErrorKind` (upper-cased) names, the everyday error first; never `Uncategorized`. */
function readRustKind(catalog: Catalog, upper: string): LookupMatch[] {
  return catalog.entries
    .filter((e) => e.rust !== null && e.rust !== 'Uncategorized' && e.rust.toUpperCase() === upper)
    .sort((a, b) => commonness(a.id) - commonness(b.id))
    .map((entry) => ({ entry, readings: [{ kind: 'rust', name: entry.rust as string }] }));
}
