import type { UnreadReason } from '../../core/index.js';

/** Reasons a file is not text (classifyTextFile's, and fetchText's once the bytes are seen). */
const NOT_TEXT = new Set(['binary', 'archive', 'unsupported-compression', 'corrupt-gzip']);

/**
 * What a person who asked about a message is told of a file that was not read, from the reason it
 * was skipped: over the size read, not text, or anything else (a failed download, a file not on
 * the platform's own hosts) not to be had. Slack and Discord say the same of the same file.
 */
export function unreadReason(skipped: string): UnreadReason {
  if (skipped === 'too-large') return 'too-large';
  return NOT_TEXT.has(skipped) ? 'not-text' : 'unavailable';
}
