import { setTimeout as delay } from 'node:timers/promises';
import { RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from '../../core/index.js';
import { createFirstIn } from '../../infra/logging/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { type DescribedDiscordError, describeDiscordError } from './discord-errors.js';

/** Runs Discord calls so that a failure is retried where that helps, logged, and never thrown. */
export interface SendGuard {
  /** Resolves true when `send` succeeded, false when it failed for good (already logged and counted). */
  run(channelId: string, what: string, send: () => Promise<unknown>): Promise<boolean>;
}

export interface SendGuardOptions {
  logger: Logger;
  metrics: Pick<Metrics, 'apiFailure' | 'apiRetry'>;
  /** Tries of one call, the first included, after timeouts and network errors. Default 3. */
  maxAttempts?: number;
  /** Tries after 5xx answers, which come at once: default 6, the sixth 7.75 to 15.5 s after the first. */
  maxServerErrorAttempts?: number;
  /** The first pause after a 5xx, timeout or network error; it doubles, half fixed, half random. Default 500 ms. */
  backoffMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * Refusals a server admin fixes with a permission. A reply (`message_reference`) without Read
 * Message History is refused with its own codes (403, 160002; 160009 for any reference), not 50013.
 */
const PERMISSION_CODES: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.CannotReplyWithoutPermissionToReadMessageHistory,
  RESTJSONErrorCodes.CannotReferenceAMessageWithoutPermissionToReadMessageHistory,
]);
const PERMISSION_FIX =
  'Give its role View Channel, Send Messages, Send Messages in Threads, Embed Links, Read Message History and ' +
  "Add Reactions there (Server Settings → Roles, or the channel's Permissions).";
const AUTOMOD_FIX =
  "a server AutoMod rule blocked sockerr's message; a server admin can exempt sockerr's role from that rule (Server Settings → Safety Setup → AutoMod)";
/** What to do about the other failures, named in the give-up line. */
const FIXES: Readonly<Record<string, string>> = {
  rate_limited:
    'Discord kept rate-limiting this route; sockerr stopped waiting — it will try again with the next event',
  timeout:
    'Discord did not answer in time; check https://discordstatus.com and this host’s route to DISCORD_API_URL',
  network: 'Discord could not be reached; check DNS, proxy and firewall for DISCORD_API_URL',
  // A server's AutoMod keyword rule (an IP address, a host name pattern) matched the reply, which
  // quotes the paste's hosts and ports: Discord refuses it with 200000 (200001 for an embed title).
  [RESTJSONErrorCodes.MessageWasBlockedByAutomaticModeration]: AUTOMOD_FIX,
  [RESTJSONErrorCodes.TitleWasBlockedByAutomaticModeration]: AUTOMOD_FIX,
};
/** A missing permission is logged once per channel and code a day; other failures once a minute per kind. */
const PERMISSION_REPEAT_MS = 24 * 60 * 60_000;
const FAILURE_REPEAT_MS = 60_000;
const MAX_REMEMBERED = 5000;

/**
 * The send guard: 5xx, timeouts and network errors are retried with jittered backoff (discord.js
 * itself retries nothing: `rest.retries` is 0); 4xx answers and capped rate limits are not. A
 * missing permission (50013, 50001, 160002, 160009) is logged in words a server admin can act on, once per channel
 * and day; what it remembers for that is bounded.
 */
export function createSendGuard(options: SendGuardOptions): SendGuard {
  const { logger, metrics } = options;
  const maxAttempts = options.maxAttempts ?? 3;
  // A few seconds of 503s outlast three tries within 1.5 s, and the gateway never sends the message again.
  const maxServerErrorAttempts = options.maxServerErrorAttempts ?? 6;
  const backoffMs = options.backoffMs ?? 500;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const now = options.now ?? Date.now;
  /** True the first time `key` is seen within `everyMs` (keys bounded: channel ids come from outside). */
  const firstIn = createFirstIn({ now, maxKeys: MAX_REMEMBERED });

  const report = (channelId: string, what: string, failure: DescribedDiscordError, attempts: number) => {
    metrics.apiFailure('discord', what, failure.error);
    if (failure.code !== undefined && PERMISSION_CODES.has(failure.code)) {
      if (!firstIn(`${channelId}:${failure.code}`, PERMISSION_REPEAT_MS)) return;
      logger.warn(
        `Discord refused to let sockerr ${what} in channel ${channelId} (${failure.code}). ${PERMISSION_FIX} Logged once per channel a day.`,
        { channelId, code: failure.code },
      );
      return;
    }
    const fix =
      FIXES[failure.error] ??
      (failure.transient ? 'Discord is failing; check https://discordstatus.com' : undefined);
    const loud = firstIn(`${what}:${failure.error}`, FAILURE_REPEAT_MS);
    logger[loud ? 'warn' : 'debug'](
      `Discord ${what} in channel ${channelId} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${failure.error}${fix ? ` — ${fix}` : ''}`,
      { channelId, call: what, error: failure.error, attempts, ...(fix ? { hint: fix } : {}) },
    );
  };

  return {
    async run(channelId, what, send) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await send();
          return true;
        } catch (error) {
          const failure = describeDiscordError(error);
          const limit = failure.error.startsWith('http_5') ? maxServerErrorAttempts : maxAttempts;
          if (!failure.transient || attempt >= limit) {
            report(channelId, what, failure, attempt);
            return false;
          }
          metrics.apiRetry('discord', what, failure.error);
          await sleep(Math.round(((1 + random()) / 2) * backoffMs * 2 ** (attempt - 1)));
        }
      }
    },
  };
}
