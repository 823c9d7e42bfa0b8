/** The casings runtimes print a text or keyword in, compared whitespace-insensitively. */
import { isCjkCode } from './keywords/match.js';
import { PATTERNS } from './patterns.js';
import { countCjk } from './text.js';
import { plainTypography } from './typography.js';

/** A code unit `\s` matches (ECMAScript white space and line terminators). */
function isWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Does `collapse` change `s` (a whitespace other than a lone space, or a CJK character)? */
function needsCollapse(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isWhitespace(s.charCodeAt(i + 1)) : isWhitespace(c) || isCjkCode(c)) return true;
  }
  return false;
}

/** Whitespace runs as one space, none between two CJK characters (a console's line wrap). */
function collapse(s: string): string {
  if (!needsCollapse(s)) return s;
  const flat = s.replace(PATTERNS.whitespace, ' ');
  if (countCjk(flat) === 0) return flat;
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i] as string;
    const cjkGap =
      ch === ' ' && i > 0 && isCjkCode(flat.charCodeAt(i - 1)) && isCjkCode(flat.charCodeAt(i + 1));
    if (!cjkGap) out += ch;
  }
  return out;
}

const swapFirst = (s: string) => {
  const first = s[0] as string;
  return (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + s.slice(1);
};

/**
 * Is this one of the casings runtimes print a message in? A verbatim text (Windows, Java,
 * resolver) is printed exactly so, or with its first letter lower-cased (asyncio); a strerror or
 * libuv text may also have its first letter in the other case, or be all lower case (Go).
 * Typographic quotes count as plain ones on both sides: a paste's head is made plain
 * (typography.ts) while a translation may be written with `’` (glibc's uk `Вузол розірвав
 * з’єднання`, ca `S’ha refusat la connexió`), so the two never met as printed.
 */
export function hasPrintedCase(slice: string, originals: readonly string[], verbatim: boolean): boolean {
  if (originals.includes(slice)) return true;
  const text = collapse(plainTypography(slice));
  return originals.some((original) => {
    const { printed, swapped, lower } = formsOf(original);
    if (text === printed) return true;
    if (verbatim) return text === swapped && swapped[0] === swapped[0]?.toLowerCase();
    return text === swapped || text === lower;
  });
}

/** The data's texts (a few thousand) in their printed forms, computed once each. */
const forms = new Map<string, { printed: string; swapped: string; lower: string }>();
function formsOf(original: string) {
  let found = forms.get(original);
  if (!found) {
    const printed = collapse(plainTypography(original));
    found = { printed, swapped: swapFirst(printed), lower: printed.toLowerCase() };
    forms.set(original, found);
  }
  return found;
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
  const tail = PATTERNS.anyWhitespace.test(raw) ? collapse(raw) : raw;
  return variants.includes(tail);
}
