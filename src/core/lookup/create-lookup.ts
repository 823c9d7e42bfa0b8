import type { Catalog, CatalogEntry } from '../catalog/index.js';
import type { Detection, Finding } from '../detect/index.js';
import { askedDetection, withAskedEntries } from './asked-detection.js';
import { readAskedEntries } from './asked-entries.js';
import { directCommand } from './direct-command.js';
import { parseQuery } from './parse-query.js';
import { readExact } from './read-exact.js';
import { readJavaClass } from './read-java-class.js';
import type { LookupMatch } from './readings.js';
import type { LocalPhrases } from './text-docs.js';
import { createTextSearch, type TextSearch } from './text-search.js';

/** A Java class thrown for more errors than this offers the commonest of them, as a broad word does. */
const BROAD_CLASS = 5;

/** Longest query read as a code, name or words; longer text, or several lines, is a paste to scan. */
export const MAX_QUERY_LENGTH = 200;

export type LookupResult =
  | { kind: 'empty' }
  /** `0`: success, not an error. */
  | { kind: 'success' }
  /** A code, number, HRESULT or symbol: every entry it names, each with its readings. */
  | { kind: 'exact'; by: 'number' | 'symbol'; matches: LookupMatch[] }
  /** A log line or paste: the socket errors the detector found in it, in order of first appearance. */
  | ({ kind: 'found'; matches: LookupMatch[] } & Detection)
  /** Words: entries whose texts match, best first. */
  /** `broad`: one word many errors' texts hold (`socket`): the matches are a choice, commonest first. */
  | { kind: 'text'; matches: LookupMatch[]; broad?: boolean }
  /** A paste with no socket error in it. */
  | { kind: 'no-findings' }
  /** Nothing: the closest entries, if any are close at all. */
  | { kind: 'none'; suggestions: LookupMatch[] };

/** A look-up bound to one catalog (indexes are built once). */
export interface Lookup {
  (query: string): LookupResult;
  /** The query that opens this entry's own explanation (unique to it, so it never leads to a choice). */
  commandFor(entry: CatalogEntry): string;
  /** That query as the asker types it: `/sockerr 10054` in a chat or the shell, `sockerr 10054` in a terminal. */
  commandLine(entry: CatalogEntry): string;
}

/** The detector, consulted only when a query is no exact code or name (the CLI then builds it). */
type Scan = (text: string) => Detection;

/** Findings as look-up matches, in the order they first appear. */
function foundMatches(catalog: Catalog, findings: readonly Finding[]): LookupMatch[] {
  return [...findings]
    .sort((a, b) => a.index - b.index)
    .flatMap((f) => {
      const entry = catalog.byId.get(f.id);
      return entry ? [{ entry, readings: [{ kind: 'found' as const, match: f.match }] }] : [];
    });
}

/**
 * Builds the look-up over a catalog: exact forms first (codes, numbers in every platform's space,
 * HRESULTs, symbols); then, for anything else, the detector reads the query as a log line or a
 * paste (so every wording and language it knows looks up like the English original); then words.
 */
export function createLookup(
  catalog: Catalog,
  scan?: Scan,
  invoke = '/sockerr',
  localPhrases?: LocalPhrases,
): Lookup {
  // The word index (fuse.js) is built on first use: a look-up of a code never needs it.
  let index: TextSearch | undefined;
  const text = () => {
    index ??= createTextSearch(catalog, localPhrases);
    return index;
  };
  const exactOnly = (query: string) => readExact(catalog, parseQuery(query));
  // Each entry's direct command, found when a reply first names it (the catalog bounds the map).
  const commands = new Map<string, string>();

  const found = (scanned: Detection): LookupResult => ({
    kind: 'found',
    ...scanned,
    matches: foundMatches(catalog, scanned.findings),
  });

  const lookup = (query: string): LookupResult => {
    if (typeof query !== 'string') return { kind: 'empty' };
    if (query.length > MAX_QUERY_LENGTH || query.trim().includes('\n')) {
      const scanned = scan?.(query);
      return scanned && scanned.findings.length > 0 ? found(scanned) : { kind: 'no-findings' };
    }
    const parsed = parseQuery(query);
    if (parsed.kind === 'empty') return { kind: 'empty' };
    if (parsed.kind === 'number' && parsed.value === 0) return { kind: 'success' };
    const exact = readExact(catalog, parsed);
    const numeric = parsed.kind === 'number' || parsed.kind === 'hresult';
    if (exact.length > 0) return { kind: 'exact', by: numeric ? 'number' : 'symbol', matches: exact };
    if (numeric) return { kind: 'none', suggestions: [] };
    // A list of codes or names is answered as listed; codes among other words only when the
    // detector finds nothing surer in them.
    const asked = readAskedEntries(catalog, query);
    if (asked.list) return found(askedDetection(asked.text, asked.asked));
    const scanned = scan?.(query);
    if (scanned?.findings.some((f) => f.confidence !== 'low'))
      return found(withAskedEntries(scanned, query, asked));
    const [one, ...more] = asked.asked;
    if (one && more.length === 0)
      return { kind: 'exact', by: one.form === 'symbol' ? 'symbol' : 'number', matches: [one.match] };
    if (one) return found(askedDetection(asked.text, asked.asked));
    const words = parsed.kind === 'text' ? parsed.text : query.trim();
    const { matches, broad } = text().matches(words);
    if (matches.length > 0)
      return { kind: 'text', matches, ...(broad && matches.length > 1 ? { broad: true } : {}) };
    if (scanned && scanned.findings.length > 0) return found(scanned);
    const thrown = readJavaClass(catalog, words);
    // A class thrown for many errors (SocketException) is a word many errors' texts hold.
    if (thrown.length > BROAD_CLASS)
      return { kind: 'text', matches: thrown.slice(0, BROAD_CLASS), broad: true };
    if (thrown.length > 0) return { kind: 'exact', by: 'symbol', matches: thrown };
    return { kind: 'none', suggestions: text().suggestions(words) };
  };
  const commandFor = (entry: CatalogEntry) => {
    let command = commands.get(entry.id);
    if (command === undefined) {
      command = directCommand(entry, exactOnly);
      commands.set(entry.id, command);
    }
    return command;
  };
  return Object.assign(lookup, {
    commandFor,
    commandLine: (entry: CatalogEntry) => `${invoke} ${commandFor(entry)}`,
  });
}
