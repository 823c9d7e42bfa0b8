import Fuse from 'fuse.js';
import type { Catalog, CatalogEntry } from '../catalog/index.js';
import { commonness } from './commonness.js';
import { parseQuery } from './parse-query.js';
import { type LookupMatch, readHresult, readNumber, readSymbol } from './readings.js';

/** Longest query treated as a look-up; longer text is a paste to scan. */
export const MAX_QUERY_LENGTH = 200;

export type LookupResult =
  | { kind: 'empty' }
  | { kind: 'too-long' }
  /** A code, number, HRESULT or symbol: every entry it names, each with its readings. */
  | { kind: 'exact'; matches: LookupMatch[] }
  /** Words: entries whose texts match, best first. */
  | { kind: 'text'; matches: LookupMatch[] }
  /** Nothing: the closest entries, if any are close at all. */
  | { kind: 'none'; suggestions: LookupMatch[] };

/** A look-up function bound to one catalog (indexes are built once). */
export type Lookup = (query: string) => LookupResult;

interface TextDoc {
  entry: CatalogEntry;
  /** The error's own texts: titles, system messages, strerror and similar. */
  phrases: string[];
  /** Our words: keywords and summaries in every locale. */
  words: string[];
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[.。]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

function buildDocs(catalog: Catalog): TextDoc[] {
  return catalog.entries.map((entry) => {
    const phrases = [
      entry.title,
      entry.systemMessage,
      entry.posix?.strerror,
      entry.resolver?.getaddrinfo?.message,
      entry.resolver?.hErrno?.message,
      entry.libuv?.code === 'UNKNOWN' ? null : entry.libuv?.message,
      entry.java?.message,
    ].filter((p): p is string => typeof p === 'string');
    const words = [
      ...(entry.en.keywords ?? []),
      ...(entry['zh-TW'].keywords ?? []),
      entry.en.summary,
      entry['zh-TW'].summary,
    ];
    return { entry, phrases: phrases.map(normalize), words };
  });
}

/** Builds the look-up over a catalog: exact forms first, then phrases, then fuzzy text (fuse.js). */
export function createLookup(catalog: Catalog): Lookup {
  const docs = buildDocs(catalog);
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'phrases', weight: 3 },
      { name: 'words', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 2,
  });

  const byPhrase = (text: string): LookupMatch[] => {
    const needle = normalize(text);
    if (needle.length < 3) return [];
    return (
      docs
        .map((doc) => {
          const hit = doc.phrases.filter((p) => p.includes(needle)).sort((a, b) => a.length - b.length)[0];
          return hit ? { doc, coverage: needle.length / hit.length } : null;
        })
        .filter((x): x is { doc: TextDoc; coverage: number } => x !== null)
        // Prefer the everyday error when a phrase fits several ("actively refused": 10061, not 10112).
        .sort((a, b) => commonness(a.doc.entry.id) - commonness(b.doc.entry.id) || b.coverage - a.coverage)
        .map(({ doc }) => ({ entry: doc.entry, readings: [{ kind: 'text' as const }] }))
    );
  };

  const fuzzy = (text: string, threshold: number, limit: number): LookupMatch[] =>
    fuse
      .search(text.slice(0, 64), { limit: limit * 2 })
      .filter((r) => (r.score ?? 1) <= threshold)
      .slice(0, limit)
      .map((r) => ({ entry: r.item.entry, readings: [{ kind: 'text' as const }] }));

  return (query) => {
    if (typeof query !== 'string') return { kind: 'empty' };
    if (query.length > MAX_QUERY_LENGTH) return { kind: 'too-long' };
    const parsed = parseQuery(query);
    let exact: LookupMatch[] = [];
    switch (parsed.kind) {
      case 'empty':
        return { kind: 'empty' };
      case 'number':
        exact = readNumber(catalog, parsed.value, parsed.hex);
        break;
      case 'hresult':
        exact = readHresult(catalog, parsed.hresult);
        break;
      case 'symbol':
        exact = readSymbol(catalog, parsed.symbol);
        break;
      case 'text':
        exact = readSymbol(catalog, parsed.text.replace(/\s+/g, '_'));
        break;
    }
    if (exact.length > 0) return { kind: 'exact', matches: exact };
    const text = parsed.kind === 'text' ? parsed.text : query.trim();
    const phrase = byPhrase(text);
    const seen = new Set(phrase.map((m) => m.entry.id));
    const matches = [...phrase, ...fuzzy(text, 0.35, 5).filter((m) => !seen.has(m.entry.id))].slice(0, 5);
    if (matches.length > 0) return { kind: 'text', matches };
    return { kind: 'none', suggestions: parsed.kind === 'text' ? fuzzy(text, 0.6, 3) : [] };
  };
}
