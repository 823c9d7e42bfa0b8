import { LOCALES, LOG_LEVELS, type Locale, type LogLevel } from '../core/index.js';
import { LOG_FORMATS, type LogFormat } from '../infra/logging/index.js';
import { ConfigError } from './config-error.js';
import { readSettingsUsers } from './read-operations.js';
import { readStoreConfig, type StoreConfig } from './read-store.js';
import { CONFIG_VARS, type ConfigKey } from './vars.js';

export interface SlackConfig {
  botToken: string;
  /** HTTP mode. */
  signingSecret?: string;
  /** Socket Mode, when set. */
  appToken?: string;
  apiUrl?: string;
  port: number;
  host?: string;
  /** Users (U…, W…) and user groups (S…) who may change settings besides admins and owners. */
  settingsUsers: readonly string[];
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  apiUrl?: string;
  guildId?: string;
}

/** The validated, frozen configuration passed to every part of sockerr. */
export interface Config extends StoreConfig {
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  cooldownMs: number;
  maxFileBytes: number;
  defaultLang: Locale;
  /** Port of /healthz, /readyz and /metrics where no adapter serves HTTP (Socket Mode, Discord). */
  healthPort: number;
  logLevel: LogLevel;
  /** Unset: chosen by whether stderr is a terminal. */
  logFormat?: LogFormat;
  /** Secret values, for log redaction. */
  secrets: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;
const SNOWFLAKE = /^\d{17,20}$/;

/** Reads and validates the environment. Throws {@link ConfigError} listing every problem. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const get = (key: ConfigKey): string | undefined => {
    const value = env[key]?.trim();
    return value ? value : undefined;
  };
  const withDefault = (key: ConfigKey): string => get(key) ?? declaredDefault(key) ?? '';
  const url = (key: ConfigKey): string | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return value;
    } catch {}
    problems.push(`${key} must be an http(s) URL, such as ${declaredDefault(key) ?? 'https://example.com/'}`);
    return undefined;
  };
  const integer = (key: ConfigKey, min: number, max: number): number => {
    const raw = withDefault(key);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
    }
    return value;
  };

  const slack = readSlack(get, url, problems);
  const port = integer('PORT', 1, 65535);
  if (slack) slack.port = port;
  const healthPort = get('HEALTH_PORT') === undefined ? port : integer('HEALTH_PORT', 1, 65535);
  const discord = readDiscord(get, url, problems);
  const cooldownMinutes = integer('SOCKERR_COOLDOWN_MINUTES', 0, 24 * 60);
  const maxFileBytes = integer('SOCKERR_MAX_FILE_BYTES', 1024, 64 * 1024 * 1024);
  const store = readStoreConfig({ get, withDefault, integer }, problems);

  const defaultLang = withDefault('SOCKERR_LANG');
  if (!LOCALES.includes(defaultLang as Locale)) {
    problems.push(`SOCKERR_LANG must be one of ${LOCALES.join(', ')} (got "${defaultLang}")`);
  }
  const logLevel = withDefault('LOG_LEVEL');
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }
  const logFormat = get('LOG_FORMAT');
  if (logFormat !== undefined && !LOG_FORMATS.includes(logFormat as LogFormat)) {
    problems.push(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')} (got "${logFormat}")`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const secrets = CONFIG_VARS.filter((v) => v.secret)
    .map((v) => get(v.key))
    .filter((v): v is string => v !== undefined);
  return Object.freeze({
    slack: slack ? Object.freeze(slack) : null,
    discord: discord ? Object.freeze(discord) : null,
    cooldownMs: cooldownMinutes * 60_000,
    maxFileBytes,
    defaultLang: defaultLang as Locale,
    ...store,
    healthPort,
    logLevel: logLevel as LogLevel,
    ...(logFormat ? { logFormat: logFormat as LogFormat } : {}),
    secrets: Object.freeze(secrets),
  });
}

/** The default declared for a variable in `CONFIG_VARS`, if any. */
function declaredDefault(key: ConfigKey): string | undefined {
  const declared = CONFIG_VARS.find((v) => v.key === key);
  return declared && 'default' in declared ? declared.default : undefined;
}

function readSlack(
  get: (key: ConfigKey) => string | undefined,
  url: (key: ConfigKey) => string | undefined,
  problems: string[],
): SlackConfig | null {
  const botToken = get('SLACK_BOT_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  const appToken = get('SLACK_APP_TOKEN');
  const apiUrl = url('SLACK_API_URL');
  if (!botToken) {
    if (signingSecret || appToken) {
      problems.push(
        'SLACK_BOT_TOKEN is missing: copy the "Bot User OAuth Token" (xoxb-…) from your Slack app\'s "OAuth & Permissions" page',
      );
    }
    return null;
  }
  if (!botToken.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (see "OAuth & Permissions")');
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    problems.push(
      'SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (see "Basic Information")',
    );
  }
  if (!signingSecret && !appToken) {
    problems.push(
      'Slack needs SLACK_SIGNING_SECRET (HTTP mode; "Basic Information → App Credentials") or SLACK_APP_TOKEN (Socket Mode)',
    );
  }
  if (signingSecret !== undefined && !/^[0-9a-f]{16,}$/i.test(signingSecret)) {
    problems.push(
      'SLACK_SIGNING_SECRET must be the hexadecimal signing secret from "Basic Information → App Credentials"',
    );
  }
  const settingsUsers = readSettingsUsers(get('SOCKERR_SETTINGS_USERS'), problems);
  const config: SlackConfig = { botToken, port: 3000, settingsUsers };
  if (signingSecret) config.signingSecret = signingSecret;
  if (appToken) config.appToken = appToken;
  if (apiUrl) config.apiUrl = apiUrl;
  const host = get('HOST');
  if (host) config.host = host;
  return config;
}

function readDiscord(
  get: (key: ConfigKey) => string | undefined,
  url: (key: ConfigKey) => string | undefined,
  problems: string[],
): DiscordConfig | null {
  const token = get('DISCORD_TOKEN');
  const applicationId = get('DISCORD_APPLICATION_ID');
  const apiUrl = url('DISCORD_API_URL');
  const guildId = get('DISCORD_GUILD_ID');
  if (!token) {
    if (applicationId) {
      problems.push(
        'DISCORD_TOKEN is missing: reset and copy it in the Developer Portal under "Bot → Token"',
      );
    }
    return null;
  }
  if (/\s/.test(token) || token.split('.').length !== 3) {
    problems.push(
      'DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from "Bot → Token"',
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
