import { createHash } from 'node:crypto';

/**
 * The fingerprint of a message's text kept with feedback (never the text itself): SHA-256, hex, of
 * the text with Windows line ends made Unix ones, so the same paste from two clients matches.
 */
export function hashText(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}
