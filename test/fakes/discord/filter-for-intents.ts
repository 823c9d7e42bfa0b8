import type { FakeWorld } from './fake-discord-world.js';
import { INTENT_BITS } from './intent-bits.js';

/** What Discord delivers of an event to a session, given its intents; undefined when it is not delivered. */
export function filterForIntents(
  t: string,
  d: Record<string, unknown>,
  intents: number,
  world: FakeWorld,
): Record<string, unknown> | undefined {
  if (t !== 'MESSAGE_CREATE') return d;
  const inGuild = typeof d.guild_id === 'string';
  if (inGuild && !(intents & INTENT_BITS.GuildMessages)) return undefined;
  if (!inGuild && !(intents & INTENT_BITS.DirectMessages)) return undefined;
  if (intents & INTENT_BITS.MessageContent || !inGuild) return d;
  const author = d.author as { id?: string } | undefined;
  const mentions = (d.mentions as { id?: string }[] | undefined) ?? [];
  if (author?.id === world.botUserId || mentions.some((m) => m.id === world.botUserId)) return d;
  // Without the privileged intent Discord blanks the content of other people's guild messages.
  return { ...d, content: '', embeds: [], attachments: [], components: [] };
}
