import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const SLACK = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abcdef',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aaaaaa85a5',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('HEALTH_PORT and SOCKERR_SETTINGS_USERS', () => {
  it('serves health on PORT unless HEALTH_PORT says otherwise', () => {
    expect(loadConfig({}).healthPort).toBe(3000);
    expect(loadConfig({ PORT: '8080' }).healthPort).toBe(8080);
    expect(loadConfig({ PORT: '8080', HEALTH_PORT: '9090' }).healthPort).toBe(9090);
    expect(problemsOf({ HEALTH_PORT: '70000' })).toEqual([
      'HEALTH_PORT must be a whole number from 1 to 65535 (got "70000")',
    ]);
  });

  it('reads Slack users and user groups allowed to change settings, once each', () => {
    const config = loadConfig({ ...SLACK, SOCKERR_SETTINGS_USERS: 'U0ALICE, W0BOB S0ONCALL,U0ALICE' });
    expect(config.slack?.settingsUsers).toEqual(['U0ALICE', 'W0BOB', 'S0ONCALL']);
    expect(loadConfig(SLACK).slack?.settingsUsers).toEqual([]);
  });

  it('names SOCKERR_SETTINGS_USERS when an entry is not a Slack id', () => {
    const problems = problemsOf({ ...SLACK, SOCKERR_SETTINGS_USERS: 'U0ALICE,@bob' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('SOCKERR_SETTINGS_USERS');
    expect(problems[0]).toContain('"@bob"');
    expect(() => loadConfig({ ...SLACK, SOCKERR_SETTINGS_USERS: 'bob' })).toThrow(ConfigError);
  });
});
