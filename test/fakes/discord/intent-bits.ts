/** Gateway intents as bits (https://discord.com/developers/docs/events/gateway#gateway-intents). */
export const INTENT_BITS = {
  Guilds: 1 << 0,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;
