import type { Catalog, CatalogEntry } from '../catalog/index.js';
import { wordsOf } from './near-word.js';

/** An entry as the text search reads it, its texts worked out once. */
export interface TextDoc {
  entry: CatalogEntry;
  /** The error's own texts: titles, system messages, strerror and similar; then Node's on Windows. */
  phrases: string[];
  /**
   * How many of `phrases` are the error's own: the rest is the text Node prints for it on Windows,
   * which libuv shares among several errors (`invalid argument` for 87, 10022 and 10046).
   */
  ownPhrases: number;
  /** Our words: keywords and summaries in every locale, lower-cased. */
  words: string[];
  /** The words of its names (`wsaeconnreset`): an exact name never gets here, a misspelt one may. */
  nameWords: readonly string[];
  /** Every word of its names and texts, for holding a typed word to whole words. */
  allWords: readonly string[];
}

/** A text as queries and phrases are compared: lower case, one space, no final full stop. */
export const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[.。]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * An entry's own texts in a reply language, as a localized Windows prints them (zh-TW's
 * `無法連線，因為目標電腦拒絕連線。`): the reply quotes them, so a part of one looks up as a part of
 * the English text does.
 */
export type LocalPhrases = (entry: CatalogEntry) => readonly string[];

/** Every entry of the catalog as the text search reads it. */
export function buildDocs(catalog: Catalog, localPhrases?: LocalPhrases): TextDoc[] {
  return catalog.entries.map((entry) => {
    const own = [
      ...(localPhrases?.(entry) ?? []),
      entry.title,
      entry.systemMessage,
      entry.posix?.strerror,
      entry.resolver?.getaddrinfo?.message,
      entry.resolver?.hErrno?.message,
      entry.java?.message,
    ].filter((p): p is string => typeof p === 'string');
    const node = entry.libuv?.code === 'UNKNOWN' ? null : entry.libuv?.message;
    const phrases = typeof node === 'string' ? [...own, node] : own;
    const words = [
      ...(entry.en.keywords ?? []),
      ...(entry['zh-TW'].keywords ?? []),
      entry.en.summary,
      entry['zh-TW'].summary,
    ].map((w) => w.toLowerCase());
    const nameWords = wordsOf([entry.name, ...entry.aliases]);
    const normalized = phrases.map(normalize);
    return {
      entry,
      phrases: normalized,
      ownPhrases: own.length,
      words,
      nameWords,
      allWords: [...nameWords, ...wordsOf([...normalized, ...words])],
    };
  });
}

/** Is one of `hits` (some of `doc.phrases`) the error's own text, not only Node's on Windows? */
export const ownsAny = (doc: TextDoc, hits: readonly string[]) =>
  hits.some((p) => doc.phrases.indexOf(p) < doc.ownPhrases);
