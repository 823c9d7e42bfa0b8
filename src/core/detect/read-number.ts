import { hasKeywordCase } from './casing.js';
import { PATTERNS } from './patterns.js';
import type { NumberContext, NumberSpace } from './rules.js';

/** An error number found right after a context keyword, waiting for its reading. */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  spaces: readonly NumberSpace[];
  variant: string;
  /** Ids that text right at the number names (nginx `(111: Connection refused)`). */
  forced?: readonly string[];
  /** The keyword says a socket call failed (a POSIX number with one reading is sure). */
  socket?: boolean;
}

const { afterKeyword, afterKeywordHex, afterColon, hexDigits, afterQuoted } = PATTERNS;

const SEPARATOR_CODES = new Set([...' \t:=#()["\'：（［'].map((c) => c.charCodeAt(0)));
const GAP_INITIALS = new Set([...'cCnNrwi'].map((c) => c.charCodeAt(0)));

/**
 * A cheap test before the regex, since `error` is everywhere in logs and `error 10054` is not:
 * after the separators comes a digit, a minus sign, or the first letter of a gap word.
 */
function mayHaveNumber(text: string, from: number): boolean {
  // A keyword is a word: `erro` (Portuguese) in `error`, `error` in `errors` lead to no number.
  const next = text.charCodeAt(from) | 32;
  if (next >= 97 && next <= 122) return false;
  let i = from;
  while (i < text.length && i - from < 12 && SEPARATOR_CODES.has(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 45 || GAP_INITIALS.has(c);
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

/** A cheap test of the text right after a keyword: can a number of this context follow? */
export function mayReadNumber(text: string, keywordEnd: number, context: NumberContext): boolean {
  if (context.joined) return text[keywordEnd] === ':';
  if (context.hexDigits)
    return keywordEnd < text.length && PATTERNS.hexDigit.test(text[keywordEnd] as string);
  return context.skipQuoted === true || mayHaveNumber(text, keywordEnd);
}

/**
 * Reads the number after a context keyword (`keywordEnd`), or null when none follows.
 * `isSocketCall` says whether the call named before a keyword such as `() failed` is a socket call.
 */
export function readNumberAfter(
  text: string,
  keywordStart: number,
  keywordEnd: number,
  context: NumberContext,
  isSocketCall: (text: string, before: number) => boolean,
): NumberMention | null {
  if (!mayReadNumber(text, keywordEnd, context)) return null;
  // A category name is a word of its own: not `*-generic:111` or `http://generic:1111`.
  if (context.joined && keywordStart > 0 && PATTERNS.wordBefore.test(text[keywordStart - 1] as string))
    return null;
  const pattern = patternFor(context);
  pattern.lastIndex = keywordEnd;
  const m = pattern.exec(text);
  if (!m || !hasKeywordCase(text, keywordStart, keywordEnd, context.keyword)) return null;
  if (context.afterCall && !isSocketCall(text, keywordStart)) return null;
  const digits = m[m.length - 1] as string;
  let end = pattern.lastIndex;
  const numberStart = end - digits.length;
  if (context.followedBy) {
    let i = end;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    const next = text.slice(i, i + 40).toLowerCase();
    if (!context.followedBy.some((f) => next.startsWith(f.toLowerCase()))) return null;
  }
  let start = keywordStart;
  // `WSAGetLastError() = 10054`, `ConnectionRefusedError(10061, …)`: show the whole identifier.
  for (let i = 0; i < 40 && start > 0 && PATTERNS.identifierChar.test(text[start - 1] as string); i++)
    start--;
  const closer = text[end];
  if (closer === ']' || closer === ')') {
    const opener = closer === ']' ? '[' : '(';
    if (text[keywordStart - 1] === opener && !context.skipQuoted) start--;
    if (text.slice(start, numberStart).includes(opener)) end++;
  }
  return {
    start,
    end,
    value: numberValue(digits, context),
    spaces: context.spaces,
    variant: `number:${context.keyword.toLowerCase()}`,
    ...(context.socket || context.afterCall ? { socket: true } : {}),
  };
}
