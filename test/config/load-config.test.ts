import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEnvExample, updateReadmeTable } from '../../src/config/docs.js';
import { loadConfig } from '../../src/config/index.js';
import { CONFIG_VARS } from '../../src/config/vars.js';
import { configProblems as problems } from '../helpers/config.js';
import { ROOT } from '../helpers/paths.js';

const SLACK = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abcdef',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aaaaaa85a5',
};
const DISCORD = {
  DISCORD_TOKEN: 'MTA4.Gx1y2z.abcdefghijklmnopqrstuvwxyz0123456789',
  DISCORD_APPLICATION_ID: '1084000000000000001',
};

describe('loadConfig', () => {
  it('starts with no chat adapter and sensible defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      slack: null,
      discord: null,
      cooldownMs: 600_000,
      defaultLang: 'en',
      logLevel: 'info',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('enables Slack over HTTP with a bot token and a signing secret', () => {
    const config = loadConfig({ ...SLACK, PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    expect(config.slack).toMatchObject({
      port: 8080,
      apiUrl: 'http://127.0.0.1:9/api/',
      signingSecret: SLACK.SLACK_SIGNING_SECRET,
    });
    expect(config.secrets).toEqual(
      expect.arrayContaining([SLACK.SLACK_BOT_TOKEN, SLACK.SLACK_SIGNING_SECRET]),
    );
  });

  it('keeps idle HTTP connections 95 s unless HTTP_KEEP_ALIVE_SECONDS says otherwise, on both servers', () => {
    expect(loadConfig(SLACK)).toMatchObject({ keepAliveMs: 95_000, slack: { keepAliveMs: 95_000 } });
    expect(loadConfig({ ...SLACK, HTTP_KEEP_ALIVE_SECONDS: '620' })).toMatchObject({
      keepAliveMs: 620_000,
      slack: { keepAliveMs: 620_000 },
    });
    expect(problems({ HTTP_KEEP_ALIVE_SECONDS: '0' })).toEqual([
      'HTTP_KEEP_ALIVE_SECONDS must be a whole number from 1 to 3600 (got "0")',
    ]);
    expect(problems({ HTTP_KEEP_ALIVE_SECONDS: '95s' })).toEqual([
      'HTTP_KEEP_ALIVE_SECONDS must be a whole number from 1 to 3600 (got "95s")',
    ]);
  });

  it('enables Slack Socket Mode with an app token', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' });
    expect(config.slack?.appToken).toBe('xapp-1-A1-2-abc');
  });

  it('names the variable and where to get it when a Slack credential is missing or malformed', () => {
    expect(problems({ SLACK_SIGNING_SECRET: SLACK.SLACK_SIGNING_SECRET }).join()).toMatch(
      /SLACK_BOT_TOKEN is missing.*OAuth & Permissions/,
    );
    expect(problems({ SLACK_BOT_TOKEN: 'xoxp-user-token' }).join()).toMatch(
      /SLACK_BOT_TOKEN must be a bot token/,
    );
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' }).join()).toMatch(
      /SLACK_SIGNING_SECRET.*or SLACK_APP_TOKEN/,
    );
    expect(problems({ ...SLACK, SLACK_APP_TOKEN: 'xoxb-nope' }).join()).toMatch(
      /SLACK_APP_TOKEN must be an app-level token/,
    );
  });

  it('enables Discord with a token and an application id', () => {
    const config = loadConfig({ ...DISCORD, DISCORD_API_URL: 'http://127.0.0.1:9/api/' });
    expect(config.discord).toEqual({
      ...{ token: DISCORD.DISCORD_TOKEN, applicationId: DISCORD.DISCORD_APPLICATION_ID },
      apiUrl: 'http://127.0.0.1:9/api',
    });
  });

  it('names the Discord variable that is missing or malformed', () => {
    expect(problems({ DISCORD_TOKEN: DISCORD.DISCORD_TOKEN }).join()).toMatch(
      /DISCORD_APPLICATION_ID is missing/,
    );
    expect(problems({ ...DISCORD, DISCORD_TOKEN: 'not a token' }).join()).toMatch(
      /DISCORD_TOKEN does not look like/,
    );
    expect(problems({ ...DISCORD, DISCORD_GUILD_ID: 'general' }).join()).toMatch(
      /DISCORD_GUILD_ID must be a numeric/,
    );
  });

  it('reads a level, a format and a language in any letter case, and the language as $LANG spells it', () => {
    expect(loadConfig({ LOG_LEVEL: 'WARN', LOG_FORMAT: 'JSON', SOCKERR_LANG: 'ZH-tw' })).toMatchObject({
      logLevel: 'warn',
      logFormat: 'json',
      defaultLang: 'zh-TW',
    });
    expect(loadConfig({ SOCKERR_LANG: 'zh_TW.UTF-8' }).defaultLang).toBe('zh-TW');
    expect(loadConfig({ SOCKERR_LANG: 'en_US.UTF-8' }).defaultLang).toBe('en');
    // A container's $LANG, where no language was chosen: the default, not a refusal to start.
    for (const none of ['C.UTF-8', 'C.utf8', 'C', 'POSIX']) {
      expect(loadConfig({ SOCKERR_LANG: none }).defaultLang, none).toBe('en');
    }
    expect(problems({ SOCKERR_LANG: 'Cyrl' })).toEqual([
      'SOCKERR_LANG must be one of en, zh-TW (got "Cyrl")',
    ]);
    // As other loggers name them: a LOG_LEVEL shared by every service of a deployment.
    for (const [given, read] of [
      ['WARNING', 'warn'],
      ['trace', 'debug'],
      ['fatal', 'error'],
      ['Critical', 'error'],
    ]) {
      expect(loadConfig({ LOG_LEVEL: given as string }).logLevel, given).toBe(read);
    }
    expect(problems({ LOG_LEVEL: 'verbose', LOG_FORMAT: 'xml' })).toEqual([
      'LOG_LEVEL must be one of debug, info, warn, error, silent (got "verbose")',
      'LOG_FORMAT must be one of json, pretty (got "xml")',
    ]);
  });

  it('says where HEALTH_PORT=tcp://… comes from: Kubernetes, for a Service named health', () => {
    expect(problems({ HEALTH_PORT: 'tcp://10.96.0.7:8080' })).toEqual([
      'HEALTH_PORT must be a whole number from 1 to 65535 (got "tcp://10.96.0.7:8080"): Kubernetes sets it so for a Service named "health"; set HEALTH_PORT in the pod\'s env, or enableServiceLinks: false in its spec',
    ]);
    expect(problems({ HEALTH_PORT: 'http://x:80' })).toEqual([
      'HEALTH_PORT must be a whole number from 1 to 65535 (got "http://x:80")',
    ]);
  });

  it('lists every problem at once', () => {
    const found = problems({
      PORT: 'eighty',
      SOCKERR_LANG: 'fr',
      LOG_LEVEL: 'loud',
      SLACK_API_URL: 'ftp://x',
    });
    expect(found).toHaveLength(4);
  });

  it('never puts a secret in its error messages', () => {
    const secret = 'xoxp-very-secret-value';
    expect(problems({ SLACK_BOT_TOKEN: secret }).join()).not.toContain(secret);
  });
});

describe('the declared variables', () => {
  it('are all in .env.example, which is up to date', () => {
    expect(readFileSync(join(ROOT, '.env.example'), 'utf8')).toBe(renderEnvExample());
  });

  it('are all in the README table, which is up to date', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(updateReadmeTable(readme)).toBe(readme);
    for (const v of CONFIG_VARS) expect(readme).toContain(`\`${v.key}\``);
  });

  it('leave every secret empty in .env.example', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    for (const v of CONFIG_VARS.filter((x) => x.secret)) expect(example).toContain(`\n${v.key}=\n`);
  });
});
