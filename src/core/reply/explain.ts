import type { CatalogEntry, Locale } from '../catalog/index.js';
import { GROUP_OF, labelEntry, titleOf } from '../catalog/index.js';
import type { Translate } from '../i18n/index.js';
import type { Reading } from '../lookup/index.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';

/** `reset · retry: maybe · remote down` */
function describeCategory(entry: CatalogEntry, locale: Locale, t: Translate): string {
  return [
    t(locale, `category.${entry.category}`),
    t(locale, 'explain.retry', { value: t(locale, `retry.${entry.retryable}`) }),
    t(locale, `group.${GROUP_OF[entry.category]}`),
  ].join(' · ');
}

/** How a reading is named to a user: "Linux errno 104". */
export function describeReading(reading: Reading, locale: Locale, t: Translate): string {
  switch (reading.kind) {
    case 'winsock':
      return t(locale, 'reading.winsock', { code: reading.code });
    case 'hresult':
      return t(locale, 'reading.hresult', { hresult: reading.hresult });
    case 'symbol':
      return t(locale, 'reading.symbol', { symbol: reading.symbol });
    case 'dotnet':
      return t(locale, 'reading.dotnet', { member: reading.member });
    case 'python':
      return t(locale, 'reading.python', { name: reading.name });
    case 'text':
      return t(locale, 'reading.text');
    default:
      return t(locale, `reading.${reading.kind}`, { number: reading.number });
  }
}

const dash = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(n));

/** Every other name the error goes by, one line per platform. */
function listOtherNames(entry: CatalogEntry, locale: Locale, t: Translate): string[] {
  const lines: string[] = [];
  const { posix, libuv, resolver } = entry;
  if (posix && posix.name !== entry.name) {
    lines.push(
      t(locale, 'explain.posix', {
        name: posix.name,
        linux: dash(posix.linux),
        macos: dash(posix.macos),
        freebsd: dash(posix.freebsd),
      }),
    );
  }
  const gai = resolver?.getaddrinfo;
  if (gai && gai.name !== entry.name) {
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
  if (libuv && libuv.code !== 'UNKNOWN') {
    lines.push(t(locale, 'explain.node', { code: libuv.code, windows: libuv.windows }));
  }
  if (libuv?.getaddrinfo && libuv.getaddrinfo.code !== libuv.code) {
    lines.push(
      t(locale, 'explain.nodeDns', { code: libuv.getaddrinfo.code, windows: libuv.getaddrinfo.windows }),
    );
  }
  if (entry.dotnet) lines.push(t(locale, 'explain.dotnet', { member: entry.dotnet }));
  if (entry.python && entry.python !== 'OSError')
    lines.push(t(locale, 'explain.python', { name: entry.python }));
  if (entry.java) lines.push(t(locale, 'explain.java', entry.java as unknown as Record<string, string>));
  if (entry.hresult) lines.push(t(locale, 'explain.hresult', { hresult: entry.hresult }));
  const symbols = entry.aliases.filter(
    (a) =>
      a !== posix?.name && a !== gai?.name && !a.startsWith('SocketError.') && a !== libuv?.getaddrinfo?.code,
  );
  if (symbols.length > 0) lines.push(symbols.map((s) => `\`${s}\``).join(', '));
  return lines;
}

export interface ExplainOptions {
  /** How the query named the entry; shown when it was not the entry's own code or name. */
  readings?: Reading[];
  /** Offer the "Share in channel" button (ephemeral answers to a command). */
  shareable?: boolean;
}

/** The full explanation of one error: what it means, its names everywhere, causes, checks. */
export function explainEntry(
  entry: CatalogEntry,
  locale: Locale,
  t: Translate,
  options: ExplainOptions = {},
): Reply {
  const text = entry[locale];
  const notable = (options.readings ?? []).filter((r) => r.kind !== 'winsock' && r.kind !== 'text');
  const readAs = notable.length
    ? `${t(locale, 'explain.readAs', { reading: notable.map((r) => describeReading(r, locale, t)).join(' · ') })} `
    : '';
  const sections: Reply['sections'] = [{ text: `${readAs}${text.summary}` }];
  if (entry.systemMessage) {
    sections.push({ heading: t(locale, 'explain.windowsMessage'), text: `“${entry.systemMessage}”` });
  }
  const others = listOtherNames(entry, locale, t);
  if (others.length > 0) sections.push({ heading: t(locale, 'explain.alsoSeenAs'), items: others });
  sections.push({ heading: t(locale, 'explain.causes'), items: [...text.causes] });
  sections.push({ heading: t(locale, 'explain.checks'), items: [...text.checks] });
  if (text.calls?.length) sections.push({ heading: t(locale, 'explain.calls'), text: text.calls.join(', ') });
  return makeReply({
    kind: 'explanation',
    title: `${labelEntry(entry)} · ${titleOf(entry)}`,
    subtitle: describeCategory(entry, locale, t),
    sections,
    shortenedNote: t(locale, 'reply.shortened'),
    actions: options.shareable
      ? [{ id: 'share', label: t(locale, 'share.label'), value: `${locale}:${entry.id}` }]
      : [],
  });
}
