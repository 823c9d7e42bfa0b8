import { LOCALES, LOG_LEVELS, type Locale, type LogLevel, normalizeLocale } from '../core/index.js';
import { LOG_FORMATS, type LogFormat } from '../infra/logging/index.js';
import { ConfigError } from './config-error.js';
import { createEnvReader, createShown } from './env-values.js';
import { matchChoice } from './match-choice.js';
import { type DiscordConfig, readDiscord } from './read-discord.js';
import { redisPasswords } from './read-redis-url.js';
import { readSlack, type SlackConfig } from './read-slack.js';
import { readStoreConfig, type StoreConfig } from './read-store.js';
import { createUrlReader } from './read-url.js';
import { TOKEN_KEYS, tokenCharacterProblem } from './token-characters.js';
import { unknownVariableWarnings } from './unknown-vars.js';
import { CONFIG_VARS, type ConfigKey } from './vars.js';

export type { DiscordConfig, SlackConfig };

/** The validated, frozen configuration passed to every part of sockerr. */
export interface Config extends StoreConfig {
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  cooldownMs: number;
  maxFileBytes: number;
  defaultLang: Locale;
  /** Port of /healthz, /readyz and /metrics where no adapter serves HTTP (Socket Mode, Discord). */
  healthPort: number;
  /** HOST: the interface every HTTP server binds to, Slack's and the health server alike; unset: all. */
  host?: string;
  /** HTTP_KEEP_ALIVE_SECONDS, in ms: idle connections outlive the load balancer's in front. */
  keepAliveMs: number;
  logLevel: LogLevel;
  /** Unset: chosen by whether stderr is a terminal. */
  logFormat?: LogFormat;
  /** Secret values, for log redaction. */
  secrets: readonly string[];
  /** What start-up should tell the operator without stopping: ignored variables, and why. */
  warnings: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The locale of a system where no language was chosen (`C`, `C.UTF-8`, `POSIX`): what `$LANG`
 * holds in most containers and on many servers, so `SOCKERR_LANG=$LANG` there means the default.
 */
const POSIX_LOCALE = /^(?:c|posix)(?:[.@][\w.@-]*)?$/i;

/** Reads and validates the environment. Throws {@link ConfigError} listing every problem. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const get = createEnvReader(env, problems);
  const secretValues = CONFIG_VARS.filter((v) => v.secret)
    .map((v) => get(v.key))
    .filter((v): v is string => v !== undefined);
  const shown = createShown(secretValues);
  const withDefault = (key: ConfigKey): string => get(key) ?? declaredDefault(key) ?? '';
  const url = createUrlReader(get, problems, (key) => declaredDefault(key) ?? 'https://example.com/');
  const integer = (key: ConfigKey, min: number, max: number): number => {
    const raw = withDefault(key);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(
        `${key} must be a whole number from ${min} to ${max} (got ${shown(raw)})${serviceLinkHint(key, raw)}`,
      );
    }
    return value;
  };

  for (const key of TOKEN_KEYS) {
    const problem = tokenCharacterProblem(key, get(key) ?? '');
    if (problem) problems.push(problem);
  }
  const slack = readSlack(get, url, problems, shown);
  const port = integer('PORT', 1, 65535);
  if (slack) slack.port = port;
  // Read for every mode: the Discord worker's health server binds it too, not only Slack's.
  const host = get('HOST');
  const healthPort = get('HEALTH_PORT') === undefined ? port : integer('HEALTH_PORT', 1, 65535);
  const keepAliveMs = integer('HTTP_KEEP_ALIVE_SECONDS', 1, 3600) * 1000;
  if (slack) slack.keepAliveMs = keepAliveMs;
  const discord = readDiscord(get, url, problems);
  const cooldownMinutes = integer('SOCKERR_COOLDOWN_MINUTES', 0, 24 * 60);
  const maxFileBytes = integer('SOCKERR_MAX_FILE_BYTES', 1024, 64 * 1024 * 1024);
  const store = readStoreConfig({ get, withDefault, integer, shown }, problems);

  const choice = <T extends string>(key: ConfigKey, choices: readonly T[], raw = withDefault(key)) => {
    const chosen = matchChoice(raw, choices);
    if (!chosen) problems.push(`${key} must be one of ${choices.join(', ')} (got ${shown(raw)})`);
    return chosen;
  };
  // Read as a platform locale is, so `SOCKERR_LANG=$LANG` (`zh_TW.UTF-8`, `en_US.UTF-8`) works too.
  const rawLang = withDefault('SOCKERR_LANG');
  const defaultLang = POSIX_LOCALE.test(rawLang) ? 'en' : normalizeLocale(rawLang);
  if (!defaultLang)
    problems.push(`SOCKERR_LANG must be one of ${LOCALES.join(', ')} (got ${shown(rawLang)})`);
  const rawLevel = withDefault('LOG_LEVEL');
  const logLevel = choice('LOG_LEVEL', LOG_LEVELS, LEVEL_ALIASES[rawLevel.toLowerCase()] ?? rawLevel);
  const rawLogFormat = get('LOG_FORMAT');
  const logFormat = rawLogFormat === undefined ? undefined : choice('LOG_FORMAT', LOG_FORMATS, rawLogFormat);
  const warnings = unknownVariableWarnings(env);
  if (problems.length > 0) throw new ConfigError(problems, warnings);
  if (slack?.appToken && slack.signingSecret) {
    warnings.push(
      'SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are both set: Slack connects over Socket Mode, so /slack/events is not served and SLACK_SIGNING_SECRET is not used (unset SLACK_APP_TOKEN for HTTP mode)',
    );
  }
  // Heroku sets DYNO in every dyno; a dyno's files are wiped whenever it restarts, at least daily.
  if (env.DYNO?.trim() && !store.redisUrl) {
    warnings.push(
      'sockerr runs on a Heroku dyno (DYNO is set) with its state in SQLite, in files Heroku wipes at every restart (at least once a day): channel settings (auto off, language), cooldowns and counts are lost each time. Add a Redis add-on (Heroku Key-Value Store), which sets REDIS_URL',
    );
  }
  const secrets = secretValues.concat(store.redisUrl ? redisPasswords(store.redisUrl) : []);
  return Object.freeze({
    slack: slack ? Object.freeze(slack) : null,
    discord: discord ? Object.freeze(discord) : null,
    cooldownMs: cooldownMinutes * 60_000,
    maxFileBytes,
    defaultLang: defaultLang as Locale,
    ...store,
    healthPort,
    ...(host ? { host } : {}),
    keepAliveMs,
    logLevel: logLevel as LogLevel,
    ...(logFormat ? { logFormat } : {}),
    secrets: Object.freeze(secrets),
    warnings: Object.freeze(warnings),
  });
}

/**
 * Levels as other loggers name them (Python's and logrus' `warning`, pino's `trace` and `fatal`):
 * one LOG_LEVEL set for every service of a deployment must not stop sockerr's start over a name.
 */
const LEVEL_ALIASES: Readonly<Record<string, LogLevel>> = {
  warning: 'warn',
  trace: 'debug',
  fatal: 'error',
  critical: 'error',
};

/** What Kubernetes sets `<SERVICE>_PORT` to for every Service in the pod's namespace. */
const SERVICE_LINK_VALUE = /^(?:tcp|udp|sctp):\/\/[\w.:[\]-]{1,64}:\d{1,5}$/;

/**
 * A Service named `health` in the namespace makes Kubernetes set HEALTH_PORT=tcp://10.0.0.7:8080
 * in every pod: nobody set it, so the message says where it came from and how to stop it.
 */
function serviceLinkHint(key: ConfigKey, raw: string): string {
  if (!key.endsWith('_PORT') || !SERVICE_LINK_VALUE.test(raw)) return '';
  const service = key.slice(0, -'_PORT'.length).toLowerCase().replace(/_/g, '-');
  return `: Kubernetes sets it so for a Service named "${service}"; set ${key} in the pod's env, or enableServiceLinks: false in its spec`;
}

/** The default declared for a variable in `CONFIG_VARS`, if any. */
function declaredDefault(key: ConfigKey): string | undefined {
  const declared = CONFIG_VARS.find((v) => v.key === key);
  return declared && 'default' in declared ? declared.default : undefined;
}
