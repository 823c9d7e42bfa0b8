import type { Catalog, CatalogEntry } from '../catalog/index.js';

/** One way a query matched an entry: which number space or name it was read in. */
export type Reading =
  | { kind: 'winsock'; code: number }
  | { kind: 'hresult'; hresult: string }
  | { kind: 'linux' | 'macos' | 'freebsd'; number: number }
  | { kind: 'libuvWindows' | 'libuvUnix'; number: number }
  | { kind: 'gaiGlibc' | 'gaiBsd' | 'hErrno'; number: number }
  | { kind: 'symbol'; symbol: string }
  | { kind: 'dotnet'; member: string }
  | { kind: 'python'; name: string }
  | { kind: 'text' };

/** An entry with every reading under which the query names it. */
export interface LookupMatch {
  entry: CatalogEntry;
  readings: Reading[];
}

/** Collects readings per entry, keeping first-seen order (the order of the number spaces). */
class MatchList {
  private readonly byId = new Map<string, LookupMatch>();
  add(entry: CatalogEntry, reading: Reading): void {
    const found = this.byId.get(entry.id);
    if (found) found.readings.push(reading);
    else this.byId.set(entry.id, { entry, readings: [reading] });
  }
  toArray(): LookupMatch[] {
    return [...this.byId.values()];
  }
}

/**
 * Every reading of a number, as Microsoft's Err.exe shows them: the Winsock code, then the
 * errno on Linux, macOS and FreeBSD, libuv's values, getaddrinfo and h_errno.
 */
export function readNumber(catalog: Catalog, value: number, hex: boolean): LookupMatch[] {
  const list = new MatchList();
  const winsock = catalog.byId.get(String(value));
  if (winsock && winsock.code !== null) list.add(winsock, { kind: 'winsock', code: value });
  // A hex query (0x2746) is a Windows code; errno numbers are never written in hex.
  if (hex) return list.toArray();
  for (const entry of catalog.entries) {
    const posix = entry.posix;
    if (posix?.linux === value && value > 0) list.add(entry, { kind: 'linux', number: value });
    if (posix?.macos === value && value > 0) list.add(entry, { kind: 'macos', number: value });
    if (posix?.freebsd === value && value > 0) list.add(entry, { kind: 'freebsd', number: value });
  }
  for (const entry of catalog.entries) {
    const uv = entry.libuv;
    if (value < 0 && (uv?.windows === value || uv?.getaddrinfo?.windows === value) && uv.code !== 'UNKNOWN') {
      list.add(entry, { kind: 'libuvWindows', number: value });
    }
    if (value < 0 && entry.posix?.linux === -value) list.add(entry, { kind: 'libuvUnix', number: value });
    const gai = entry.resolver?.getaddrinfo;
    if (gai && value < 0 && gai.glibc === value) list.add(entry, { kind: 'gaiGlibc', number: value });
    if (gai && value > 0 && (gai.macos === value || gai.freebsd === value)) {
      list.add(entry, { kind: 'gaiBsd', number: value });
    }
    if (value > 0 && entry.resolver?.hErrno?.value === value)
      list.add(entry, { kind: 'hErrno', number: value });
  }
  return list.toArray();
}

/** Entries named by an HRESULT (`0x80072746`). */
export function readHresult(catalog: Catalog, hresult: string): LookupMatch[] {
  return catalog.entries
    .filter((e) => e.hresult === hresult)
    .map((entry) => ({
      entry,
      readings: [{ kind: 'hresult', hresult }],
    }));
}

/**
 * Entries named by a symbol in any case: a name or alias first, then Node's `err.code`,
 * a .NET `SocketError` member or a Python exception class (which may name several errors).
 */
export function readSymbol(catalog: Catalog, symbol: string): LookupMatch[] {
  const upper = symbol.toUpperCase();
  const list = new MatchList();
  const named = catalog.bySymbol.get(upper) ?? catalog.bySymbol.get(`SOCKETERROR.${upper}`);
  if (named) list.add(named, { kind: 'symbol', symbol: upper });
  for (const entry of catalog.entries) {
    const uv = entry.libuv;
    if (
      uv &&
      uv.code !== 'UNKNOWN' &&
      (uv.code === upper || uv.getaddrinfo?.code === upper) &&
      entry !== named
    ) {
      list.add(entry, { kind: 'symbol', symbol: upper });
    }
    if (entry.dotnet?.toUpperCase() === upper) list.add(entry, { kind: 'dotnet', member: entry.dotnet });
    if (entry.python?.toUpperCase() === upper && entry.python !== 'OSError') {
      list.add(entry, { kind: 'python', name: entry.python });
    }
  }
  return list.toArray();
}
