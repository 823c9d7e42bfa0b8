import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

/** What loadConfig warns about without refusing to start. */
describe('variables set but not read', () => {
  it('are named with the variable meant, for a typo of one of sockerr’s or an unknown SOCKERR_ name', () => {
    const { warnings } = loadConfig({
      SOCKER_LANG: 'zh-TW',
      SLACK_BOT_TOKN: 'xoxb-typo-secret',
      SOCKERR_COLDOWN: '5',
    });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^SOCKER_LANG is not a variable sockerr reads, so it is ignored \(did you mean SOCKERR_LANG\?\)/,
      ),
      expect.stringMatching(
        /^SLACK_BOT_TOKN is not a variable sockerr reads.*did you mean SLACK_BOT_TOKEN\?/,
      ),
      expect.stringMatching(/^SOCKERR_COLDOWN is not a variable sockerr reads, so it is ignored: /),
    ]);
    expect(warnings.join()).not.toContain('xoxb-typo-secret');
  });

  it('are named in lower case too, with the name to write, as a .env written in lower case has them', () => {
    const { warnings } = loadConfig({
      slack_bot_token: 'xoxb-1-2-lowercase',
      Socker_Lang: 'zh-TW',
      sockerr_x: '1',
    });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^slack_bot_token is not a variable sockerr reads, so it is ignored \(names are case-sensitive: write SLACK_BOT_TOKEN\)/,
      ),
      expect.stringMatching(/^Socker_Lang is not a variable sockerr reads.*did you mean SOCKERR_LANG\?/),
      expect.stringMatching(/^sockerr_x is not a variable sockerr reads, so it is ignored: /),
    ]);
    expect(warnings.join()).not.toContain('lowercase');
  });

  it('are said with the problems when start-up stops, which they often explain', () => {
    const load = () =>
      loadConfig({
        SLACK_BOT_TOKN: 'xoxb-1-2-typo-secret',
        SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aa',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      /SLACK_BOT_TOKEN is missing[\s\S]*\nAlso:\n {2}- SLACK_BOT_TOKN is not a variable sockerr reads.*did you mean SLACK_BOT_TOKEN\?/,
    );
    expect(load).not.toThrow(/typo-secret/);
  });

  it('leave the rest of the environment alone: the platform’s, the shell’s, Kubernetes’ Service links, empty ones', () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/root',
      HOSTNAME: 'web-1',
      LANG: 'C.UTF-8',
      NODE_ENV: 'production',
      DYNO: 'web.1',
      // A Heroku Redis add-on sets both (without REDIS_URL, a dyno is warned that its SQLite state is wiped).
      REDIS_URL: 'rediss://:pw@h:6380',
      REDIS_TLS_URL: 'rediss://:pw@h:6380',
      REDIS_PORT: 'tcp://10.0.0.3:6379',
      SLACK_WEBHOOK_URL: 'https://hooks.slack.com/x',
      SOCKER_LANG: '',
      // What Kubernetes sets for Services named sockerr and sockerr-redis.
      SOCKERR_SERVICE_HOST: '10.96.0.12',
      SOCKERR_SERVICE_PORT: '3000',
      SOCKERR_SERVICE_PORT_HTTP: '3000',
      SOCKERR_PORT: 'tcp://10.96.0.12:3000',
      SOCKERR_PORT_3000_TCP: 'tcp://10.96.0.12:3000',
      SOCKERR_PORT_3000_TCP_PROTO: 'tcp',
      SOCKERR_PORT_3000_TCP_PORT: '3000',
      SOCKERR_PORT_3000_TCP_ADDR: '10.96.0.12',
      SOCKERR_REDIS_SERVICE_HOST: '10.96.0.13',
      SOCKERR_REDIS_PORT_6379_TCP: 'tcp://10.96.0.13:6379',
    };
    expect(loadConfig(env).warnings).toEqual([]);
  });
});

describe('both Slack modes’ variables', () => {
  it('start Socket Mode, saying that the signing secret and /slack/events are not used', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abcdef',
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aaaaaa85a5',
      SLACK_APP_TOKEN: 'xapp-1-A1-2-abc',
    });
    expect(config.slack?.appToken).toBe('xapp-1-A1-2-abc');
    expect(config.warnings).toEqual([
      expect.stringMatching(
        /^SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are both set: Slack connects over Socket Mode/,
      ),
    ]);
  });
});
