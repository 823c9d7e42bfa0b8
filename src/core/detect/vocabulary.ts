import { PATTERNS } from './patterns.js';

/**
 * The words of the detector's texts, which a console's break inside a word is mended by
 * (console-wraps.ts): `…its access per` / `missions.` is mended because `permissions` is a word of
 * one of them.
 */

/** A letter of a script whose words a console may break: Latin (with its accents), Greek, Cyrillic. */
export function isLetterCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x4ff && code !== 0xd7 && code !== 0xf7)
  );
}

/**
 * The words, lower-cased (runs of two or more letters), and those among them that the data writes
 * with a capital inside (`ConnectionRefused`, a program's name for an error). The texts as
 * detection keys them are folded to lower case, so the case is read from the data they came from.
 */
export interface Vocabulary {
  words: ReadonlySet<string>;
  camelCase: ReadonlySet<string>;
}

const isUpper = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);
const isLower = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff);

/** Does `word` have a capital right after a small letter (`connectionRefused`, `ConnectionRefused`)? */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++)
    if (isUpper(word.charCodeAt(i)) && isLower(word.charCodeAt(i - 1))) return true;
  return false;
}

/** Each run of two or more letters of `text`, as its start and end. */
function eachRun(text: string, take: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && isLetterCode(text.charCodeAt(i));
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start > 1) take(start, i);
      start = -1;
    }
  }
}

/** Every string in a value: a string, or lists of them however nested (absent fields are null). */
function eachString(value: unknown, take: (text: string) => void): void {
  if (typeof value === 'string') take(value);
  else if (Array.isArray(value)) for (const item of value) eachString(item, take);
}

/**
 * The vocabulary of `texts` (as keyed), with the words that `sources` write with a capital inside
 * (read only in the strings that have one: most are prose or capitals alone).
 */
export function collectVocabulary(texts: Iterable<string>, sources: unknown = texts): Vocabulary {
  const words = new Set<string>();
  // Lower-cased whole, then split: the texts are thousands, and most runs are words already seen.
  for (const text of texts) {
    const lower = text.toLowerCase();
    eachRun(lower, (start, end) => words.add(lower.slice(start, end)));
  }
  const camelCase = new Set<string>();
  eachString(sources, (text) => {
    if (!PATTERNS.innerCapital.test(text)) return;
    eachRun(text, (start, end) => {
      const run = text.slice(start, end);
      if (hasInnerCapital(run)) camelCase.add(run.toLowerCase());
    });
  });
  return { words, camelCase };
}

/**
 * Is `word`, as a text writes it, a word of the vocabulary? One the data writes in camel case
 * counts only where the text has a capital inside it too: `Connection` / `refused`, at the end of
 * a line of 80 columns, is prose wrapped between two words, not `ConnectionRefused` broken.
 */
export function isVocabularyWord(vocabulary: Vocabulary, word: string): boolean {
  const lower = word.toLowerCase();
  if (!vocabulary.words.has(lower)) return false;
  return !vocabulary.camelCase.has(lower) || hasInnerCapital(word);
}
