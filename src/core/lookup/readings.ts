import type { CatalogEntry } from '../catalog/index.js';

/** The Unix systems whose errno numbers the catalog records. */
export const UNIXES = ['linux', 'macos', 'freebsd'] as const;
type Unix = (typeof UNIXES)[number];
export const LIBUV_UNIX = { linux: 'libuvLinux', macos: 'libuvMacos', freebsd: 'libuvFreebsd' } as const;
export const GAI = { linux: 'gaiGlibc', macos: 'gaiMacos', freebsd: 'gaiFreebsd' } as const;

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
  /** A Java exception class (`java.net.ConnectException`) or a Rust `io::ErrorKind` (`AddrInUse`). */
  | { kind: 'java' | 'rust'; name: string }
  | { kind: 'text' }
  /** Found by scanning the query as a log line: the text that named it. */
  | { kind: 'found'; match: string };

/** An entry with every reading under which the query names it. */
export interface LookupMatch {
  entry: CatalogEntry;
  readings: Reading[];
}

/** Collects readings per entry, keeping first-seen order (the order of the number spaces). */
export class MatchList {
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
