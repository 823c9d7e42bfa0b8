import { type Attachment, ChannelType, type Embed, type Message, type MessageSnapshot } from 'discord.js';
import { OWN_CUSTOM_ID_PREFIX } from './feedback-ids.js';

/**
 * What a message shows people, as text: its content, then the content of the message it forwards;
 * a forum post's first message under the post's title, which its author wrote as its headline.
 * A forward (Discord's "Forward" menu) has no content of its own; the original's text and files
 * come as a snapshot, and the channel shows them as the message. With `embeds`, the text of its
 * embeds too: an alert from Grafana, Alertmanager or CI is often nothing else. With
 * `skipOwnAnswers`, a forward of one of sockerr's answers shows nothing: read as a paste, sockerr
 * would explain its own answer.
 */
export function shownText(
  message: Message,
  options: { embeds?: boolean; skipOwnAnswers?: boolean } = {},
): string {
  const snapshots = snapshotsOf(message).filter((m) => !(options.skipOwnAnswers && isOwnAnswer(m)));
  const parts = [message, ...snapshots].flatMap((m) => [
    m.content,
    ...(options.embeds ? (m.embeds ?? []).flatMap(embedText) : []),
  ]);
  parts.unshift(postTitle(message));
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

/** An embed's text in the order Discord shows it. */
function embedText(embed: Embed): (string | null | undefined)[] {
  return [
    embed.author?.name,
    embed.title,
    embed.description,
    ...embed.fields.flatMap((field) => [field.name, field.value]),
    embed.footer?.text,
  ];
}

/**
 * The title of the forum (or media channel) post that `message` opens: the post is a thread with
 * the same id as its first message. Later messages in the post are not read with it, or each
 * would repeat the title's error.
 */
function postTitle(message: Message): string | undefined {
  const channel = message.channel;
  if (!channel?.isThread() || channel.id !== message.id) return undefined;
  const forum =
    channel.parent?.type === ChannelType.GuildForum || channel.parent?.type === ChannelType.GuildMedia;
  return forum ? channel.name : undefined;
}

/**
 * Whether a forwarded message is one of sockerr's answers. A snapshot names no author, but keeps
 * the message's buttons, and only sockerr's carry its `custom_id`s.
 */
function isOwnAnswer(snapshot: MessageSnapshot): boolean {
  return (snapshot.components ?? []).some((row) =>
    ('components' in row ? row.components : []).some(
      (c) => 'customId' in c && typeof c.customId === 'string' && c.customId.startsWith(OWN_CUSTOM_ID_PREFIX),
    ),
  );
}
