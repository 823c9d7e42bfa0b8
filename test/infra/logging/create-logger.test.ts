import { describe, expect, it } from 'vitest';
import { createLogger, redactSecrets } from '../../../src/infra/logging/index.js';

describe('createLogger', () => {
  it('writes one JSON object per line with the fields given', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l), now: () => new Date(0) }).child({
      adapter: 'slack',
    });
    logger.info('started', { port: 3000 });
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      msg: 'started',
      adapter: 'slack',
      port: 3000,
    });
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (l) => lines.push(l) });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });

  it('never writes a configured secret or anything shaped like a token', () => {
    const lines: string[] = [];
    const logger = createLogger({ secrets: ['s3cr3t-signing'], write: (l) => lines.push(l) });
    logger.error('failed', {
      error: new Error('bad s3cr3t-signing'),
      header: 'Bearer xoxb-123456789-abcdefgh',
    });
    expect(lines[0]).not.toContain('s3cr3t-signing');
    expect(lines[0]).not.toContain('xoxb-123456789');
    expect(lines[0]).toContain('[redacted]');
  });

  it('never writes a secret with a quote or a backslash, which the line holds escaped', () => {
    const password = 'pa"ss\\w0rd\tx';
    for (const format of ['json', 'pretty'] as const) {
      const lines: string[] = [];
      const logger = createLogger({ format, color: false, secrets: [password], write: (l) => lines.push(l) });
      logger.error(`AUTH failed with ${password}`, {
        url: `redis://:${password}@h:6379`,
        error: new Error(`wrong password ${password}`),
      });
      const written = lines.join('\n');
      expect(written, format).not.toContain('w0rd');
      expect(written.match(/\[redacted\]/g)?.length, format).toBeGreaterThanOrEqual(3);
    }
  });

  it('redacts Discord-shaped tokens', () => {
    const token = 'MTA4NDAwMDAwMDAwMDAwMDAwMQ.Gx1y2z.abcdefghijklmnopqrstuvwxyz0123456789';
    expect(redactSecrets(`token=${token}`, [])).toBe('token=[redacted]');
  });

  it('redacts the token in a Discord interaction or webhook URL, keeping the rest of the URL', () => {
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpXeUpoYkdjaU9pSkl';
    const api = 'https://discord.com/api/v10';
    expect(redactSecrets(`${api}/interactions/1234567890123456789/${token}/callback?x=1`, [])).toBe(
      `${api}/interactions/1234567890123456789/[redacted]/callback?x=1`,
    );
    expect(redactSecrets(`"${api}/webhooks/1100000000000000001/${token}/messages/@original"`, [])).toBe(
      `"${api}/webhooks/1100000000000000001/[redacted]/messages/@original"`,
    );
  });
});

describe('createLogger for an error at 3 a.m.', () => {
  it('logs an error with its stack, its code and its chain of causes', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l) });
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
    logger.error('store unreachable', { error: new Error('could not claim the event', { cause }) });
    const line = JSON.parse(lines[0] ?? '{}') as {
      error: Record<string, unknown> & { cause: Record<string, unknown> };
    };
    expect(line.error.message).toBe('could not claim the event');
    expect(String(line.error.stack)).toContain('create-logger.test.ts');
    expect(line.error.cause).toMatchObject({
      message: 'connect ECONNREFUSED 127.0.0.1:6379',
      code: 'ECONNREFUSED',
    });
    expect(String(line.error.cause.stack)).toContain('Error: connect ECONNREFUSED');
  });

  it('writes readable lines in pretty format, still without secrets', () => {
    const lines: string[] = [];
    const logger = createLogger({
      format: 'pretty',
      color: false,
      secrets: ['s3cr3t-signing'],
      write: (l) => lines.push(l),
    });
    logger.warn('Slack chat.postMessage failed: not_in_channel', { channel: 'C1', token: 's3cr3t-signing' });
    expect(lines[0]).toMatch(/WARN.*Slack chat\.postMessage failed: not_in_channel/);
    expect(lines.join('\n')).toContain('channel: "C1"');
    expect(lines.join('\n')).not.toContain('s3cr3t-signing');
    expect(() => JSON.parse(lines[0] ?? '')).toThrow();
  });
});
