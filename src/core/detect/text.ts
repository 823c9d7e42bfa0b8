/** Character-level rules for a mention: word boundaries, the casings runtimes print, labels. */

/** `[A-Za-z0-9_]`. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** `[A-Za-z0-9]`. */
function isAlnumCode(code: number): boolean {
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
function previousNonBlank(text: string, start: number): string {
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
function keywordTailVariants(keyword: string): string[] {
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
