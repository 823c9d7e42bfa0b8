import type { SlackFile } from './file-schema.js';
import type { SlackMessageEvent } from './schemas.js';

type Attachment = NonNullable<SlackMessageEvent['attachments']>[number];

/** Who sockerr is (`auth.test`), as `SlackSelf` in inputs.ts. */
interface Self {
  botUserId?: string;
  botId?: string;
}

/**
 * Whether an attachment is a message of sockerr's own that Slack shows inside another: a link to
 * one of its answers (unfurled as `is_msg_unfurl`) or a forward of it (`is_share`). Its words are
 * sockerr's explanation, full of error names: read as a paste, sockerr would explain itself.
 */
const isOwn = (a: Attachment, self: Self) =>
  (a.author_id !== undefined && a.author_id === self.botUserId) ||
  (a.bot_id !== undefined && a.bot_id === self.botId);

/** The message without the attachments that show sockerr's own messages (the same object when it has none). */
export function withoutOwnMessages<T extends { attachments?: Attachment[] | undefined }>(
  message: T,
  self: Self,
): T {
  const attachments = message.attachments?.filter((a) => !isOwn(a, self));
  return attachments?.length === message.attachments?.length ? message : { ...message, attachments };
}

/**
 * The files a message shows: its own, then those of the messages it forwards or links. Slack nests
 * the latter in that message's attachment (`attachments[].files`), never in the message's own
 * `files`, and shows them as part of it, as a snippet pasted in place. Each file once.
 */
export function shownFiles(
  message: { files?: SlackFile[] | undefined; attachments?: Attachment[] | undefined },
  self: Self,
): SlackFile[] {
  const forwarded = (message.attachments ?? []).flatMap((a) => (isOwn(a, self) ? [] : (a.files ?? [])));
  const seen = new Set<string>();
  return [...(message.files ?? []), ...forwarded].filter((f) => !seen.has(f.id) && seen.add(f.id));
}
