import { type Channel, ChannelType, type Interaction, PermissionFlagsBits } from 'discord.js';
import { type ChannelRef, changesSettings, type UserRef } from '../../core/index.js';
import type { SettingsScope } from './commands.js';

/**
 * Where a Discord event happened, for core: the guild is the workspace; DMs have none. A thread
 * (or forum post) is a channel of its own, under the channel whose settings it follows.
 */
export function toChannelRef(
  guildId: string | null,
  channelId: string,
  channel?: Channel | null,
): ChannelRef {
  if (!guildId) return { platform: 'discord', channelId };
  const parentChannelId = channel?.isThread() ? channel.parentId : null;
  return parentChannelId
    ? { platform: 'discord', workspaceId: guildId, channelId, parentChannelId }
    : { platform: 'discord', workspaceId: guildId, channelId };
}

/**
 * Where `/sockerr-settings` "This channel" applies: where it was run, except in a post of a forum or
 * media channel. Those have no message box, so no command can be run in them, only in their posts:
 * there it means the forum, or a forum could be switched off only server-wide (each new post is a
 * new thread) while the moderator was told "off in this channel".
 */
export function toSettingsChannelRef(
  guildId: string | null,
  channelId: string,
  channel?: Channel | null,
): ChannelRef {
  const parent = channel?.isThread() ? channel.parent : null;
  const forum = parent?.type === ChannelType.GuildForum || parent?.type === ChannelType.GuildMedia;
  if (guildId && parent && forum) return { platform: 'discord', workspaceId: guildId, channelId: parent.id };
  return toChannelRef(guildId, channelId, channel);
}

/** Where `/sockerr <text>` applies: `auto …` and `lang …` are settings, the rest (top, status) is the channel's own. */
export function toQueryChannelRef(
  text: string,
  guildId: string | null,
  channelId: string,
  channel?: Channel | null,
): ChannelRef {
  return (changesSettings(text) ? toSettingsChannelRef : toChannelRef)(guildId, channelId, channel);
}

/**
 * Who asked, for core. `canManage` follows Discord's own permissions in that channel: Manage Server
 * for server-wide settings, Manage Channels for a channel. In a DM the user is the only one affected.
 */
export function toUserRef(interaction: Interaction, scope: SettingsScope = 'channel'): UserRef {
  const needed = scope === 'server' ? PermissionFlagsBits.ManageGuild : PermissionFlagsBits.ManageChannels;
  const permissions = interaction.memberPermissions;
  return {
    id: interaction.user.id,
    locale: interaction.locale,
    canManage: permissions ? permissions.has(needed) : !interaction.inGuild(),
  };
}
