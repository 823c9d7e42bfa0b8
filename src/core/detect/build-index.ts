import type { ErrorFacts } from '../catalog/index.js';
import { buildFactTables, type FactTables, withFactHelpers } from './fact-tables.js';
import { collectPayloads, type Payload } from './index-payloads.js';
import { describeInputs, readIndexSnapshot } from './index-snapshot.js';
import { createKeywordAutomaton, type KeywordAutomaton } from './keywords/automaton.js';
import type { SavedTables } from './keywords/saved-tables.js';
import { buildContextPatterns, buildSyscallPattern, buildWordPattern } from './pattern-builders.js';
import { measureReach, type Reach } from './reach.js';
import { mayReadNumberBytes } from './read-number.js';
import { conditionTexts, type DetectionRules } from './rules.js';
import { validateRules } from './validate-rules.js';
import { collectVocabulary, isVocabularyWord, type Vocabulary } from './vocabulary.js';
import { isWordCode } from './word-boundaries.js';

export type { Payload } from './index-payloads.js';

/** The compiled detector state: one automaton, the payloads of its keywords, the fact tables. */
export interface DetectionIndex {
  automaton: KeywordAutomaton;
  /** The normalized keyword the automaton matched (a prefix of long texts). */
  keys: readonly string[];
  payloads: readonly (readonly Payload[])[];
  /**
   * For keywords that only lead to a number: the ways to test what follows (`GATE` bits of
   * read-number.ts); 0 for the others.
   */
  numberGates: Uint8Array;
  tables: FactTables;
  /** Socket and file words (found lazily, near mentions that need them). */
  contextPatterns: [RegExp, RegExp];
  /** Node's `<syscall> <CODE>` with a socket syscall: `send EPIPE`, `connect EACCES`. */
  socketSyscall: RegExp;
  /** Is the name right before `before` a socket syscall (`bind` in `bind() failed`)? */
  isSocketCall(text: string, before: number): boolean;
  /** Words that say which OS printed an errno number (global: every start is read), and the longest. */
  hints: { linux: RegExp; macos: RegExp };
  longestHint: number;
  /** How far a mention can stretch (the context a streamed text is read with); measured at the first stream. */
  reach(): Reach;
  /** Is this word, as a text writes it, one of the detector's texts' words (a console's broken word mended)? */
  isWord(word: string): boolean;
  /** The words `isWord` reads (a build saves them with the index). */
  vocabulary(): Vocabulary;
}

/**
 * Builds the index from the facts (so new catalog entries are detected) and the detection rules,
 * or reads the snapshot of it a build saved of these very inputs (`saved.index`); the automaton
 * from `saved` where a build saved the one these keywords compile to.
 */
export function buildDetectionIndex(
  facts: readonly ErrorFacts[],
  rules: DetectionRules,
  saved?: SavedTables,
): DetectionIndex {
  // A snapshot a build saved of these very inputs is read instead of building (saved-tables.ts); the
  // inputs are described only when there is one to compare them with.
  const snapshot = saved?.index?.();
  const restored = snapshot ? readIndexSnapshot(snapshot, describeInputs(facts, rules)) : null;
  const tables = restored
    ? withFactHelpers(restored.tables, facts, rules.context)
    : buildFactTables(facts, rules.context, rules);
  if (!restored) validateRules(facts, tables, rules);
  const { keys, payloads, numberGates } = restored ?? collectPayloads(rules, tables);
  const socketCalls = new Set(rules.context.socketSyscalls.map((s) => s.toLowerCase()));
  // Every text a payload confirms in full (long messages are keyed by their start only).
  // Joined natively (`concat`): spreading five thousand texts was a visible part of this cold code.
  const texts = () => keys.concat(payloads.flat().map((p) => ('text' in p ? p.text : '')));
  // A snapshot holds both; built from the texts on first need otherwise.
  let vocabulary: Vocabulary | undefined = restored?.vocabulary;
  let reach: Reach | undefined = restored?.reach;
  const vocabularyOf = () => {
    // Without a snapshot, split out of the texts at the first broken line, not at start-up. With what
    // rules look for near a mention (a console broke `[Mong` / `oError`, a near text, `dial uni` / `x`,
    // a socket's context word `[core/wri` / `ter.c line`).
    // The case of a word is read where programs' names are: the facts' symbols and the rules' texts.
    vocabulary ??= collectVocabulary(texts().concat(conditionTexts(rules)), [
      facts.map((f) => [f.name, f.aliases, f.dotnet, f.python, f.rust]),
      rules.exceptions.map((e) => e.name),
      rules.names.map((n) => n.keyword),
      rules.phrases.map((p) => p.text),
      rules.notErrors.map((n) => n.text),
    ]);
    return vocabulary;
  };
  return {
    automaton: createKeywordAutomaton(keys, saved, { gates: numberGates, test: mayReadNumberBytes }),
    keys,
    payloads,
    numberGates,
    tables,
    contextPatterns: buildContextPatterns(rules.context.socketContext, rules.context.fileContext),
    socketSyscall: buildSyscallPattern(rules.context.socketSyscalls),
    isSocketCall: (text, before) => {
      // 'bind() failed' names the call right before the keyword; 'bind failed with error 98' one space before it.
      const end = before > 0 && text.charCodeAt(before - 1) === 32 ? before - 1 : before;
      let i = end;
      while (i > 0 && end - i < 24 && isWordCode(text.charCodeAt(i - 1))) i--;
      return socketCalls.has(text.slice(i, end).toLowerCase());
    },
    hints: {
      linux: buildWordPattern(rules.context.platformHints.linux),
      macos: buildWordPattern(rules.context.platformHints.macos),
    },
    longestHint: Math.max(
      ...Object.values(rules.context.platformHints)
        .flat()
        .map((w) => w.length),
    ),
    // Only a streamed text (a log) needs it: a chat process that reads none skips measuring.
    reach: () => {
      reach ??= measureReach(texts());
      return reach;
    },
    isWord: (word) => isVocabularyWord(vocabularyOf(), word),
    vocabulary: vocabularyOf,
  };
}
