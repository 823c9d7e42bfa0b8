import { distinctAnchors, type LooseAnchor, MAX_KEY } from './anchors.js';
import type { FactTables, SymbolInfo } from './fact-tables.js';
import { normalizeKeyword } from './keywords/match.js';
import type { MessageInfo } from './message-table.js';
import { buildNearPattern, type NearWords } from './pattern-builders.js';
import { gateOf } from './read-number.js';
import type {
  AtomRule,
  DetectionRules,
  ExceptionRule,
  NotErrorRule,
  NumberContext,
  PhraseRule,
} from './rules.js';

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

/**
 * Translations (two thousand of them) are known by a shorter prefix: it is as distinctive within
 * one language, and keeps the automaton small.
 */
const MAX_KEY_LOCALIZED = 12;

/** The automaton's keywords, what each stands for, and the number gates of those that only lead to a number. */
export interface IndexPayloads {
  /** The normalized keyword the automaton matched (a prefix of long texts). */
  keys: readonly string[];
  payloads: readonly (readonly Payload[])[];
  /** For keywords that only lead to a number: the ways to test what follows (`GATE` bits of read-number.ts); 0 for the others. */
  numberGates: Uint8Array;
}

/** Every keyword of the facts' tables and the rules, with its payloads (several texts can share a key). */
export function collectPayloads(rules: DetectionRules, tables: FactTables): IndexPayloads {
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
  // A word that a longer number keyword continues with a letter (Portuguese `erro` in `error`)
  // would fire on every English `error` in a log for nothing: left out. A CJK word stays when a
  // keyword continues it with another word (`错误` in `错误代码`, `エラー` in `エラーコード`):
  // `网络错误：10060` is still that word's number, and `错误代码` is no part of any English word.
  const numberKeys = rules.numbers.map((c) => normalizeKeyword(c.keyword));
  const continuesWord = (key: string, longer: string) => {
    const next = longer.charCodeAt(key.length) | 32;
    return longer !== key && longer.startsWith(key) && next >= 97 && next <= 122;
  };
  const words = new Map(
    rules.errorWords
      .map((w) => [normalizeKeyword(w.word), w.word] as const)
      .filter(([key]) => !numberKeys.some((k) => continuesWord(key, k))),
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
  return { keys, payloads, numberGates };
}
