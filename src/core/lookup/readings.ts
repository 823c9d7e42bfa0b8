import type { Catalog, CatalogEntry } from '../catalog/index.js';
import type { ParsedQuery } from './parse-query.js';

/** The Unix systems whose errno numbers the catalog records. */
const UNIXES = ['linux', 'macos', 'freebsd'] as const;
type Unix = (typeof UNIXES)[number];
const LIBUV_UNIX = { linux: 'libuvLinux', macos: 'libuvMacos', freebsd: 'libuvFreebsd' } as const;
const GAI = { linux: 'gaiGlibc', macos: 'gaiMacos', freebsd: 'gaiFreebsd' } as const;

/** One way a query matched an entry: which number space or name it was read in, on which platform. */
export type Reading =
  | { kind: 'winsock'; code: number }
  | { kind: 'hresult'; hresult: string }
  | { kind: Unix; number: number }
  | { kind: 'libuvWindows' | (typeof LIBUV_UNIX)[Unix]; number: number }
  /** libuv's getaddrinfo numbers (-3000…-3014) are the same on every OS. */
  | { kind: 'libuvEai'; number: number; name: string }
  | { kind: (typeof GAI)[Unix] | 'hErrno'; number: number }
  | { kind: 'symbol'; symbol: string }
  /** The POSIX errno of that name (`EPIPE`, or written as a constant: `errno.EPIPE`, `Errno::EPIPE`). */
  | { kind: 'posixName'; symbol: string }
  /** What Node reports on Windows for this Winsock code (`EPIPE` for 10058). */
  | { kind: 'nodeCode'; symbol: string; windows: number }
  | { kind: 'dotnet'; member: string }
  | { kind: 'python'; name: string }
  | { kind: 'text' }
  /** Found by scanning the query as a log line: the text that named it. */
  | { kind: 'found'; match: string };

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
    if (!found) this.byId.set(entry.id, { entry, readings: [reading] });
    else if (!found.readings.some((r) => JSON.stringify(r) === JSON.stringify(reading)))
      found.readings.push(reading);
  }
  toArray(): LookupMatch[] {
    return [...this.byId.values()];
  }
}

const eaiCache = new WeakMap<Catalog, ReadonlySet<number>>();
/** libuv's getaddrinfo numbers that the catalog knows, so they are never read as Windows-only. */
function eaiNumbers(catalog: Catalog): ReadonlySet<number> {
  let numbers = eaiCache.get(catalog);
  if (!numbers) {
    numbers = new Set(catalog.entries.flatMap((e) => e.resolver?.getaddrinfo?.libuv?.errno ?? []));
    eaiCache.set(catalog, numbers);
  }
  return numbers;
}

/**
 * Every reading of a number, as Microsoft's Err.exe shows them: the Winsock code, then the errno
 * on Linux, macOS and FreeBSD, libuv's values (Windows, each Unix, getaddrinfo), getaddrinfo's own
 * numbers and h_errno. 0 is no error and reads as nothing.
 */
export function readNumber(catalog: Catalog, value: number, hex: boolean): LookupMatch[] {
  const list = new MatchList();
  if (value === 0) return [];
  const winsock = catalog.byId.get(String(value));
  if (winsock && winsock.code !== null) list.add(winsock, { kind: 'winsock', code: value });
  // A hex query (0x2746) is a Windows code; errno numbers are never written in hex.
  if (hex) return list.toArray();
  for (const entry of catalog.entries) {
    for (const os of UNIXES) {
      if (value > 0 && entry.posix?.[os] === value) list.add(entry, { kind: os, number: value });
    }
  }
  const eai = eaiNumbers(catalog);
  for (const entry of catalog.entries) {
    const { libuv, resolver } = entry;
    const gai = resolver?.getaddrinfo;
    if (gai?.libuv?.errno === value) {
      list.add(entry, { kind: 'libuvEai', number: value, name: gai.name });
    }
    const onWindows = [libuv?.code === 'UNKNOWN' ? null : libuv?.windows, libuv?.getaddrinfo?.windows];
    if (value < 0 && !eai.has(value) && onWindows.includes(value)) {
      list.add(entry, { kind: 'libuvWindows', number: value });
    }
    for (const os of UNIXES) {
      if (value < 0 && entry.posix?.[os] === -value) list.add(entry, { kind: LIBUV_UNIX[os], number: value });
    }
    const gaiNumbers = { linux: gai?.glibc, macos: gai?.macos, freebsd: gai?.freebsd };
    for (const os of UNIXES) {
      // glibc's EAI values are negative, the BSDs' positive.
      if (gaiNumbers[os] === value && (os === 'linux') === value < 0)
        list.add(entry, { kind: GAI[os], number: value });
    }
    if (value > 0 && resolver?.hErrno?.value === value) list.add(entry, { kind: 'hErrno', number: value });
  }
  return list.toArray();
}

/**
 * Readings of a number as an errno: a Unix's, libuv's, and glibc's negative getaddrinfo codes
 * (Python's `[Errno -2]`); never a Win32 code below Winsock's (6, 995), h_errno, or the BSDs'
 * positive getaddrinfo codes (`errno 6` is ENXIO on Linux, not macOS's EAI_MEMORY).
 */
const ERRNO_KINDS = new Set<Reading['kind']>([
  'linux',
  'macos',
  'freebsd',
  'libuvWindows',
  'libuvLinux',
  'libuvMacos',
  'libuvFreebsd',
  'libuvEai',
  'gaiGlibc',
]);

/** Python on Windows puts a Winsock code in its errno (`[Errno 10054]`). */
const isErrno = (r: Reading) => ERRNO_KINDS.has(r.kind) || (r.kind === 'winsock' && r.code >= 10000);

/** A number's readings (`readNumber`) as an errno (`errno 13`, `[Errno 32]`, `os error 9`). */
export function asErrno(matches: readonly LookupMatch[]): LookupMatch[] {
  return matches
    .map((m) => ({ ...m, readings: m.readings.filter(isErrno) }))
    .filter((m) => m.readings.length > 0);
}

/** Entries named by an HRESULT (`0x80072746`). */
function readHresult(catalog: Catalog, hresult: string): LookupMatch[] {
  return catalog.entries
    .filter((e) => e.hresult === hresult)
    .map((entry) => ({ entry, readings: [{ kind: 'hresult', hresult }] }));
}

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
 * `posixOnly` (`errno.EPIPE`), only the POSIX errno of that name, when there is one.
 */
export function readSymbol(catalog: Catalog, symbol: string, posixOnly = false): LookupMatch[] {
  const upper = symbol.toUpperCase();
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
  return list.toArray();
}

/** Every entry a parsed code, number, HRESULT or symbol names. */
export function readExact(catalog: Catalog, parsed: ParsedQuery): LookupMatch[] {
  switch (parsed.kind) {
    case 'number': {
      const read = readNumber(catalog, parsed.value, parsed.hex);
      return parsed.errno ? asErrno(read) : read;
    }
    case 'hresult':
      return readHresult(catalog, parsed.hresult);
    case 'symbol':
      return readSymbol(catalog, parsed.symbol, parsed.posixOnly);
    case 'text':
      return readSymbol(catalog, parsed.text.replace(/\s+/g, '_'));
    case 'empty':
      return [];
  }
}
