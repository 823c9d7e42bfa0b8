import { readStringEscapes } from './string-escapes.js';
import { maskTerminalCodes } from './terminal-codes.js';
import { plainTypography } from './typography.js';

/**
 * A pasted text with what copying it put in read back, one character for one (every offset into
 * it stays true): terminal codes as spaces, typographic spaces and quotes as plain ones, a string
 * literal's escapes as what they stand for. The whole text and a stream's joined pieces both ask
 * this, so both read the same.
 */
export function readCopiedText(text: string): string {
  return readStringEscapes(plainTypography(maskTerminalCodes(text)));
}
