import { tokenKindHint } from './token-kind.js';
import type { ConfigKey } from './vars.js';

export interface DiscordConfig {
  token: string;
  applicationId: string;
  apiUrl?: string;
  guildId?: string;
}

const SNOWFLAKE = /^\d{17,20}$/;

/** Reads the Discord variables: null when Discord is not configured; each problem is added to `problems`. */
export function readDiscord(
  get: (key: ConfigKey) => string | undefined,
  url: (key: ConfigKey) => string | undefined,
  problems: string[],
): DiscordConfig | null {
  const token = get('DISCORD_TOKEN');
  const applicationId = get('DISCORD_APPLICATION_ID');
  const apiUrl = url('DISCORD_API_URL');
  // discord.js adds the version itself: a base ending in /v10 would call …/v10/v10/… and get 404s.
  if (apiUrl && /\/v\d+$/.test(new URL(apiUrl).pathname.replace(/\/+$/, ''))) {
    problems.push(
      'DISCORD_API_URL must be the base URL without the API version, such as https://discord.com/api (not …/api/v10)',
    );
  }
  const guildId = get('DISCORD_GUILD_ID');
  if (!token) {
    if (applicationId) {
      problems.push(
        'DISCORD_TOKEN is missing: reset and copy it in the Developer Portal under "Bot → Token"',
      );
    }
    return null;
  }
  if (/^Bot\s/i.test(token)) {
    problems.push('DISCORD_TOKEN must be the token alone, without "Bot " in front (sockerr adds it)');
  } else if (/\s/.test(token) || token.split('.').length !== 3) {
    problems.push(
      `DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from "Bot → Token"${tokenKindHint('DISCORD_TOKEN', token)}`,
    );
  }
  if (!applicationId) {
    problems.push(
      'DISCORD_APPLICATION_ID is missing: copy it from the Developer Portal, "General Information"',
    );
  } else if (!SNOWFLAKE.test(applicationId)) {
    problems.push('DISCORD_APPLICATION_ID must be the numeric application id from "General Information"');
  }
  if (guildId !== undefined && !SNOWFLAKE.test(guildId)) {
    problems.push('DISCORD_GUILD_ID must be a numeric server id (right-click the server → Copy Server ID)');
  }
  const config: DiscordConfig = { token, applicationId: applicationId ?? '' };
  if (apiUrl) config.apiUrl = apiUrl.replace(/\/+$/, '');
  if (guildId) config.guildId = guildId;
  return config;
}
