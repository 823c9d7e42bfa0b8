import { isHexDigitCode } from './ascii.js';
import { hasKeywordCase } from './casing.js';
import { variantOf } from './hit.js';
import { GAP_WORDS, PATTERNS } from './patterns.js';
import { endsWithOneOf, followsInRecord, precedesOnLine } from './record-window.js';
import type { NumberContext, NumberSpace } from './rules.js';
import { followsAsSaid, readWrappedNumber, startsDateBytes, startsDateOrTime } from './wrapped-number.js';

/** An error number found right after a context keyword, waiting for its reading. */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  spaces: readonly NumberSpace[];
  variant: string;
  /** Ids that text right at the number names (nginx `(111: Connection refused)`). */
  forced?: readonly string[];
  /** A socket call failed: a POSIX number with one reading is sure; `'sure'`: no default either. */
  socket?: boolean | 'sure';
  /** No shorter keyword reads this number again, even when none of the keyword's spaces reads it. */
  owns?: boolean;
}

const { afterKeyword, afterKeywordHex, afterColon, hexDigits, afterQuoted } = PATTERNS;

/** What may come between a keyword and its number (`SEPARATOR` in patterns.ts). */
const SEPARATORS = ' \t:=#()["\'`：（［';
/** 1: a separator or a line break (a wrap's: wrapped-number.ts); 2: a digit or `-`; 3: a gap word's first letter. */
const NEXT = new Uint8Array(128);
for (const c of `${SEPARATORS}\r\n`) if (c.charCodeAt(0) < 128) NEXT[c.charCodeAt(0)] = 1;
for (const c of '0123456789-') NEXT[c.charCodeAt(0)] = 2;
for (const w of GAP_WORDS) NEXT[w.charCodeAt(0)] = 3;
const WIDE_SEPARATORS = [...SEPARATORS].map((c) => c.charCodeAt(0)).filter((c) => c >= 128);

/** 1 for a separator, 2 where a number begins, 3 where a gap word may, 0 otherwise. */
function kindOf(code: number): number {
  if (code < 128) return NEXT[code] as number;
  return WIDE_SEPARATORS.includes(code) ? 1 : 0;
}

/**
 * A cheap test before the regex, since `error` is everywhere in logs and `error 10054` is not:
 * after the separators comes a digit, a minus sign, or a gap word (`code`, `returned`…).
 */
function mayHaveNumber(text: string, from: number): boolean {
  // A keyword is a word: `erro` (Portuguese) in `error`, `error` in `errors` lead to no number.
  const next = text.charCodeAt(from) | 32;
  if (next >= 97 && next <= 122) return false;
  let i = from;
  let broke = false;
  // Not `broke ||= …`: once true, it would skip the step and loop forever.
  for (; i < text.length && i - from < 12 && kindOf(text.charCodeAt(i)) === 1; i++)
    if (text[i] === '\n') broke = true;
  const kind = i < text.length ? kindOf(text.charCodeAt(i)) : 0;
  if (kind !== 3) return kind === 2 && !(broke && startsDateOrTime(text, i));
  for (const w of GAP_WORDS) if (text.startsWith(w, i)) return true;
  return false;
}

function patternFor(context: NumberContext): RegExp {
  if (context.joined) return afterColon;
  if (context.hexDigits) return hexDigits;
  if (context.skipQuoted) return afterQuoted;
  return context.hex ? afterKeywordHex : afterKeyword;
}

/** `0x274d` or `-4077`; after a keyword that ends in `0x`, the hex digits alone. */
const numberValue = (digits: string, context: NumberContext) =>
  context.hexDigits
    ? Number.parseInt(digits, 16)
    : digits[1] === 'x' || digits[1] === 'X'
      ? Number.parseInt(digits.slice(2), 16)
      : Number(digits);

/**
 * The ways `mayReadNumber` tests what follows a keyword, as bits: a keyword that only leads to
 * numbers is tested once per candidate with its contexts' bits (no look-up of the contexts then:
 * `error` is a candidate thousands of times per megabyte of log).
 */
const GATE = { joined: 1, hex: 2, quoted: 4, plain: 8 } as const;

/** The bit of `GATE` that `mayReadNumber` tests a context by. */
export function gateOf(context: NumberContext): number {
  // The match of a keyword ending in a comma stops before the comma: `readNumberAfter` tests it.
  if (context.keyword.endsWith(',')) return GATE.quoted;
  if (context.joined) return GATE.joined;
  if (context.hexDigits) return GATE.hex;
  return context.skipQuoted ? GATE.quoted : GATE.plain;
}

/** `mayReadNumber` for any of the contexts whose gates are `gates`: can a number follow? */
export function mayReadNumberGated(text: string, keywordEnd: number, gates: number): boolean {
  if (gates & GATE.quoted) return true;
  const next = text.charCodeAt(keywordEnd);
  if (gates & GATE.joined && next === 58) return true;
  if (gates & GATE.hex && isHexDigitCode(next)) return true;
  return (gates & GATE.plain) !== 0 && mayHaveNumber(text, keywordEnd);
}

/**
 * `mayReadNumberGated` over an ASCII text's bytes (`bytes[0, length)`), made by the automaton as
 * it passes, while those bytes are still in cache: most `error` candidates of a log stop here, and
 * are never looked up again in the text, by then long out of cache. The same test as that one for
 * ASCII text (a test holds them equal); every candidate it lets through is tested again by it.
 */
export function mayReadNumberBytes(bytes: Uint8Array, length: number, end: number, gates: number): boolean {
  if (gates & GATE.quoted) return true;
  const next = end < length ? (bytes[end] as number) : -1;
  if (gates & GATE.joined && next === 58) return true;
  if (gates & GATE.hex && isHexDigitCode(next)) return true;
  if ((gates & GATE.plain) === 0) return false;
  const lower = next | 32;
  if (lower >= 97 && lower <= 122) return false;
  let i = end;
  let broke = false;
  for (; i < length && i - end < 12 && NEXT[bytes[i] as number] === 1; i++) if (bytes[i] === 10) broke = true;
  const kind = i < length ? NEXT[bytes[i] as number] : 0;
  if (kind !== 3) return kind === 2 && !(broke && startsDateBytes(bytes, length, i));
  for (const w of GAP_WORDS) if (startsWithBytes(bytes, length, i, w)) return true;
  return false;
}

/** Does `bytes[at, length)` start with the ASCII word `w`? */
function startsWithBytes(bytes: Uint8Array, length: number, at: number, w: string): boolean {
  if (at + w.length > length) return false;
  for (let j = 0; j < w.length; j++) if (bytes[at + j] !== w.charCodeAt(j)) return false;
  return true;
}

/** A cheap test of the text right after a keyword: can a number of this context follow? */
function mayReadNumber(text: string, keywordEnd: number, context: NumberContext): boolean {
  if (context.joined) return text[keywordEnd] === ':';
  if (context.hexDigits)
    return keywordEnd < text.length && PATTERNS.hexDigit.test(text[keywordEnd] as string);
  return context.skipQuoted === true || mayHaveNumber(text, keywordEnd);
}

/**
 * Reads the number after a context keyword (its match ends at `matchEnd`), or null when none follows.
 * `isSocketCall` says whether the call named before a keyword such as `() failed` is a socket call.
 * `wrapped`: a wrap broke one of the text's first lines, so the number may be under the keyword's line.
 */
export function readNumberAfter(
  text: string,
  keywordStart: number,
  matchEnd: number,
  context: NumberContext,
  isSocketCall: (text: string, before: number) => boolean,
  wrapped = false,
): NumberMention | null {
  // The scanner trims a comma off a keyword's end: 'Socket error: connect, 10060' (miniupnpc).
  const comma = context.keyword.endsWith(',');
  if (comma && text[matchEnd] !== ',') return null;
  const keywordEnd = comma ? matchEnd + 1 : matchEnd;
  if (!mayReadNumber(text, keywordEnd, context)) return null;
  if (context.unlessAfter && endsWithOneOf(text, keywordStart, context.unlessAfter)) return null;
  // A category name is a word of its own: not `*-generic:111` or `http://generic:1111`.
  if (context.joined && keywordStart > 0 && PATTERNS.wordBefore.test(text[keywordStart - 1] as string))
    return null;
  const pattern = patternFor(context);
  pattern.lastIndex = keywordEnd;
  const read = pattern.exec(text);
  const across = read === null && wrapped ? readWrappedNumber(pattern, text, keywordEnd) : null;
  const m = read ?? across?.match;
  if (!m || !hasKeywordCase(text, keywordStart, keywordEnd, context.keyword)) return null;
  if (context.afterCall && !isSocketCall(text, keywordStart)) return null;
  const digits = m[m.length - 1] as string;
  let end = across?.end ?? pattern.lastIndex;
  const numberStart = end - digits.length;
  if (!followsAsSaid(text, end, wrapped, context)) return null;
  if (context.withinRecord && !followsInRecord(text, end, context.withinRecord, wrapped)) return null;
  if (context.precededBy && !precedesOnLine(text, keywordStart, context.precededBy)) return null;
  let start = keywordStart;
  // `WSAGetLastError() = 10054`, `ConnectionRefusedError(10061, …)`: show the whole identifier.
  for (let i = 0; i < 40 && start > 0 && PATTERNS.identifierChar.test(text[start - 1] as string); i++)
    start--;
  if (context.unlessClassStarts?.some((c) => text.startsWith(c, start))) return null;
  const closer = text[end];
  if (closer === ']' || closer === ')') {
    const opener = closer === ']' ? '[' : '(';
    if (text[keywordStart - 1] === opener && !context.skipQuoted) start--;
    if (text.slice(start, numberStart).includes(opener)) end++;
  }
  const mention: NumberMention = {
    start,
    end,
    value: numberValue(digits, context),
    spaces: context.spaces,
    variant: variantOf('number', context.keyword.toLowerCase()),
  };
  if (context.socket || context.afterCall) mention.socket = context.sure ? 'sure' : true;
  if (context.owns) mention.owns = true;
  return mention;
}
