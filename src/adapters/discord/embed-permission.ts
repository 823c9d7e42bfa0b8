import { type Client, Events, type Message, PermissionFlagsBits } from 'discord.js';

/**
 * discord.js events after which the bot's permissions in a channel may differ: overwrites, roles,
 * the bot's member, the guild (owner, a fresh copy) and a new or resumed session. discord.js emits
 * them once its cache holds the change.
 */
const CHANGES = [
  Events.ChannelUpdate,
  Events.ChannelDelete,
  Events.ThreadUpdate,
  Events.ThreadDelete,
  Events.GuildRoleCreate,
  Events.GuildRoleUpdate,
  Events.GuildRoleDelete,
  Events.GuildMemberUpdate,
  Events.GuildUpdate,
  Events.GuildCreate,
  Events.GuildDelete,
  Events.GuildAvailable,
  Events.GuildUnavailable,
  Events.ShardReady,
  Events.ShardResume,
] as const;

/** A remembered answer is asked again after this long, whatever the events said. */
const KEEP_MS = 60_000;
/** Channels remembered at most; beyond, the oldest answer is dropped. */
const MAX_CHANNELS = 5000;

export interface EmbedCheckOptions {
  now?: () => number;
}

/**
 * Whether an embed would show where a message was posted (the bot has Embed Links there); in DMs
 * and where discord.js does not know the bot's member, Discord allows it. Computing channel
 * permissions walks the bot's roles and the channel's overwrites on every paste, so the answer is
 * remembered per channel until one of {@link CHANGES} on `client`, and for {@link KEEP_MS} at most.
 */
export function createEmbedCheck(
  client: Client,
  options: EmbedCheckOptions = {},
): (message: Message) => boolean {
  const now = options.now ?? Date.now;
  const known = new Map<string, { allowed: boolean; at: number }>();
  const forget = () => known.clear();
  for (const event of CHANGES) client.on(event, forget);
  return (message) => {
    if (!message.inGuild()) return true;
    const t = now();
    const hit = known.get(message.channelId);
    if (hit && t - hit.at < KEEP_MS) return hit.allowed;
    const permissions = message.channel.permissionsFor(message.client.user);
    if (!permissions) return true;
    const allowed = permissions.has(PermissionFlagsBits.EmbedLinks);
    known.delete(message.channelId);
    known.set(message.channelId, { allowed, at: t });
    if (known.size > MAX_CHANNELS) known.delete(known.keys().next().value as string);
    return allowed;
  };
}
