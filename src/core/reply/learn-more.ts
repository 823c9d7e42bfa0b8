import type { CatalogEntry, Locale } from '../catalog/index.js';

/** Microsoft Learn's path segment for each locale (Learn serves the same page translated). */
const LEARN_LOCALE = { en: 'en-us', 'zh-TW': 'zh-tw' } as const satisfies Record<Locale, string>;

/** Codes in winerror.h and on "System Error Codes (9000-11999)" but not on the Winsock page. */
const NOT_ON_WINSOCK_PAGE = new Set([11032, 11033]);

/**
 * Where the platform documents the error: Microsoft's "Windows Sockets Error Codes" page (with the
 * code's own anchor) for Winsock codes, the Linux man pages for POSIX errno and getaddrinfo errors.
 */
export function learnMoreUrl(entry: CatalogEntry, locale: Locale): string {
  const learn = `https://learn.microsoft.com/${LEARN_LOCALE[locale]}/windows/win32`;
  if (entry.code !== null) {
    if (NOT_ON_WINSOCK_PAGE.has(entry.code)) return `${learn}/debug/system-error-codes--9000-11999-`;
    return `${learn}/winsock/windows-sockets-error-codes-2#${entry.name.toLowerCase()}`;
  }
  if (entry.posix) return 'https://man7.org/linux/man-pages/man3/errno.3.html';
  return 'https://man7.org/linux/man-pages/man3/getaddrinfo.3.html';
}
