import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';

/** A failed REST call, as logs and metrics name it. */
export interface DescribedDiscordError {
  /** `50013`, `http_503`, `rate_limited`, `timeout`, `network`… */
  error: string;
  /** Worth trying again after a pause: 5xx, timeouts and network errors. Never 4xx, never a capped 429. */
  transient: boolean;
  /** Discord's JSON error code for 4xx answers. */
  code?: number | string;
}

const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

export function describeDiscordError(thrown: unknown): DescribedDiscordError {
  if (thrown instanceof DiscordAPIError)
    return { error: String(thrown.code), transient: false, code: thrown.code };
  if (thrown instanceof HTTPError) return { error: `http_${thrown.status}`, transient: thrown.status >= 500 };
  if (thrown instanceof RateLimitError) return { error: 'rate_limited', transient: false };
  const e = (thrown ?? {}) as { name?: string; code?: string; cause?: { code?: string } };
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return { error: 'timeout', transient: true };
  const code = e.code ?? e.cause?.code;
  if (code && NETWORK.has(code)) return { error: 'network', transient: true };
  return { error: 'unexpected_error', transient: false };
}

/**
 * Whether a reply (or the 👀 reaction) was refused because the message it answers is gone: deleted
 * between the paste and the answer. Discord says so for a reply as 50035 with the error under
 * `message_reference` (MESSAGE_REFERENCE_UNKNOWN_MESSAGE), or, in older answers, 10008 Unknown
 * Message; for a reaction as 10008.
 */
export function isGoneReplyTarget(thrown: unknown): boolean {
  if (!(thrown instanceof DiscordAPIError)) return false;
  if (thrown.code === RESTJSONErrorCodes.UnknownMessage) return true;
  if (thrown.code !== RESTJSONErrorCodes.InvalidFormBodyOrContentType) return false;
  const errors = (thrown.rawError as { errors?: Record<string, unknown> }).errors;
  return errors !== undefined && 'message_reference' in errors;
}

/**
 * An interaction another answer got to first, said as what it means rather than as a failure:
 * 40060 when another sockerr process connected with the same token answered it (two run at once
 * while a deploy overlaps), 10062 when the answer came after Discord's 3 seconds.
 */
export function explainLostInteraction(thrown: unknown): { level: 'info' | 'warn'; message: string } | null {
  if (!(thrown instanceof DiscordAPIError)) return null;
  if (thrown.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
    return {
      level: 'info',
      message:
        'Discord interaction already answered, by another sockerr process with the same token (two running at once, as while a deploy overlaps)',
    };
  if (thrown.code === RESTJSONErrorCodes.UnknownInteraction)
    return {
      level: 'warn',
      message:
        'Discord interaction expired before sockerr answered it (Discord allows 3 s); the person saw "The application did not respond"',
    };
  return null;
}
