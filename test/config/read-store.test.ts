import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { configProblems as problems } from '../helpers/config.js';

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

  it('warn on a Heroku dyno that state kept in SQLite is lost at every restart, and not once REDIS_URL is set', () => {
    const dyno = { DYNO: 'web.1', PORT: '41234' };
    expect(loadConfig(dyno).warnings).toEqual([
      expect.stringMatching(/Heroku dyno.*SQLite.*wipes at every restart.*REDIS_URL/),
    ]);
    expect(
      loadConfig({ ...dyno, REDIS_URL: 'rediss://:pw@ec2-1-2-3-4.compute-1.amazonaws.com:25070' }).warnings,
    ).toEqual([]);
    expect(loadConfig({ PORT: '41234' }).warnings).toEqual([]);
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

describe('REDIS_URL as node-redis reads it', () => {
  it('is refused when the database after the host is not a whole number, without repeating the password', () => {
    for (const bad of [
      'redis://:secretpw@host:6379/abc',
      'redis://:secretpw@host:6379/1.5',
      'redis://:secretpw@host/-1',
    ]) {
      const said = problems({ REDIS_URL: bad });
      expect(said).toEqual([
        expect.stringMatching(/^REDIS_URL's database, after the host, must be a whole number/),
      ]);
      expect(said[0]).not.toContain('secretpw');
    }
    expect(loadConfig({ REDIS_URL: 'redis://:secretpw@host:6379/' }).redisUrl).toBe(
      'redis://:secretpw@host:6379/',
    );
  });

  it('is refused when a % in the password does not start a percent-encoded character', () => {
    const said = problems({ REDIS_URL: 'redis://:secret%zzpw@host:6379' });
    expect(said).toEqual([expect.stringMatching(/password has a % that does not start/)]);
    expect(said[0]).not.toContain('secret');
  });

  it('says how to write a password with / or # in it when the URL cannot be read', () => {
    const said = problems({ REDIS_URL: 'redis://:pass/word#1@host:6379' });
    expect(said[0]).toMatch(/must be percent-encoded: \/ as %2F/);
    expect(said[0]).not.toContain('pass/word');
  });

  it('has its password kept from the logs on its own too, as written and decoded', () => {
    const config = loadConfig({ REDIS_URL: 'rediss://default:p%40ssw0rd99@host:6380/2' });
    expect(config.secrets).toEqual(
      expect.arrayContaining(['rediss://default:p%40ssw0rd99@host:6380/2', 'p%40ssw0rd99', 'p@ssw0rd99']),
    );
  });
});

describe('SOCKERR_STORE_PATH', () => {
  it('is refused when it starts with ~, which no one expands outside a shell', () => {
    for (const path of ['~/.sockerr/sockerr.db', '~']) {
      expect(problems({ SOCKERR_STORE_PATH: path })).toEqual([
        expect.stringMatching(
          /^SOCKERR_STORE_PATH starts with ~, which only a shell expands: write the full path/,
        ),
      ]);
    }
    expect(loadConfig({ SOCKERR_STORE_PATH: 'data/~old/sockerr.db' }).storePath).toBe('data/~old/sockerr.db');
  });
});
