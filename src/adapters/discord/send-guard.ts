import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from '../../core/index.js';

/** Runs Discord calls so that a failure is logged, never thrown, and never retried. */
export interface SendGuard {
  /** Resolves true when `send` succeeded, false when it failed (already logged). */
  run(channelId: string, what: string, send: () => Promise<unknown>): Promise<boolean>;
}

const PERMISSION_CODES: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
]);

/**
 * A guard that logs a missing permission (50013, 50001) once per channel, in words a server admin
 * can act on; every other failure is logged each time. discord.js does not retry 4xx answers,
 * and the guard never retries either: the next event simply tries again.
 */
export function createSendGuard(logger: Logger): SendGuard {
  const warned = new Set<string>();
  return {
    async run(channelId, what, send) {
      try {
        await send();
        return true;
      } catch (error) {
        if (error instanceof DiscordAPIError && PERMISSION_CODES.has(error.code)) {
          const key = `${channelId}:${error.code}`;
          if (!warned.has(key)) {
            warned.add(key);
            logger.warn(
              `Discord refused to let sockerr ${what} in channel ${channelId} (${error.code} ${error.message}). ` +
                'Give its role View Channel, Send Messages, Send Messages in Threads, Embed Links, ' +
                "Read Message History and Add Reactions there (Server Settings → Roles, or the channel's Permissions). " +
                'Logged once per channel.',
              { channelId, code: error.code },
            );
          }
          return false;
        }
        logger.error(`sockerr could not ${what} on Discord`, { channelId, error });
        return false;
      }
    },
  };
}
