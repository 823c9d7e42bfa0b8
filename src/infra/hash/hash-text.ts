import { createHash } from 'node:crypto';

/**
 * The fingerprint of a message's text kept with feedback (never the text itself): SHA-256, hex, of
 * the text with Windows line ends made Unix ones, so the same paste from two clients matches.
 */
export function hashText(text: string): string {
  // Most texts have no CR: hashed as they are, without a copy of a paste that may be long.
  const unix = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return createHash('sha256').update(unix, 'utf8').digest('hex');
}
