/** The casings runtimes print a text or keyword in, compared whitespace-insensitively. */
import { isCjkCode } from './keywords/match.js';
import { PATTERNS } from './patterns.js';
import { countCjk } from './text.js';

/** Whitespace runs as one space, none between two CJK characters (a console's line wrap). */
function collapse(s: string): string {
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
 */
export function hasPrintedCase(slice: string, originals: readonly string[], verbatim: boolean): boolean {
  if (originals.includes(slice)) return true;
  const text = collapse(slice);
  return originals.some((original) => {
    const printed = collapse(original);
    if (text === printed) return true;
    const swapped = swapFirst(printed);
    if (verbatim) return text === swapped && swapped[0] === swapped[0]?.toLowerCase();
    return text === swapped || text === printed.toLowerCase();
  });
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
