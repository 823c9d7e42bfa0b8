import type { Message } from 'discord.js';
import type { MessageInput } from '../../core/index.js';
import { type AttachmentReader, isReadableAttachment } from './attachments.js';
import { shownFiles } from './shown-content.js';

/**
 * What a Discord message tells core beyond its content: whether it asks sockerr (a direct message,
 * a mention of the bot or of its own role, or a reply to one of its messages; `@everyone` does not count), the
 * thread it is in (a thread channel), and how to read its text attachments (`message.txt`, which
 * Discord sends instead of content over 2,000 characters, and log files, gzip or not; a forward's
 * too), read only when core may answer.
 */
export function withDiscordExtras(
  input: MessageInput,
  message: Message,
  attachments: AttachmentReader | undefined,
): MessageInput {
  const selfId = message.client.user.id;
  if (
    !message.inGuild() ||
    message.mentions.users.has(selfId) ||
    message.mentions.repliedUser?.id === selfId ||
    // Discord's mention picker offers the bot's managed role (named as the bot) beside the bot;
    // picking it sends `<@&role>` with no user mention, and the person still asked sockerr.
    message.mentions.roles.some((role) => role.tags?.botId === selfId)
  )
    input.mentioned = true;
  if (message.channel?.isThread()) input.threadId = message.channelId;
  const files = shownFiles(message);
  if (attachments && files.some(isReadableAttachment)) {
    input.loadFiles = () => attachments.readText(files, message.channelId);
  }
  return input;
}
