import type { ErrorFacts } from '../catalog/index.js';
import type { Confidence } from './finding.js';
import { type ContextRule, capConfidence, rankOf } from './hit.js';
import { normalizeKeyword } from './keywords/match.js';

/** A message text (system message, strerror, gai_strerror…) and what it means on its own. */
export interface MessageInfo {
  /** Preferred id first. */
  ids: string[];
  confidence: Confidence;
  context: ContextRule;
  /** Localized (non-English) text: no case or word-boundary rules. */
  localized: boolean;
  /** The text as the facts spell it (first source, final dot stripped). */
  original: string;
  /**
   * Printed verbatim by everything that prints it (Windows, Java, resolver texts): it must match
   * exactly. Otherwise (strerror, libuv) it may also appear with its first letter in the other
   * case or all in lower case (Go lower-cases strerror texts).
   */
  verbatim: boolean;
}

/** Strips what runtimes strip or keep inconsistently: the final period (ASCII or full-width). */
function stripFinalDot(text: string): string {
  return text.replace(/[.。]+$/u, '').trim();
}

/** What the message table needs from the fact tables. */
interface Helpers {
  prefer(ids: Iterable<string>): string[];
  cap(id: string): Confidence | undefined;
  contextRule(id: string): ContextRule;
}

const REQUIRED: ContextRule = { requireSocket: true, dropOnFile: true };

/**
 * Collects every message text the facts carry (Windows system messages, titles, strerror,
 * gai_strerror, h_errno, libuv and Java texts, localized Windows texts) and decides what each means
 * on its own: high when it names a network thing, medium or low when it is generic.
 */
export function createMessageTable(networkWords: readonly string[], helpers: Helpers) {
  const words = networkWords.map((w) => w.toLowerCase());
  const isSocketText = (text: string) => words.some((w) => text.toLowerCase().includes(w));
  const windowsConfidence = (text: string): Confidence =>
    isSocketText(text) || text.split(/\s+/).length >= 8 ? 'high' : 'medium';
  const plain = (text: string): Confidence =>
    isSocketText(text) ? 'high' : stripFinalDot(text).split(/\s+/).length <= 2 ? 'low' : 'medium';

  const perKey = new Map<string, Map<string, { confidence: Confidence; needsContext: boolean }>>();
  const originals = new Map<string, string>();
  const lowerCased = new Set<string>();
  const localizedTexts = new Set<string>();
  const add = (
    raw: string | null | undefined,
    id: string,
    confidence: Confidence,
    context: boolean,
    verbatim = true,
  ) => {
    if (!raw) return;
    const key = normalizeKeyword(stripFinalDot(raw));
    if (key.length < 4) return;
    let perId = perKey.get(key);
    if (!perId) {
      perId = new Map();
      perKey.set(key, perId);
    }
    if (!originals.has(key)) originals.set(key, stripFinalDot(raw));
    if (!verbatim) lowerCased.add(key);
    const before = perId.get(id);
    // A text that needs socket context is socket-specific once the context is there.
    const own: Confidence = context ? 'high' : confidence;
    perId.set(id, {
      confidence: before && rankOf(before.confidence) > rankOf(own) ? before.confidence : own,
      needsContext: (before?.needsContext ?? true) && context,
    });
  };

  return {
    /** Adds the texts of one entry; `context`: its POSIX texts need socket context. */
    addFacts(f: ErrorFacts, context: boolean, ownsLibuvCode: boolean, ownSymbols: ReadonlySet<string>): void {
      if (f.systemMessage) add(f.systemMessage, f.id, windowsConfidence(f.systemMessage), false);
      for (const text of [f.title, f.java?.message]) if (text) add(text, f.id, plain(text), context);
      if (f.posix?.strerror) add(f.posix.strerror, f.id, plain(f.posix.strerror), context, false);
      if (f.libuv && ownsLibuvCode) add(f.libuv.message, f.id, plain(f.libuv.message), context, false);
      const g = f.libuv?.getaddrinfo;
      if (g && ownSymbols.has(g.code)) add(g.message, f.id, plain(g.message), false, false);
      for (const text of [f.resolver?.getaddrinfo?.message, f.resolver?.hErrno?.message]) {
        if (text) add(text, f.id, plain(text), false);
      }
    },
    /** A localized Windows text means what its English system message means. */
    addLocalized(m: { id: string; text: string }, english: string | null): void {
      add(m.text, m.id, english ? windowsConfidence(english) : 'medium', false);
      localizedTexts.add(normalizeKeyword(stripFinalDot(m.text)));
    },
    build(): Map<string, MessageInfo> {
      const messages = new Map<string, MessageInfo>();
      for (const [key, perId] of perKey) {
        const ids = helpers.prefer(perId.keys());
        const first = ids[0] as string;
        const best = perId.get(first) as { confidence: Confidence; needsContext: boolean };
        const entryRule = helpers.contextRule(first);
        messages.set(key, {
          ids,
          confidence: capConfidence(best.confidence, helpers.cap(first)),
          context: best.needsContext ? REQUIRED : entryRule.requireSocket ? {} : entryRule,
          localized: localizedTexts.has(key),
          original: originals.get(key) as string,
          verbatim: !lowerCased.has(key),
        });
      }
      return messages;
    },
  };
}
