import { UNWRAP_LIMIT } from './console-wraps.js';
import { readStringEscapes } from './string-escapes.js';
import { maskColourRemnants } from './terminal-codes.js';
import { plainTypography } from './typography.js';

/**
 * Typographic spaces and quotes are made plain in a text's first 256 KiB only, as a console's breaks
 * are mended (console-wraps.ts): they come from copying a paste through a chat client, a web page or
 * a word processor, not from a program writing a log, and searching a log of megabytes for U+00A0
 * cost its detection about 1 %. Decided by offset, so a text read piece by piece reads as the whole.
 */
const COPY_LIMIT = UNWRAP_LIMIT;

/**
 * A pasted text with what copying it put in read back, one character for one (every offset into it
 * stays true; its terminal codes are gone already, invisible.ts): typographic spaces and quotes as
 * plain ones, a string literal's escapes as what they stand for, then (in the first 256 KiB) a
 * colour code's remnant whose ESC was lost as spaces (read after the escapes: a `\\` before
 * `u001b[31m` is then an escaped backslash whether the text comes whole or in pieces). A log
 * viewer's line prefixes are its readers' to mask (line-prefixes.ts): a stream hands its records on
 * with them. The whole text (`base` 0) and a stream's joined pieces (`base` their offset in the
 * whole) both ask this, so both read the same.
 */
export function readCopiedText(text: string, base: number): string {
  const limit = COPY_LIMIT - base;
  return maskColourRemnants(readStringEscapes(plainTypography(text, limit)), limit);
}
