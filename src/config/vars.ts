/**
 * Every environment variable sockerr reads, declared once. This list drives validation
 * (`config.ts`), `.env.example` and the README table (`npm run env:docs`), and log redaction.
 */
export interface ConfigVar {
  key: string;
  description: string;
  /** Secrets are never logged and are redacted from every log line. */
  secret: boolean;
  /** Shown in `.env.example`; never a real credential. */
  example: string;
  default?: string;
}

export const CONFIG_VARS = [
  {
    key: 'SLACK_BOT_TOKEN',
    description:
      'Slack bot token (`xoxb-…`), from your app\'s "OAuth & Permissions" page. Enables the Slack adapter.',
    secret: true,
    example: '',
  },
  {
    key: 'SLACK_SIGNING_SECRET',
    description:
      'Slack signing secret, from "Basic Information → App Credentials". HTTP mode: requests are verified with it.',
    secret: true,
    example: '',
  },
  {
    key: 'SLACK_APP_TOKEN',
    description:
      'Slack app-level token (`xapp-…`) with `connections:write`, from "Basic Information → App-Level Tokens". When set, Slack connects over Socket Mode (no public URL).',
    secret: true,
    example: '',
  },
  {
    key: 'SLACK_API_URL',
    description: 'Base URL of the Slack Web API (GovSlack, a proxy, tests).',
    secret: false,
    example: '',
    default: 'https://slack.com/api/',
  },
  {
    key: 'PORT',
    description:
      'HTTP port for Slack events (`/slack/events`) and, in that mode, `/healthz`, `/readyz` and `/metrics`.',
    secret: false,
    example: '3000',
    default: '3000',
  },
  {
    key: 'HOST',
    description:
      "Interface the HTTP servers bind to, Slack's and the health server (`/healthz`, `/readyz`, `/metrics`) in every mode (empty: all interfaces).",
    secret: false,
    example: '',
    default: '',
  },
  {
    key: 'HEALTH_PORT',
    description:
      'HTTP port for `/healthz`, `/readyz` and `/metrics` in Slack Socket Mode and for the Discord worker (Slack over HTTP serves them on `PORT`). Empty: `PORT`.',
    secret: false,
    example: '',
  },
  {
    key: 'HTTP_KEEP_ALIVE_SECONDS',
    description:
      "Seconds an idle HTTP connection is kept open, on Slack's port and the health server. Keep it above the idle timeout of the load balancer or router in front (Heroku's router: 90; AWS ALB: 60; nginx: 60; Google Cloud's load balancer: 600), so the balancer always closes first and never sends a request down a connection sockerr is closing (an intermittent 502).",
    secret: false,
    example: '95',
    default: '95',
  },
  {
    key: 'SOCKERR_SETTINGS_USERS',
    description:
      "Slack: who may change sockerr's settings besides workspace admins and owners: user ids (`U…`, `W…`) and user-group ids (`S…`), separated by commas.",
    secret: false,
    example: '',
  },
  {
    key: 'DISCORD_TOKEN',
    description:
      'Discord bot token, from the Developer Portal ("Bot → Reset Token"). Enables the Discord adapter.',
    secret: true,
    example: '',
  },
  {
    key: 'DISCORD_APPLICATION_ID',
    description: 'Discord application id ("General Information → Application ID").',
    secret: false,
    example: '',
  },
  {
    key: 'DISCORD_API_URL',
    description: 'Base URL of the Discord REST API, without the version (a REST proxy, tests).',
    secret: false,
    example: '',
    default: 'https://discord.com/api',
  },
  {
    key: 'DISCORD_GUILD_ID',
    description:
      '`npm run discord:commands` registers the commands in this one server (instant) instead of globally.',
    secret: false,
    example: '',
  },
  {
    key: 'SOCKERR_COOLDOWN_MINUTES',
    description: 'Auto-replies: at most one reply per channel and error within this many minutes.',
    secret: false,
    example: '10',
    default: '10',
  },
  {
    key: 'SOCKERR_LANG',
    description:
      'Default reply language where neither the channel nor the user chose one: `en` or `zh-TW`, in any case; a locale as `LANG` spells it (`zh_TW.UTF-8`; `C.UTF-8` and `POSIX`: `en`) is read too.',
    secret: false,
    example: 'en',
    default: 'en',
  },
  {
    key: 'SOCKERR_STORE_PATH',
    description:
      'SQLite database where channel settings, dedupe claims, cooldowns and error counts are kept (created on first run; every process on this host can share it). Not used when `REDIS_URL` is set. A JSON store of sockerr 0.1 found there or beside it (`state.json`) is imported once and kept.',
    secret: false,
    example: '.sockerr/sockerr.db',
    default: '.sockerr/sockerr.db',
  },
  {
    key: 'REDIS_URL',
    description:
      'Redis URL (`redis://…`, or `rediss://…` for TLS), as Redis add-ons set it. When set, state lives in Redis instead of SQLite: for several hosts, or a platform whose disk is wiped on restart (Heroku).',
    secret: true,
    example: '',
  },
  {
    key: 'REDIS_TLS_VERIFY',
    description:
      'With a `rediss://` URL: verify the server certificate (`true`). `false` only for providers whose certificate is self-signed (Heroku Redis).',
    secret: false,
    example: 'true',
    default: 'true',
  },
  {
    key: 'SOCKERR_RETENTION_DAYS',
    description: 'Days of hourly error counts kept for `/sockerr top`; older counts are deleted.',
    secret: false,
    example: '30',
    default: '30',
  },
  {
    key: 'SOCKERR_MAX_FILE_BYTES',
    description:
      "The most text read from one message's files, in bytes, all of them together (Slack snippets, text and log uploads, Discord attachments such as `message.txt`): read as a stream, never past this; larger files are skipped. For a gzip-compressed log it bounds both the download and the text inflated from it.",
    secret: false,
    example: '2097152',
    default: '2097152',
  },
  {
    key: 'LOG_LEVEL',
    description:
      "Log level: `debug`, `info`, `warn`, `error` or `silent`, in any case (other loggers' `warning`, `trace`, `fatal` and `critical` are read as `warn`, `debug`, `error` and `error`). Logs go to stderr. In the terminal shell the default `info` shows warnings only, so log lines do not interleave with the conversation.",
    secret: false,
    example: 'info',
    default: 'info',
  },
  {
    key: 'LOG_FORMAT',
    description:
      'Log format: `json` (one JSON object per line, for log collectors) or `pretty` (readable). Empty: `pretty` when stderr is a terminal, else `json`.',
    secret: false,
    example: '',
  },
] as const satisfies readonly ConfigVar[];

export type ConfigKey = (typeof CONFIG_VARS)[number]['key'];
