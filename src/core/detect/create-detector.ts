import type { ErrorFacts } from '../catalog/index.js';
import { buildDetectionIndex } from './build-index.js';
import { unwrapConsoleLines } from './console-wraps.js';
import { readCopiedText } from './copied-text.js';
import type { Finding } from './finding.js';
import { describeInputs, snapshotIndex } from './index-snapshot.js';
import { dropInvisible, restoreOffsets, toOriginalOffset } from './invisible.js';
import type { SavedTables } from './keywords/saved-tables.js';
import { readLayout } from './layout.js';
import { readsRecordsMended } from './line-prefixes.js';
import { mergeHits, sortHits } from './merge.js';
import type { DetectionRules } from './rules.js';
import { countCandidates, scanMentions } from './scan.js';
import { preferSpecific } from './specific.js';
import { createDetectionStream, type DetectionStream, type StreamRegion } from './stream.js';

/** Where every mention of each error starts, by catalog id. */
export type MentionStarts = ReadonlyMap<string, readonly number[]>;

/**
 * A text as the detector read it, and where its mentions start in it: without invisible
 * characters (invisible.ts), what copying put in read back, a console's breaks mended, a log
 * viewer's prefixes as given. A paste's records are read in it, as a stream hands them on
 * (`StreamRegion`), so a Docker log's records and a JSON string's lines read alike either way.
 */
export interface ReadText {
  text: string;
  mentions: MentionStarts;
}

/** What a text shows: findings pointing into it as given, and where every mention starts. */
export interface Detection {
  findings: Finding[];
  mentions: MentionStarts;
  read: ReadText;
}

/**
 * A compiled detector: text in, findings out. Findings are sorted by index; one per distinct
 * catalog id, showing its strongest mention, with the number of occurrences. Only `high`
 * findings warrant an auto-reply.
 */
export type Detector = ((text: string) => Finding[]) & {
  /** The same findings, and where every mention of each error starts (to tell occurrences apart). */
  withMentions(text: string): Detection;
  /**
   * Reads a text given piece by piece (a log file) in bounded memory: the same findings as
   * reading it whole. `onRegion` sees each mention as it becomes final, with the text around it,
   * and may return the earliest offset of the text it still needs.
   */
  stream(onRegion?: (region: StreamRegion) => number | undefined): DetectionStream;
  /**
   * How many keyword candidates detection would confirm in the text (after the gates that turn away
   * `error` with no number after it): the work a text costs before anything is found. A measure for
   * the bench (candidates per MB), not a detection: it is not timed in `/metrics`.
   */
  countCandidates(text: string): number;
  /**
   * Runs the ASCII scan's loops once, so a first text is read by optimized code. The automaton for
   * other text is left to the first text with a character of a keyword beyond ASCII: most
   * processes' memory, spent only where needed.
   */
  warmUp(): void;
};

/**
 * Builds a detector from catalog facts (every symbol, number, HRESULT and message they carry is
 * indexed, so new catalog entries are detected without code changes) and the detection rules in
 * `data/detection/` (runtime wording the facts lack). Throws `CatalogError` on bad data.
 * The detector runs in time linear in its input. `saved`: the automata a build saved
 * ({@link compileDetectorTables}), used where they are the ones these facts and rules compile to.
 */
export function createDetector(
  facts: readonly ErrorFacts[],
  rules: DetectionRules,
  saved?: SavedTables,
): Detector {
  const index = buildDetectionIndex(facts, rules, saved);
  /** The text's layout (layout.ts) says how the scan reads its lines. */
  const hitsOf = (
    text: string,
    { prefixed, wrapped, tagged }: Record<'prefixed' | 'wrapped' | 'tagged', boolean>,
  ) => preferSpecific(text, sortHits(scanMentions(index, text, prefixed, wrapped, tagged)));
  const WHOLE = { base: 0, firstLineWhole: true, final: true };
  /**
   * The text detection reads (without its invisible characters: `dropped` says where each stood, so
   * every offset handed back points into the text as given), and the one its records are read in.
   */
  const prepare = (raw: string) => {
    const { text: plain, dropped } = dropInvisible(raw);
    const copied = readCopiedText(plain, 0);
    const { masked, margin, ...laid } = readLayout(copied);
    const text = unwrapConsoleLines(masked, index.isWord, { ...WHOLE, margin });
    const records = readsRecordsMended(copied, masked, text) ? text : copied;
    return { text, dropped, laid, records };
  };
  const withMentions = (raw: string): Detection => {
    const { text, dropped, laid, records } = prepare(raw);
    const read = new Map<string, number[]>();
    const hits = text.length === 0 ? [] : hitsOf(text, laid);
    const findings = text.length === 0 ? [] : restoreOffsets(mergeHits(text, hits, read), dropped);
    const mentions =
      dropped.length === 0
        ? read
        : new Map([...read].map(([id, starts]) => [id, starts.map((at) => toOriginalOffset(dropped, at))]));
    return { findings, mentions, read: { text: records, mentions: read } };
  };
  const detect = (raw: string) => {
    const { text, dropped, laid } = prepare(raw);
    return text.length === 0 ? [] : restoreOffsets(mergeHits(text, hitsOf(text, laid)), dropped);
  };
  return Object.assign(detect, {
    withMentions,
    stream: (onRegion?: (region: StreamRegion) => number | undefined) =>
      createDetectionStream(index, onRegion),
    warmUp: () => index.automaton.prepare(),
    countCandidates: (raw: string) => countCandidates(index, prepare(raw).text),
  });
}

/**
 * What a build saves for `createDetector` to load (start-up then skips building them): the
 * compiled automata as bytes, and the index's data (`index`, structured data for the saver to
 * serialize). Each carries what it was built from (the automata a fingerprint of their keywords,
 * the index its inputs whole): other facts or rules, or another runtime's case mapping, make it unused.
 */
export function compileDetectorTables(
  facts: readonly ErrorFacts[],
  rules: DetectionRules,
): { ascii: Uint8Array; full: Uint8Array; index: unknown } {
  const index = buildDetectionIndex(facts, rules);
  return {
    ...index.automaton.save(),
    index: snapshotIndex(index, describeInputs(facts, rules)),
  };
}
