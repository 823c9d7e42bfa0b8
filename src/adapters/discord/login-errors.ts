import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes } from 'discord.js';

/** What Node says when a request got no answer at all: the address is wrong or the network is down. */
const UNREACHABLE =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_)/;

/**
 * Login errors in words that name the variable to fix; never the token itself. `apiUrl` is
 * DISCORD_API_URL when set: a login that cannot reach the REST API, or finds no API there (404),
 * points at it instead of stopping start-up with a bare "connect ECONNREFUSED" or "404: Not Found".
 */
export function explainLoginError(error: unknown, apiUrl?: string): Error {
  const api = apiUrl ?? 'https://discord.com/api';
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  if (UNREACHABLE.test(code)) {
    return new Error(
      `Cannot reach Discord's REST API at ${api} (${code}): check the network${apiUrl ? ' and DISCORD_API_URL' : ''}`,
    );
  }
  if (error instanceof DiscordAPIError && error.status === 404) {
    return new Error(
      `Discord's REST API at ${api} answered 404 Not Found at login: check DISCORD_API_URL, the base URL without the version (such as https://discord.com/api)`,
    );
  }
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return new Error(
      'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token in the Developer Portal under "Bot → Reset Token" and set DISCORD_TOKEN again',
    );
  }
  if (error instanceof Error && /Authentication failed/i.test(error.message)) {
    return new Error(
      'the Discord gateway rejected DISCORD_TOKEN (4004): copy a fresh token from "Bot → Reset Token"',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
