import { type ContextRule, NEAR } from './detect-types.js';
import type { Confidence } from './finding.js';

/** `[A-Za-z0-9_]`. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** `[A-Za-z0-9]`. */
export function isAlnumCode(code: number): boolean {
  return isWordCode(code) && code !== 95;
}

/** Has the match word boundaries on both sides (`ECONNRESET` in `WSAECONNRESET` has not)? */
export function hasSymbolBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const ok = !isWordCode(before) || (before === 95 && text.slice(Math.max(0, start - 3), start) === 'UV_');
  return ok && !(end < text.length && isWordCode(text.charCodeAt(end)));
}

/** A message must not start or end inside a word (`Connection refused` in `XConnection refusedY`). */
export function hasMessageBoundaries(text: string, start: number, end: number): boolean {
  if (start > 0 && isAlnumCode(text.charCodeAt(start - 1))) return false;
  const last = text.charCodeAt(end - 1);
  return !(isAlnumCode(last) && end < text.length && isAlnumCode(text.charCodeAt(end)));
}

/** The previous character that is not a space or tab, or `\n` at the start of the text. */
export function previousNonBlank(text: string, start: number): string {
  for (let i = start - 1, n = 0; i >= 0 && n < 16; i--, n++) {
    const ch = text[i] as string;
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return '\n';
}

const LEAD_SEPARATORS = new Set([
  '\n',
  '\r',
  ':',
  ';',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '-',
  '"',
  "'",
  '>',
  '|',
  ',',
  '=',
  '`',
]);

/**
 * Runtimes print message texts capitalized, or in lower case right after a separator
 * (Go's `connect: connection refused`). Lower case inside a sentence is someone talking about
 * the error rather than a pasted error: such a mention counts one level less.
 */
export function isLowerCaseInProse(text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  return slice === slice.toLowerCase() && !LEAD_SEPARATORS.has(previousNonBlank(text, start));
}

/** Is an all-lower-case symbol an Erlang/Elixir atom (`:econnrefused`, `{error,econnrefused}`)? */
export function isAtomContext(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] === ':') return true;
  const before = previousNonBlank(text, start);
  return before === ',' || before === '{';
}

const CHUNK = 512;
const OVERLAP = 32;

/** Where context words are in a text, found on demand around the mentions that need them. */
export interface ContextWords {
  /** Distance from the span to the nearest socket word within {@link NEAR}, else Infinity. */
  socket(start: number, end: number): number;
  file(start: number, end: number): number;
}

/**
 * Finds context words lazily: the text is cut into chunks, each searched at most once and only
 * when a mention near it asks, so the cost stays linear however many mentions ask. Words inside
 * `masked` spans (sorted, non-overlapping: the error messages found) do not count, so the `open`
 * of `Too many open files` is no file context.
 */
export function createContextWords(
  text: string,
  socketWords: RegExp,
  fileWords: RegExp,
  masked: readonly { start: number; end: number }[] = [],
): ContextWords {
  const isMasked = (p: number): boolean => {
    let lo = 0;
    let hi = masked.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((masked[mid] as { end: number }).end <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo < masked.length && (masked[lo] as { start: number }).start <= p;
  };
  const cache = [new Map<number, number[]>(), new Map<number, number[]>()];
  const positions = (which: 0 | 1, chunk: number): number[] => {
    const seen = (cache[which] as Map<number, number[]>).get(chunk);
    if (seen) return seen;
    const pattern = which === 0 ? socketWords : fileWords;
    const from = chunk * CHUNK;
    const slice = text.slice(Math.max(0, from - 1), Math.min(text.length, from + CHUNK + OVERLAP));
    const offset = Math.max(0, from - 1);
    const found: number[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
      const at = offset + m.index + (m[1]?.length ?? 0);
      if (at >= from && at < from + CHUNK && !isMasked(at)) found.push(at);
      if (m[0].length === 0) pattern.lastIndex++;
    }
    (cache[which] as Map<number, number[]>).set(chunk, found);
    return found;
  };
  const nearest = (which: 0 | 1, start: number, end: number): number => {
    let best = Number.POSITIVE_INFINITY;
    const lo = Math.max(0, start - NEAR);
    const hi = Math.min(text.length, end + NEAR);
    for (let chunk = Math.floor(lo / CHUNK); chunk * CHUNK < hi; chunk++) {
      for (const p of positions(which, chunk)) {
        if (p < lo || p > hi || (p >= start && p < end)) continue;
        const d = p < start ? start - p : p > end ? p - end : 0;
        if (d < best) best = d;
      }
    }
    return best;
  };
  return { socket: (s, e) => nearest(0, s, e), file: (s, e) => nearest(1, s, e) };
}

/** The regexes `createContextWords` needs: socket words as prefixes, file words as whole words. */
export function buildContextPatterns(socket: readonly string[], file: readonly string[]): [RegExp, RegExp] {
  const quote = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const alternation = (words: readonly string[]) =>
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(quote)
      .join('|');
  return [
    new RegExp(`(^|[^A-Za-z])(?:${alternation(socket)})`, 'gi'),
    new RegExp(`(^|[^A-Za-z])(?:${alternation(file)})(?![A-Za-z])`, 'gi'),
  ];
}

/** Applies a {@link ContextRule} to a mention's confidence; null drops the mention. */
export function applyContext(
  words: ContextWords,
  rule: ContextRule,
  start: number,
  end: number,
  confidence: Confidence,
): Confidence | null {
  if (!rule.requireSocket && !rule.dropOnFile && !rule.promote) return confidence;
  const socket = words.socket(start, end);
  const file = words.file(start, end);
  const fileNearer = file !== Number.POSITIVE_INFINITY && file <= socket;
  if (fileNearer && rule.dropOnFile) return null;
  if (rule.requireSocket && socket === Number.POSITIVE_INFINITY) return 'low';
  if (rule.promote && socket !== Number.POSITIVE_INFINITY && !fileNearer) return 'high';
  return confidence;
}

/** A label for what precedes a symbol, so `code: 'ECONNRESET'` and `read ECONNRESET` are distinct mentions. */
export function symbolLabel(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 10), start).toLowerCase();
  if (/code["']?\s*[:=]\s*["']?$/.test(before)) return 'code';
  if (/errno["']?\s*[:=]\s*["']?$/.test(before)) return 'errno';
  if (before.endsWith('::')) return 'ruby';
  return 'plain';
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Is this the casing runtimes print a message in? A verbatim text (Windows, Java, resolver) is
 * printed exactly so; a strerror or libuv text may also have its first letter in the other case,
 * or be all lower case (Go). The prefilter's anchors rely on exactly this rule.
 */
export function hasPrintedCase(slice: string, original: string, verbatim: boolean): boolean {
  const text = collapse(slice);
  const printed = collapse(original);
  if (verbatim) return text === printed;
  if (text === printed || text === printed.toLowerCase()) return true;
  const first = printed[0] as string;
  const swapped =
    (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + printed.slice(1);
  return text === swapped;
}

/** Case variants of a keyword without its first letter: `errno` → `rrno`, `RRNO`. */
export function keywordTailVariants(keyword: string): string[] {
  const tail = collapse(keyword.slice(1));
  return [...new Set([tail, tail.toLowerCase(), tail.toUpperCase()])];
}

const tailVariants = new Map<string, string[]>();

/** Is a keyword written as logs write it (`errno`, `Errno`, `ERRNO`; not `eRrNo`)? */
export function hasKeywordCase(text: string, start: number, end: number, keyword: string): boolean {
  let variants = tailVariants.get(keyword);
  if (!variants) {
    variants = keywordTailVariants(keyword);
    tailVariants.set(keyword, variants);
  }
  const raw = text.slice(start + 1, end);
  const tail = /\s/.test(raw) ? collapse(raw) : raw;
  return variants.includes(tail);
}
