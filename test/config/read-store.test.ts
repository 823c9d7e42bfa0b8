import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe('the store variables', () => {
  it('default to an SQLite file kept 30 days, and no Redis', () => {
    const config = loadConfig({});
    expect(config.storePath).toBe('.sockerr/sockerr.db');
    expect(config.retentionDays).toBe(30);
    expect(config.redisUrl).toBeUndefined();
    expect(config.redisTlsVerify).toBe(true);
  });

  it('take a redis:// or rediss:// URL, kept secret from the logs', () => {
    const url = 'rediss://:p4ssw0rd@ec2-1-2-3-4.compute-1.amazonaws.com:25070';
    const config = loadConfig({ REDIS_URL: url, REDIS_TLS_VERIFY: 'false', SOCKERR_RETENTION_DAYS: '7' });
    expect(config).toMatchObject({ redisUrl: url, redisTlsVerify: false, retentionDays: 7 });
    expect(config.secrets).toContain(url);
    expect(loadConfig({ REDIS_URL: 'redis://localhost:6379/2' }).redisUrl).toBe('redis://localhost:6379/2');
  });

  it('refuse a URL that is not Redis, without repeating its password', () => {
    for (const bad of ['http://:secretpw@example.com', 'localhost:6379', 'redis://']) {
      const said = problems({ REDIS_URL: bad });
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^REDIS_URL must be a redis:\/\/ or rediss:\/\//);
      expect(said[0]).not.toContain('secretpw');
    }
  });

  it('refuse a retention that is not a whole number of days, and a TLS switch that is not yes or no', () => {
    expect(problems({ SOCKERR_RETENTION_DAYS: '0' })[0]).toMatch(
      /SOCKERR_RETENTION_DAYS must be a whole number from 1/,
    );
    expect(problems({ SOCKERR_RETENTION_DAYS: '2.5' })).toHaveLength(1);
    expect(problems({ REDIS_TLS_VERIFY: 'maybe' })).toEqual([
      'REDIS_TLS_VERIFY must be true or false (got "maybe")',
    ]);
  });
});
