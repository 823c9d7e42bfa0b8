import type { CatalogEntry, Locale } from '../catalog/index.js';
import type { Translate } from '../i18n/index.js';
import { joinList } from '../i18n/index.js';

const dash = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(n));

/** libuv's err.errno on each platform: fixed on Windows, minus the errno on Unix (`-104` on Linux). */
function libuvNumbers(entry: CatalogEntry, windows: number, locale: Locale, t: Translate): string {
  const parts = [t(locale, 'platform.windows', { n: windows })];
  // On Unix libuv keeps the system's own code, which is this entry only if the names agree.
  if (entry.posix && entry.posix.name === entry.libuv?.code) {
    const { linux, macos, freebsd } = entry.posix;
    if (linux !== null) parts.push(t(locale, 'platform.linux', { n: -linux }));
    if (macos !== null && macos === freebsd) parts.push(t(locale, 'platform.bsd', { n: -macos }));
    else {
      if (macos !== null) parts.push(t(locale, 'platform.macos', { n: -macos }));
      if (freebsd !== null) parts.push(t(locale, 'platform.freebsd', { n: -freebsd }));
    }
  }
  return joinList(locale, parts, t);
}

/** How Node reports the error: from a DNS look-up (same number everywhere) and from other calls. */
function nodeLines(entry: CatalogEntry, locale: Locale, t: Translate): string[] {
  const { libuv } = entry;
  const dns = entry.resolver?.getaddrinfo?.libuv;
  const lines: string[] = [];
  if (dns) {
    lines.push(t(locale, 'explain.nodeDns', { code: dns.code, errno: dns.errno }));
    const onWindows = libuv?.getaddrinfo;
    if (onWindows && onWindows.code !== dns.code && onWindows.code !== 'UNKNOWN') {
      lines.push(t(locale, 'explain.nodeDnsWindows', { code: onWindows.code, windows: onWindows.windows }));
    }
  }
  if (libuv && libuv.code !== 'UNKNOWN' && libuv.windows !== dns?.errno) {
    const numbers = libuvNumbers(entry, libuv.windows, locale, t);
    const key = dns && libuv.code !== dns.code ? 'explain.nodeOther' : 'explain.node';
    lines.push(t(locale, key, { code: libuv.code, numbers }));
  }
  return lines;
}

/**
 * Every other name the error goes by, one line per platform, as the runtimes really report it
 * (a failed look-up is `UnknownHostException` in Java and `socket.gaierror` in Python).
 */
export function listOtherNames(entry: CatalogEntry, locale: Locale, t: Translate): string[] {
  const lines: string[] = [];
  const { posix, libuv, resolver } = entry;
  // Shown for an entry named after it too (EPIPE, EAI_SYSTEM): the numbers are nowhere else.
  if (posix) {
    const { name, linux, macos, freebsd } = posix;
    lines.push(
      t(locale, 'explain.posix', { name, linux: dash(linux), macos: dash(macos), freebsd: dash(freebsd) }),
    );
  }
  const gai = resolver?.getaddrinfo;
  if (gai) {
    lines.push(
      t(locale, 'explain.getaddrinfo', {
        name: gai.name,
        glibc: dash(gai.glibc),
        macos: dash(gai.macos),
        freebsd: dash(gai.freebsd),
        message: gai.message ?? '–',
      }),
    );
  }
  lines.push(...nodeLines(entry, locale, t));
  if (entry.dotnet) lines.push(t(locale, 'explain.dotnet', { member: entry.dotnet }));
  if (entry.python && entry.python !== 'OSError')
    lines.push(t(locale, 'explain.python', { name: entry.python }));
  if (entry.java) {
    const { exception, message } = entry.java;
    lines.push(
      message === null
        ? t(locale, 'explain.javaHost', { exception })
        : t(locale, 'explain.java', { exception, message }),
    );
  }
  if (entry.hresult) lines.push(t(locale, 'explain.hresult', { hresult: entry.hresult }));
  const shown = new Set([posix?.name, gai?.name, libuv?.code, libuv?.getaddrinfo?.code, gai?.libuv?.code]);
  const symbols = entry.aliases.filter((a) => !shown.has(a) && !a.startsWith('SocketError.'));
  if (symbols.length > 0)
    lines.push(
      joinList(
        locale,
        symbols.map((s) => `\`${s}\``),
        t,
      ),
    );
  return lines;
}
