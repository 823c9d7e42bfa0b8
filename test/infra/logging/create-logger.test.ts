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

  it('redacts Discord-shaped tokens', () => {
    const token = 'MTA4NDAwMDAwMDAwMDAwMDAwMQ.Gx1y2z.abcdefghijklmnopqrstuvwxyz0123456789';
    expect(redactSecrets(`token=${token}`, [])).toBe('token=[redacted]');
  });
});
