import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Catalog, CatalogEntry } from '../catalog/index.js';
import { escapeRegExp } from '../escape-reg-exp.js';
import { createCjkSearch } from './cjk-search.js';
import { commonness } from './commonness.js';
import { byHeldPhrase } from './held-phrase.js';
import { hasNearWord, hasNearWords, meaningfulWords } from './near-word.js';
import type { LookupMatch } from './readings.js';
import { buildDocs, type LocalPhrases, normalize, ownsAny, type TextDoc } from './text-docs.js';

/**
 * Shorter words are read whole (`RST`, `dns`, `tcp`): fuzzy matching of three letters finds some
 * error for any of them (`abc`, `ssl` found five unrelated errors).
 */
const SHORT_WORD = 4;
/** Printable ASCII and spaces: nothing CJK. */
const ASCII_WORDS = /^[\x20-\x7e]+$/;
const isShortWord = (needle: string) =>
  needle.length < SHORT_WORD && !needle.includes(' ') && ASCII_WORDS.test(needle);
/**
 * Short words that name no error: English's commonest, which every message holds (`a` found 10054,
 * 10061 and 10060), and punctuation alone (`:` found Java's `Connection refused: connect`).
 */
const NAMES_NOTHING = new Set('a an the of to in on at by is be or and for it as'.split(' '));
const namesNothing = (word: string) => NAMES_NOTHING.has(word) || !/[a-z0-9]/.test(word);

const asText = (entry: CatalogEntry): LookupMatch => ({ entry, readings: [{ kind: 'text' }] });

/** Each entry once, where it first comes, at most `limit`. */
function firstOfEach(matches: readonly LookupMatch[], limit: number): LookupMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.entry.id) && seen.add(m.entry.id)).slice(0, limit);
}

/**
 * Words to entries: a phrase of the error's own texts first, then Chinese words by their character
 * pairs, then fuzzy matching (fuse.js); a short word is read whole.
 */
export interface TextSearch {
  /**
   * Entries whose texts match, best first (at most five), and whether `text` is one word that many
   * errors' own texts hold (`error`, `socket`, `host`, `connection`): too little to tell which error,
   * so its matches are a choice, commonest first.
   */
  matches(text: string): { matches: LookupMatch[]; broad: boolean };
  /** Entries that are merely close, for a "did you mean" (at most three). */
  suggestions(text: string): LookupMatch[];
}

/**
 * Fuse scores each entry on its own (the key weights and each text's length), so searching only
 * some entries ranks them as searching all would.
 */
const FUSE_OPTIONS: IFuseOptions<TextDoc> = {
  keys: [
    { name: 'phrases', weight: 3 },
    { name: 'words', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
};
/** How much of a query Fuse aligns: its first 64 characters. */
const FUZZY_PATTERN = 64;
/** What Fuse aligns in one piece (its bit-parallel search holds 32 characters). */
const FUZZY_PIECE = 32;

/** Alignments kept of a text: twice the most matches asked of it (five), as each search asked. */
const FUZZY_RESULTS = 10;

/** How many errors' own texts may hold a word before it tells none of them apart. */
const BROAD_WORD_ERRORS = 5;
/** One Chinese word: two or three ideographs, as `連線`, `逾時`, `通訊端` are (a longer query says more). */
const CHINESE_WORD = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,3}$/u;

/** Builds the text search over a catalog (and its texts in reply languages); its indexes are built once. */
export function createTextSearch(catalog: Catalog, localPhrases?: LocalPhrases): TextSearch {
  const docs = buildDocs(catalog, localPhrases);
  const fuse = new Fuse(docs, FUSE_OPTIONS);

  const byPhrase = (text: string): LookupMatch[] => {
    const needle = normalize(text);
    if (needle.length < 3) return [];
    return (
      docs
        .map((doc) => {
          const hits = doc.phrases.filter((p) => p.includes(needle));
          const hit = hits.sort((a, b) => a.length - b.length)[0];
          return hit ? { doc, coverage: needle.length / hit.length, own: ownsAny(doc, hits) } : null;
        })
        .filter((x): x is { doc: TextDoc; coverage: number; own: boolean } => x !== null)
        // The error whose own text it is, then the everyday error when a phrase fits several
        // ("actively refused": 10061, not 10112).
        .sort(
          (a, b) =>
            Number(b.own) - Number(a.own) ||
            commonness(a.doc.entry.id) - commonness(b.doc.entry.id) ||
            b.coverage - a.coverage,
        )
        .map(({ doc }) => asText(doc.entry))
    );
  };

  // English words are held to whole words (`timout`, `proxy`); CJK has no spaces to tell words by.
  const asciiWords = (text: string) => ASCII_WORDS.test(text.trim());
  // The last text's alignments (its best FUZZY_RESULTS, best first): a look-up that finds nothing
  // asks again for its suggestions, and one alignment of a sentence is ~30 ms.
  let last: { text: string; results: FuseResult<TextDoc>[] } | undefined;
  const fuzzy = (text: string, threshold: number, limit: number): LookupMatch[] => {
    if (last?.text !== text) last = { text, results: align(text) };
    // Sorted by score, so those within a threshold are the first ones.
    return last.results
      .filter((r) => (r.score ?? 1) <= threshold)
      .slice(0, limit)
      .map((r) => asText(r.item.entry));
  };
  const align = (text: string): FuseResult<TextDoc>[] => {
    const pattern = text.slice(0, FUZZY_PATTERN);
    // Fuse aligns the pattern with every text of every entry (bitap, in 32-character pieces): ~100
    // ms for a sentence, on each keystroke of Discord's autocomplete. An English query's matches
    // must hold one of its words anyway, so only those entries are searched, and only when any are.
    const ascii = asciiWords(text);
    // A long line of short words (`ab cd ef …`) has no word to hold a match to: only pieces of
    // words would align, at the cost of a search of everything.
    if (ascii && text.length > FUZZY_PIECE && meaningfulWords(text).length === 0) return [];
    const held = ascii ? docs.filter((doc) => hasNearWords(text, doc.allWords)) : docs;
    if (held.length === 0) return [];
    const searched = held === docs ? fuse : new Fuse(held, FUSE_OPTIONS);
    return searched.search(pattern, { limit: FUZZY_RESULTS });
  };

  const cjk = createCjkSearch(docs);

  const wholeWord = (needle: string) => new RegExp(`(?:^|[^a-z0-9_])${escapeRegExp(needle)}(?:$|[^a-z0-9_])`);
  const byWholeWord = (needle: string): LookupMatch[] => {
    const word = wholeWord(needle);
    return docs
      .filter((doc) => doc.phrases.some((p) => word.test(p)) || doc.words.some((w) => word.test(w)))
      .sort((a, b) => commonness(a.entry.id) - commonness(b.entry.id))
      .map((doc) => asText(doc.entry));
  };
  const broad = (text: string) => {
    const needle = normalize(text);
    // A Chinese word (`連線`, `通訊端`) is as broad as `connection` or `socket`: the errors' own texts
    // are English, so ours in Chinese count instead.
    // One that is an error's own keyword (`逾時`, as `timeout` is 10060) names that error.
    if (CHINESE_WORD.test(needle))
      return (
        !docs.some((d) => d.words.includes(needle)) &&
        docs.filter((d) => d.words.some((w) => w.includes(needle))).length > BROAD_WORD_ERRORS
      );
    if (needle.includes(' ') || !ASCII_WORDS.test(needle) || namesNothing(needle)) return false;
    const word = wholeWord(needle);
    return docs.filter((doc) => doc.phrases.some((p) => word.test(p))).length > BROAD_WORD_ERRORS;
  };

  return {
    matches(text) {
      const needle = normalize(text);
      if (isShortWord(needle) && namesNothing(needle)) return { matches: [], broad: false };
      const wide = broad(needle);
      const found =
        isShortWord(needle) || wide
          ? byWholeWord(needle)
          : [
              ...byPhrase(text),
              ...byHeldPhrase(docs, text).map(asText),
              ...cjk(text).map(asText),
              ...fuzzy(text, 0.35, 5),
            ];
      return { matches: firstOfEach(found, 5), broad: wide };
    },
    suggestions(text) {
      if (isShortWord(normalize(text))) return [];
      // A misspelt name (`WSAECONNRESTE`) is near a name; names are no Fuse key, as one changed
      // every other word's score (`firewall` lost 10060's "firewall drop").
      const word = text.trim();
      // A name typed in part (`WSAECONN`) is the start of names, the everyday errors' first.
      const name = ASCII_WORDS.test(word) && !word.includes(' ');
      const named = name
        ? docs.filter((doc) => hasNearWord(word, doc.nameWords)).map((doc) => asText(doc.entry))
        : [];
      const prefix = word.toLowerCase();
      const started =
        name && prefix.length >= SHORT_WORD
          ? docs
              .filter((doc) => doc.nameWords.some((w) => w.startsWith(prefix)))
              .sort((a, b) => commonness(a.entry.id) - commonness(b.entry.id))
              .map((doc) => asText(doc.entry))
          : [];
      return firstOfEach([...named, ...started, ...fuzzy(text, 0.6, 3)], 3);
    },
  };
}
