import type { CatalogEntry } from '../catalog/index.js';
import { commonness } from './commonness.js';

/** Runs of CJK ideographs, kana or Hangul: words typed with no space between them. */
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/gu;

/** The query must share this share of its character pairs with one of an entry's words. */
const MIN_SHARED = 2 / 3;
/** At most this many entries, as the fuzzy search gives. */
const LIMIT = 5;

/** Every pair of neighbouring CJK characters in `text`: the unit CJK search engines index. */
function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of text.match(CJK_RUN) ?? [])
    for (let i = 0; i + 1 < run.length; i++) pairs.add(run.slice(i, i + 2));
  return pairs;
}

/** An entry with the words it may be looked up by (keywords, summaries; any language). */
export interface WordsDoc {
  entry: CatalogEntry;
  words: readonly string[];
}

/**
 * Chinese words looked up by their character pairs: `拒絕連線` finds the entry whose summary says
 * `拒絕了連線`, and `連接埠被占用` the one whose keyword is `連接埠已被占用`. Fuse's edit distance
 * (text-search.ts) reads a reordered or inserted character as a miss in words this short.
 */
export function createCjkSearch(docs: readonly WordsDoc[]): (query: string) => CatalogEntry[] {
  const indexed = docs.map((doc) => ({
    entry: doc.entry,
    words: doc.words.map(pairsOf).filter((pairs) => pairs.size > 0),
  }));
  return (query) => {
    const wanted = pairsOf(query);
    // One pair is one two-character word: too little to tell errors apart.
    if (wanted.size < 2) return [];
    const shareOf = (pairs: Set<string>) => {
      let shared = 0;
      for (const pair of wanted) if (pairs.has(pair)) shared++;
      return shared / wanted.size;
    };
    return indexed
      .map(({ entry, words }) => ({ entry, share: Math.max(0, ...words.map(shareOf)) }))
      .filter(({ share }) => share >= MIN_SHARED)
      .sort((a, b) => b.share - a.share || commonness(a.entry.id) - commonness(b.entry.id))
      .slice(0, LIMIT)
      .map(({ entry }) => entry);
  };
}
