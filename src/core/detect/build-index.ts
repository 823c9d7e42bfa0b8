import type { ErrorFacts } from '../catalog/index.js';
import { distinctAnchors, type LooseAnchor, MAX_KEY } from './anchors.js';
import { buildFactTables, type FactTables, type SymbolInfo } from './fact-tables.js';
import { createKeywordAutomaton, type KeywordAutomaton } from './keywords/automaton.js';
import { normalizeKeyword } from './keywords/match.js';
import type { SavedTables } from './keywords/saved-tables.js';
import type { MessageInfo } from './message-table.js';
import {
  buildContextPatterns,
  buildNearPattern,
  buildSyscallPattern,
  buildWordPattern,
  type NearWords,
} from './pattern-builders.js';
import { measureReach, type Reach } from './reach.js';
import { gateOf, mayReadNumberBytes } from './read-number.js';
import {
  type AtomRule,
  conditionTexts,
  type DetectionRules,
  type ExceptionRule,
  type NotErrorRule,
  type NumberContext,
  type PhraseRule,
} from './rules.js';
import { validateRules } from './validate-rules.js';
import { collectVocabulary, isVocabularyWord, type Vocabulary } from './vocabulary.js';
import { isWordCode } from './word-boundaries.js';

/** What a keyword of the automaton stands for. */
export type Payload =
  | { kind: 'symbol'; info: SymbolInfo }
  | { kind: 'message'; text: string; info: MessageInfo }
  | LooseAnchor
  | { kind: 'phrase'; text: string; rule: PhraseRule }
  /** `near`: any of those texts in any case, as patterns built here, once (pattern-builders.ts). */
  | { kind: 'not-error'; text: string; rule: NotErrorRule; near: NearWords | undefined }
  | { kind: 'exception'; name: string; evidence: readonly string[]; standalone: ExceptionRule | null }
  | { kind: 'atom'; rule: AtomRule }
  | { kind: 'number'; context: NumberContext }
  | { kind: 'name'; keyword: string; table: 'dotnet' | 'rust' }
  | { kind: 'hresult' }
  | { kind: 'hex-decimal' };

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
}

/**
 * Translations (two thousand of them) are known by a shorter prefix: it is as distinctive within
 * one language, and keeps the automaton small.
 */
const MAX_KEY_LOCALIZED = 12;

/**
 * Builds the index from the facts (so new catalog entries are detected) and the detection rules;
 * the automaton from `saved` where a build saved the one these keywords compile to.
 */
export function buildDetectionIndex(
  facts: readonly ErrorFacts[],
  rules: DetectionRules,
  saved?: SavedTables,
): DetectionIndex {
  const tables = buildFactTables(facts, rules.context, rules);
  const socketCalls = new Set(rules.context.socketSyscalls.map((s) => s.toLowerCase()));
  validateRules(facts, tables, rules);
  const keys: string[] = [];
  const payloads: Payload[][] = [];
  const slot = new Map<string, number>();
  const add = (text: string, payload: Payload, max = MAX_KEY) => {
    const key = text.length > max ? text.slice(0, max).trimEnd() : text;
    let i = slot.get(key);
    if (i === undefined) {
      i = keys.length;
      slot.set(key, i);
      keys.push(key);
      payloads.push([]);
    }
    (payloads[i] as Payload[]).push(payload);
  };

  for (const info of tables.symbols) add(normalizeKeyword(info.symbol), { kind: 'symbol', info });
  for (const [text, info] of tables.messages)
    add(text, { kind: 'message', text, info }, info.localized ? MAX_KEY_LOCALIZED : MAX_KEY);
  for (const a of distinctAnchors(tables.messages)) add(a.key, a.payload);
  for (const rule of rules.phrases) {
    const text = normalizeKeyword(rule.text);
    add(text, { kind: 'phrase', text, rule });
  }
  for (const rule of rules.notErrors) {
    const text = normalizeKeyword(rule.text);
    add(text, { kind: 'not-error', text, rule, near: rule.near && buildNearPattern(rule.near) });
  }
  const standalone = new Map(rules.exceptions.map((e) => [e.name, e]));
  for (const name of new Set([...tables.classes.keys(), ...standalone.keys()])) {
    const evidence = tables.prefer([
      ...(tables.classes.get(name) ?? []),
      ...(standalone.has(name) ? [standalone.get(name)?.id as string] : []),
    ]);
    add(normalizeKeyword(name), {
      kind: 'exception',
      name,
      evidence,
      standalone: standalone.get(name) ?? null,
    });
  }
  for (const rule of rules.atoms) add(normalizeKeyword(rule.atom), { kind: 'atom', rule });
  for (const context of rules.numbers) add(normalizeKeyword(context.keyword), { kind: 'number', context });
  // "Fehler 10061", "错误 10061": a Winsock number right after the word for "error" in glibc's translations.
  // A word that starts another number keyword (Portuguese `erro` in `error`) would fire on every
  // English `error` in a log for nothing: left out.
  const numberKeys = rules.numbers.map((c) => normalizeKeyword(c.keyword));
  const words = new Map(
    rules.errorWords
      .map((w) => [normalizeKeyword(w.word), w.word] as const)
      .filter(([key]) => !numberKeys.some((k) => k !== key && k.startsWith(key))),
  );
  for (const [key, keyword] of words) add(key, { kind: 'number', context: { keyword, spaces: ['winsock'] } });
  for (const name of rules.names)
    add(normalizeKeyword(name.keyword), { kind: 'name', keyword: name.keyword, table: name.table });
  add('0x8007', { kind: 'hresult' });
  add('(0x0000', { kind: 'hex-decimal' });
  // Every way of testing what follows, as bits (`error` leads to two contexts, tested alike).
  const numberGates = Uint8Array.from(payloads, (list) =>
    list.every((p) => p.kind === 'number')
      ? list.reduce((bits, p) => bits | gateOf((p as { context: NumberContext }).context), 0)
      : 0,
  );
  // Every text a payload confirms in full (long messages are keyed by their start only).
  // Joined natively (`concat`): spreading five thousand texts was a visible part of this cold code.
  const texts = keys.concat(payloads.flat().map((p) => ('text' in p ? p.text : '')));
  let vocabulary: Vocabulary | undefined;
  let reach: Reach | undefined;
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
      reach ??= measureReach(texts);
      return reach;
    },
    isWord: (word) => {
      // Split out of the texts at the first broken line, not at start-up: few texts have one. With what
      // rules look for near a mention (a console broke `[Mong` / `oError`, a near text, `dial uni` / `x`).
      // The case of a word is read where programs' names are: the facts' symbols and the rules' texts.
      vocabulary ??= collectVocabulary(texts.concat(conditionTexts(rules), rules.context.unixSocketMarks), [
        facts.map((f) => [f.name, f.aliases, f.dotnet, f.python, f.rust]),
        rules.exceptions.map((e) => e.name),
        rules.names.map((n) => n.keyword),
        rules.phrases.map((p) => p.text),
        rules.notErrors.map((n) => n.text),
      ]);
      return isVocabularyWord(vocabulary, word);
    },
  };
}
