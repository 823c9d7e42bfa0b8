import type { Catalog } from '../catalog/index.js';
import { GAI, LIBUV_UNIX, type LookupMatch, MatchList, type Reading, UNIXES } from './readings.js';

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
