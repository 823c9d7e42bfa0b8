import { DiscordjsError, DiscordjsErrorCodes } from 'discord.js';

/** Login errors in words that name the variable to fix; never the token itself. */
export function explainLoginError(error: unknown): Error {
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
