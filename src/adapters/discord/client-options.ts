import {
  type ClientOptions,
  type GatewayIntentBits,
  Options,
  Partials,
  type RateLimitData,
} from 'discord.js';
import type { DiscordConfig } from '../../config/index.js';
import { NO_MENTIONS } from './answer-interaction.js';

export interface ClientLimits {
  /** The deadline of one REST request. Default 10 s. */
  restTimeoutMs: number;
  /** discord.js `rest.rejectOnRateLimit`: true fails a rate-limited call instead of waiting. */
  rejectOnRateLimit: (data: RateLimitData) => boolean;
}

/**
 * discord.js as sockerr uses it. REST: a deadline per request, no retries of its own (the send
 * guard retries with backoff), and bounded waits for rate limits. Caches: only what replies and
 * permission checks read: guilds, channels, roles and the bot's own member. Messages are not
 * cached (sockerr's own dedupe drops replays), and users and members beyond the bot's own are
 * kept to a small, swept working set, so memory stays flat however many people write.
 */
export function buildClientOptions(
  config: DiscordConfig,
  intents: GatewayIntentBits[],
  limits: ClientLimits,
): ClientOptions {
  const isSelf = (entity: { id: string; client: { user: { id: string } | null } }) =>
    entity.id === entity.client.user?.id;
  return {
    intents,
    // DM channels are not cached: without the Channel partial discord.js drops DMs.
    partials: [Partials.Channel],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      timeout: limits.restTimeoutMs,
      retries: 0,
      rejectOnRateLimit: limits.rejectOnRateLimit,
    },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      ThreadMemberManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      UserManager: { maxSize: 1000, keepOverLimit: isSelf },
      GuildMemberManager: { maxSize: 200, keepOverLimit: isSelf },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 3600, filter: () => (user) => !isSelf(user) },
      guildMembers: { interval: 3600, filter: () => (member) => !isSelf(member) },
    },
  };
}
