import { UNWRAP_LIMIT } from './console-wraps.js';
import { maskLinePrefixes } from './line-prefixes.js';
import { readStringEscapes } from './string-escapes.js';
import { maskTerminalCodes } from './terminal-codes.js';
import { plainTypography } from './typography.js';

/**
 * Typographic spaces and quotes are made plain in a text's first 256 KiB only, as a console's breaks
 * are mended (console-wraps.ts): they come from copying a paste through a chat client, a web page or
 * a word processor, not from a program writing a log, and searching a log of megabytes for U+00A0
 * cost its detection about 1 %. Decided by offset, so a text read piece by piece reads as the whole.
 */
const COPY_LIMIT = UNWRAP_LIMIT;

/**
 * A pasted text with what copying it put in read back, one character for one (every offset into
 * it stays true): terminal codes as spaces, typographic spaces and quotes as plain ones, a string
 * literal's escapes as what they stand for, a log viewer's line prefixes as spaces when `prefixed`
 * says the text has them (see line-prefixes.ts). The whole text (`base` 0) and a stream's joined
 * pieces (`base` their offset in the whole) both ask this, so both read the same.
 */
export function readCopiedText(text: string, base: number, prefixed: (read: string) => boolean): string {
  const read = readStringEscapes(plainTypography(maskTerminalCodes(text), COPY_LIMIT - base));
  return prefixed(read) ? maskLinePrefixes(read, base) : read;
}
