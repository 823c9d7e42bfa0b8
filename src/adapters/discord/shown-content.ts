import type { Attachment, Message, MessageSnapshot } from 'discord.js';

/**
 * What a message shows people, as text: its content, then the content of the message it forwards.
 * A forward (Discord's "Forward" menu) has no content of its own; the original's text and files
 * come as a snapshot, and the channel shows them as the message.
 */
export function shownText(message: Message): string {
  const parts = [message.content, ...snapshotsOf(message).map((s) => s.content)];
  // discord.js passes `content` through as the gateway sent it.
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n');
}

/** The files a message shows: its own, then those of the message it forwards. */
export function shownFiles(message: Message): Attachment[] {
  return [message, ...snapshotsOf(message)].flatMap((m) => [...(m.attachments?.values() ?? [])]);
}

/** `?? []`: a message discord.js built from a partial payload may have no snapshot collection. */
function snapshotsOf(message: Message): MessageSnapshot[] {
  return [...(message.messageSnapshots?.values() ?? [])];
}
