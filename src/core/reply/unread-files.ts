import type { Locale } from '../catalog/index.js';
import { cutText } from '../cut-text.js';
import type { Translate } from '../i18n/index.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';

/** Why a file shared with a message was not read: over the size read, not text, or not to be had. */
export type UnreadReason = 'too-large' | 'not-text' | 'unavailable';

/** A file of a message asked about that was not read, by the name its platform shows. */
export interface UnreadFile {
  name: string;
  reason: UnreadReason;
}

/** Files named at most; a message carries few (Slack 10, Discord 10). */
const MAX_NAMED = 10;
const MAX_NAME = 100;

/**
 * The reply to a message asked about, with the files it did not read and why: "no socket errors
 * found" must not read as a verdict on a log that was never opened (over the size sockerr reads,
 * an image, a download that failed).
 */
export function withUnreadFiles(
  t: Translate,
  reply: Reply,
  unread: readonly UnreadFile[] | undefined,
  locale: Locale,
): Reply {
  if (!unread || unread.length === 0) return reply;
  const { fallback: _fallback, ...draft } = reply;
  const items = unread
    .slice(0, MAX_NAMED)
    .map((file) => t(locale, `explain.unread.${file.reason}`, { name: cutText(file.name, MAX_NAME) }));
  const note = { heading: t(locale, 'explain.unreadFiles'), items };
  return makeReply({ ...draft, sections: [...reply.sections, note] });
}
