import type { ErrorFacts } from '../catalog/index.js';
import type { Confidence } from './finding.js';
import { type ContextRule, capConfidence, rankOf } from './hit.js';
import { normalizeKeyword } from './keywords/match.js';
import { PATTERNS } from './patterns.js';
import type { GlibcMessage, LocalizedMessage } from './rules.js';
import { countCjk } from './text.js';
import { setUniqueEnds } from './unique-ends.js';

/** A message text (system message, strerror, gai_strerror…) and what it means on its own. */
export interface MessageInfo {
  /** Preferred id first. */
  ids: string[];
  confidence: Confidence;
  context: ContextRule;
  /** Non-English text (Windows' or glibc's translation). */
  localized: boolean;
  /** The texts as the sources spell them (final dot stripped): an exact match equals one of them. */
  originals: string[];
  /**
   * Printed verbatim by everything that prints it (Windows, Java, resolver texts): it must match
   * exactly, or with its first letter lower-cased (asyncio). Otherwise (strerror, libuv) it may also
   * appear all in lower case (Go lower-cases strerror texts).
   */
  verbatim: boolean;
  /**
   * Long and distinctive enough to be recognised when changed: other case or punctuation,
   * truncated, slightly retyped (one confidence level less than an exact match).
   */
  loose: boolean;
  /** A short CJK text, everyday wording: high only as a whole message (`…: 连接超时`), else medium. */
  segment: boolean;
  /** A text cut short must keep this many characters to be this message alone (0: not loose). */
  uniqueFrom: number;
  /** A text that starts inside the message must keep this many of its last characters (0: not loose). */
  uniqueBack: number;
}

/** Strips what runtimes strip or keep inconsistently: the final period (ASCII or full-width). */
function stripFinalDot(text: string): string {
  // Thousands of texts at start-up, most without one: the regex is tried only when it can match.
  const last = text.charCodeAt(text.length - 1);
  return (last === 46 || last === 0x3002 ? text.replace(PATTERNS.finalDot, '') : text).trim();
}

/** `confidenceOf`, worked out once per text. */
function onceByText(confidenceOf: (text: string) => Confidence): (text: string) => Confidence {
  const known = new Map<string, Confidence>();
  return (text) => {
    let confidence = known.get(text);
    if (confidence === undefined) {
      confidence = confidenceOf(text);
      known.set(text, confidence);
    }
    return confidence;
  };
}

/** What the message table needs from the fact tables. */
interface Helpers {
  prefer(ids: Iterable<string>): string[];
  cap(id: string): Confidence | undefined;
  contextRule(id: string): ContextRule;
}

/** A generic text (`Broken pipe`, `Permission denied`) is about a socket only with socket words near. */
const REQUIRED: ContextRule = { requireSocket: true, dropOnFile: true, dropWithoutSocket: true };
/** Loose matching needs this many normalized characters (CJK characters count three). */
const LOOSE_MIN = 36;
/** A translation shorter than this (letters, not CJK) is everyday wording: medium at most. */
const SHORT_TRANSLATION = 12;

interface PerId {
  confidence: Confidence;
  needsContext: boolean;
}
interface PerKey {
  ids: Map<string, PerId>;
  originals: Set<string>;
  localized: boolean;
  verbatim: boolean;
  cap: Confidence | undefined;
}

/**
 * Collects every message text the facts carry (Windows system messages, titles, strerror,
 * gai_strerror, h_errno, libuv and Java texts) and their translations (Windows' and glibc's), and
 * decides what each means on its own: high when it names a network thing, medium or low when it is
 * generic; translations as sure as the English text they translate, unless short or ambiguous.
 */
export function createMessageTable(networkWords: readonly string[], helpers: Helpers) {
  const words = networkWords.map((w) => w.toLowerCase());
  const isSocketText = (text: string) => {
    const lower = text.toLowerCase();
    return words.some((w) => lower.includes(w));
  };
  // Both are asked again for every translation of an English text (a thousand translations of a few
  // hundred Windows texts, 2,000 glibc ones of a few dozen): each text's answer is worked out once.
  const windowsConfidence = onceByText((text) =>
    isSocketText(text) || text.split(PATTERNS.words).length >= 8 ? 'high' : 'medium',
  );
  const plain = onceByText((text) =>
    isSocketText(text) ? 'high' : stripFinalDot(text).split(PATTERNS.words).length <= 2 ? 'low' : 'medium',
  );

  const perKey = new Map<string, PerKey>();
  const add = (
    raw: string | null | undefined,
    id: string,
    confidence: Confidence,
    context: boolean,
    options: { verbatim?: boolean; localized?: boolean; cap?: Confidence } = {},
  ) => {
    if (!raw) return;
    const text = stripFinalDot(raw);
    const key = normalizeKeyword(text);
    if (key.length < 4 && countCjk(key) < 2) return;
    let entry = perKey.get(key);
    if (!entry) {
      entry = { ids: new Map(), originals: new Set(), localized: false, verbatim: true, cap: undefined };
      perKey.set(key, entry);
    }
    entry.originals.add(text);
    entry.verbatim &&= options.verbatim ?? true;
    entry.localized ||= options.localized ?? false;
    if (options.cap) entry.cap = capConfidence(options.cap, entry.cap);
    const before = entry.ids.get(id);
    // A text that needs socket context is socket-specific once the context is there.
    const own: Confidence = context ? 'high' : confidence;
    entry.ids.set(id, {
      confidence: before && rankOf(before.confidence) > rankOf(own) ? before.confidence : own,
      needsContext: (before?.needsContext ?? true) && context,
    });
  };
  /** Translations: short everyday wording and texts glibc also uses for something else are medium. */
  const translationCap = (text: string, ambiguous: boolean): Confidence | undefined =>
    ambiguous || (countCjk(text) === 0 && stripFinalDot(text).length < SHORT_TRANSLATION)
      ? 'medium'
      : undefined;

  return {
    /** Adds the texts of one entry; `context`: its POSIX texts need socket context. */
    addFacts(f: ErrorFacts, context: boolean, ownsLibuvCode: boolean, ownSymbols: ReadonlySet<string>): void {
      if (f.systemMessage) add(f.systemMessage, f.id, windowsConfidence(f.systemMessage), false);
      for (const text of [f.title, f.java?.message]) if (text) add(text, f.id, plain(text), context);
      const loose = { verbatim: false };
      if (f.posix?.strerror) add(f.posix.strerror, f.id, plain(f.posix.strerror), context, loose);
      if (f.libuv && ownsLibuvCode) add(f.libuv.message, f.id, plain(f.libuv.message), context, loose);
      const g = f.libuv?.getaddrinfo;
      if (g && ownSymbols.has(g.code)) add(g.message, f.id, plain(g.message), false, loose);
      for (const text of [f.resolver?.getaddrinfo?.message, f.resolver?.hErrno?.message]) {
        if (text) add(text, f.id, plain(text), false);
      }
    },
    /** A localized Windows text means what its English system message means. */
    addLocalized(m: LocalizedMessage, english: string | null): void {
      if (helpers.cap(m.id) === 'low') return;
      const cap = capConfidence(m.confidence ?? 'high', translationCap(m.text, false));
      add(m.text, m.id, english ? windowsConfidence(english) : 'medium', false, {
        verbatim: false,
        localized: true,
        cap,
      });
    },
    /** A glibc translation is as sure as the English text it translates. */
    addGlibc(m: GlibcMessage): void {
      // A translation of a text that is only a weak hint in English (`System error`) adds noise.
      if (plain(m.msgid) === 'low' || helpers.cap(m.id) === 'low') return;
      const cap = translationCap(m.text, m.ambiguous);
      add(m.text, m.id, plain(m.msgid), false, { verbatim: false, localized: true, ...(cap ? { cap } : {}) });
    },
    build(): Map<string, MessageInfo> {
      const messages = new Map<string, MessageInfo>();
      for (const [key, entry] of perKey) {
        const ids = helpers.prefer(entry.ids.keys());
        const first = ids[0] as string;
        const best = entry.ids.get(first) as PerId;
        const entryRule = helpers.contextRule(first);
        const confidence = capConfidence(capConfidence(best.confidence, helpers.cap(first)), entry.cap);
        const cjk = countCjk(key);
        // Korean puts spaces between its words (`연결 시간 초과`): a short text of CJK words only.
        const spaces = key.split(' ').length - 1;
        messages.set(key, {
          ids,
          confidence,
          context: best.needsContext ? REQUIRED : entryRule.requireSocket ? {} : entryRule,
          localized: entry.localized,
          originals: [...entry.originals],
          verbatim: entry.verbatim,
          loose: confidence === 'high' && key.length + 2 * cjk >= LOOSE_MIN,
          segment: cjk > 0 && cjk + spaces === key.length && cjk <= 6,
          uniqueFrom: 0,
          uniqueBack: 0,
        });
      }
      setUniqueEnds(messages);
      return messages;
    },
  };
}
