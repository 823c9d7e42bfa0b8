/**
 * `npm run detection:import-glibc`: builds `data/detection/glibc-messages.json`, glibc's translated
 * strerror() and gai_strerror() texts for the catalog's English texts. Linux programs print these in
 * the user's locale ("Verbindungsaufbau abgelehnt" is ECONNREFUSED under de_DE), so the detector
 * needs them for non-English logs. Also glibc's own word for "error" in each language (from its
 * translations of "Unknown error " and "System error"), after which a number is an error code
 * ("Fehler 10061"). The texts come from Debian's libc-l10n package
 * (/usr/share/locale/<lang>/LC_MESSAGES/libc.mo), read with gettext's msgunfmt.
 *
 *   npm run detection:import-glibc -- [--catalog data/catalog.json]
 *     [--locale-dir /usr/share/locale] [--out data/detection/glibc-messages.json]
 *     [--package-version V]   (default: the installed libc-l10n, asked from dpkg-query)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readMo } from './glibc/read-mo.js';

type Kind = 'strerror' | 'gai_strerror';
/** One output row; the key order here is the key order in the JSON. */
interface Row {
  id: string;
  lang: string;
  text: string;
  msgid: string;
  kind: Kind;
  /** Other glibc msgids the same .mo translates with exactly this text (the text is ambiguous). */
  alsoTranslates?: string[];
}
type Lookup = Omit<Row, 'lang' | 'text'>;
interface CatalogEntry {
  id: string;
  posix: { strerror?: string | null } | null;
  resolver: {
    getaddrinfo: { message?: string | null } | null;
    hErrno?: { message?: string | null } | null;
  } | null;
}

const { values: args } = parseArgs({
  options: {
    catalog: { type: 'string', default: 'data/catalog.json' },
    'locale-dir': { type: 'string', default: '/usr/share/locale' },
    out: { type: 'string', default: 'data/detection/glibc-messages.json' },
    'package-version': { type: 'string' },
  },
  strict: true,
});
const localeDir = resolve(args['locale-dir']);
const outPath = resolve(args.out);

const catalog = JSON.parse(readFileSync(resolve(args.catalog), 'utf8')) as { entries?: CatalogEntry[] };
if (!Array.isArray(catalog.entries)) throw new Error(`${args.catalog}: no "entries" array`);

/** The English texts to look up: one per catalog entry and kind. */
function readLookups(entries: CatalogEntry[]): Lookup[] {
  const lookups: Lookup[] = [];
  for (const entry of entries) {
    const strerror = entry.posix?.strerror;
    const gai = entry.resolver?.getaddrinfo?.message;
    if (strerror) lookups.push({ id: entry.id, msgid: strerror, kind: 'strerror' });
    if (gai) lookups.push({ id: entry.id, msgid: gai, kind: 'gai_strerror' });
  }
  return lookups;
}

function packageVersion(): string {
  if (args['package-version']) return args['package-version'];
  try {
    // prints "libc-l10n<TAB>2.36-9+deb12u14"
    const line = execFileSync('dpkg-query', ['--show', 'libc-l10n'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const version = line.split('\t')[1];
    if (version) return version;
  } catch {
    // handled below
  }
  throw new Error('libc-l10n is not installed (dpkg-query found no version); pass --package-version');
}

/** glibc texts that contain the word for "error": the word is what they all share. */
const ERROR_MSGIDS = [
  'Unknown error ',
  'System error',
  'Unknown system error',
  'Error in unknown error system: ',
];

/** The longest substring (at least 2 characters) that every text contains. */
function longestCommon(texts: string[]): string {
  const [first = '', ...rest] = texts;
  for (let length = first.length; length >= 2; length--)
    for (let i = 0; i + length <= first.length; i++) {
      const part = first.slice(i, i + length);
      if (rest.every((t) => t.includes(part))) return part;
    }
  return '';
}

/**
 * The word for "error" in one language: the one word of the translation of "Unknown error " that
 * the other texts all contain ("Unbekannter Fehler " → "Fehler"); for scripts written without
 * spaces, the longest part they all share ("不明なエラーです" → "エラー"). Null when not clear.
 */
function errorWord(translations: Map<string, string>): { word: string; texts: string[] } | null {
  const texts = ERROR_MSGIDS.flatMap((m) => translations.get(m) ?? []).map((t) => t.trim());
  const [unknown, ...others] = texts;
  if (!translations.has('Unknown error ') || !unknown || others.length === 0) return null;
  const fold = (s: string) => s.toLowerCase();
  const words = /\s/.test(unknown)
    ? unknown.split(/\s+/).filter((w) => others.every((o) => fold(o).includes(fold(w))))
    : [longestCommon(texts)].filter((w) => w !== '');
  const word = words.length === 1 ? (words[0] as string).replace(/[:：]$/, '') : '';
  return word.length >= 2 && fold(word) !== 'error' ? { word, texts } : null;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Catalog ids: Winsock numbers in numeric order, then POSIX names alphabetically. */
const idKey = (id: string): number => (/^\d+$/.test(id) ? Number(id) : Number.POSITIVE_INFINITY);
const compareIds = (a: string, b: string): number => idKey(a) - idKey(b) || compareStrings(a, b);
const KIND_ORDER: Record<Kind, number> = { strerror: 0, gai_strerror: 1 };

const lookups = readLookups(catalog.entries);
/** Each id's own English texts (with its h_errno text): a translation shared among them is no ambiguity. */
const ownTexts = new Map<string, Set<string>>();
for (const e of catalog.entries) ownTexts.set(e.id, new Set(e.resolver?.hErrno?.message ?? []));
for (const l of lookups) ownTexts.get(l.id)?.add(l.msgid);
const moFile = (lang: string): string => join(localeDir, lang, 'LC_MESSAGES', 'libc.mo');
const langs = readdirSync(localeDir)
  .filter((lang) => existsSync(moFile(lang)))
  .sort(compareStrings);
if (langs.length === 0) throw new Error(`no */LC_MESSAGES/libc.mo under ${localeDir}`);

const rows: Row[] = [];
const errorWords: { lang: string; word: string; source: string }[] = [];
const found = new Set<string>();
for (const lang of langs) {
  const translations = readMo(moFile(lang));
  const msgidsOf = new Map<string, string[]>();
  for (const [msgid, text] of translations) msgidsOf.set(text, [...(msgidsOf.get(text) ?? []), msgid]);
  for (const { id, msgid, kind } of lookups) {
    const text = translations.get(msgid);
    if (!text || text === msgid) continue;
    const others = (msgidsOf.get(text) ?? []).filter((m) => !ownTexts.get(id)?.has(m)).sort(compareStrings);
    rows.push({ id, lang, text, msgid, kind, ...(others.length > 0 ? { alsoTranslates: others } : {}) });
    found.add(msgid);
  }
  const word = errorWord(translations);
  if (word)
    errorWords.push({
      lang,
      word: word.word,
      source: `libc.mo ${lang}: ${ERROR_MSGIDS.filter((m) => translations.has(m))
        .map((m) => `"${m.trim()}" → "${translations.get(m)?.trim()}"`)
        .join(', ')}`,
    });
}
rows.sort(
  (a, b) =>
    compareIds(a.id, b.id) || compareStrings(a.lang, b.lang) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
);

/** English texts that several catalog ids share, as "text (id, id)". */
const idsByText = new Map<string, string[]>();
for (const l of lookups) idsByText.set(l.msgid, [...(idsByText.get(l.msgid) ?? []), l.id]);
const shared = [...idsByText]
  .filter(([, ids]) => ids.length > 1)
  .map(([text, ids]) => `${text} (${ids.join(', ')})`);

const document = {
  $comment:
    "glibc's translated strerror() and gai_strerror() texts for the English texts in data/catalog.json " +
    '(posix.strerror, resolver.getaddrinfo.message), one row per catalog id, language and text; ' +
    'lang is the locale directory name (zh_CN, pt_BR; localized-messages.json says zh-CN). ' +
    (shared.length > 0 ? `Ids sharing one English text repeat its rows: ${shared.join('; ')}. ` : '') +
    'alsoTranslates: other glibc msgids the same .mo translates with exactly this text (the text alone ' +
    'is ambiguous). errorWords: the word for "error" in each language, the one word its translations ' +
    'of the texts in source share. Generated by `npm run detection:import-glibc` ' +
    'from the libc.mo files of the package below; never edit by hand.',
  source: {
    package: 'libc-l10n',
    version: packageVersion(),
    files: '/usr/share/locale/<lang>/LC_MESSAGES/libc.mo',
  },
  messages: rows,
  errorWords,
};
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(document, null, 2)}\n`);

const missing = [...new Set(lookups.map((l) => l.msgid))].filter((m) => !found.has(m));
const withText = new Set(rows.map((r) => r.lang)).size;
console.log(`${outPath}: ${rows.length} rows, ${withText} of ${langs.length} languages with a text`);
console.log(`words for "error": ${errorWords.map((w) => `${w.lang} ${w.word}`).join(', ')}`);
if (missing.length > 0) console.log(`not translated in any libc.mo: ${missing.join(' | ')}`);
