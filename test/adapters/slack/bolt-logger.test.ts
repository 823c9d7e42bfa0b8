import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/slack/bolt-logger.js';
import { createLogger } from '../../../src/infra/logging/index.js';
import { freePort } from '../../helpers/free-port.js';

/** A part of a log call that counts how often it is serialised (JSON.stringify calls `toJSON`). */
function countingPart() {
  return {
    serialised: 0,
    toJSON() {
      this.serialised += 1;
      return { value: 'part' };
    },
  };
}

const loggerAt = (level: 'debug' | 'info') => {
  const lines: string[] = [];
  const logger = createLogger({ level, format: 'json', write: (line) => lines.push(line) });
  return { bolt: createBoltLogger(logger, level), lines };
};

describe('createBoltLogger', () => {
  it('drops Bolt’s debug and info lines below LOG_LEVEL=debug without serialising their parts', () => {
    const { bolt, lines } = loggerAt('info');
    const part = countingPart();
    bolt.debug('http request body:', part);
    bolt.info('reconnecting', part);
    expect(part.serialised).toBe(0);
    expect(lines).toEqual([]);
  });

  it('writes Bolt’s debug and info lines as debug lines at LOG_LEVEL=debug', () => {
    const { bolt, lines } = loggerAt('debug');
    const part = countingPart();
    bolt.debug('http request body:', part);
    bolt.info('reconnecting');
    expect(part.serialised).toBe(1);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'debug', msg: 'http request body: {"value":"part"}', source: 'bolt' }),
      expect.objectContaining({ level: 'debug', msg: 'reconnecting', source: 'bolt' }),
    ]);
  });

  it('never writes the ticket of a Socket Mode URL, which lets anyone holding it take the connection', () => {
    const { bolt, lines } = loggerAt('debug');
    const url = 'wss://wss-primary.slack.com/link/?ticket=1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809&app_id=A0FAKE';
    bolt.debug('http request result:', { ok: true, url });
    bolt.warn(`Failed to connect to ${url}`);
    expect(lines.join('\n')).not.toContain('1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809');
    expect(lines.join('\n')).toContain('ticket=[redacted]&app_id=A0FAKE');
  });

  it('never writes an envelope’s verification token or response_url, and keeps the rest of it', () => {
    const { bolt, lines } = loggerAt('debug');
    const envelope = {
      type: 'slash_commands',
      payload: {
        token: 'gIkuvaNzQIHg97ATvDxqgjtO',
        text: 'say "hi"',
        response_url: 'https://hooks.slack.com/commands/T0FAKE/1234567890/abcdefABCDEF',
        response_urls: [{ response_url: 'https://hooks.slack.com/app/T0FAKE/42/secretpart' }],
      },
    };
    bolt.debug(`Received a message on the WebSocket: ${JSON.stringify(envelope)}`);
    const written = lines.join('\n');
    for (const secret of ['gIkuvaNzQIHg97ATvDxqgjtO', 'abcdefABCDEF', 'secretpart']) {
      expect(written).not.toContain(secret);
    }
    expect(JSON.parse(lines[0] ?? '{}').msg).toContain('"text":"say \\"hi\\""');
  });

  it('keeps Bolt’s warnings and errors at their own level', () => {
    const { bolt, lines } = loggerAt('info');
    bolt.warn('signature check failed');
    bolt.error(new Error('boom'));
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'signature check failed' }),
      expect.objectContaining({ level: 'error', msg: 'Error: boom' }),
    ]);
  });
  it('says once a minute, as a warning, that acks could not be sent while Socket Mode reconnected', () => {
    const lines: string[] = [];
    let now = 0;
    const logger = createLogger({ level: 'info', format: 'json', write: (line) => lines.push(line) });
    const bolt = createBoltLogger(logger, 'info', () => now);
    for (let i = 0; i < 40; i += 1) bolt.error('Failed to send a message as the client is not connected');
    now += 61_000;
    bolt.error('Failed to send a message as the client is not connected');
    const logged = lines.map((l) => JSON.parse(l));
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ level: 'warn' });
    expect(logged[0].msg).toContain('Slack delivers the events whose ack was not sent again');
  });

  it('warns once a minute, not at every attempt, when the Web API cannot be reached', async () => {
    let clock = 0;
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', format: 'json', write: (line) => lines.push(line) });
    const web = new webApi.WebClient('xoxb-unreachable-test', {
      slackApiUrl: `http://127.0.0.1:${await freePort()}/api/`,
      logger: createBoltLogger(logger, 'info', () => clock),
      retryConfig: { retries: 2, minTimeout: 1, maxTimeout: 1 },
    });
    const post = () => web.chat.postMessage({ channel: 'C1', text: 'hi' }).catch(() => undefined);
    // An outage: three calls of three attempts each, every one refused.
    await Promise.all([post(), post(), post()]);
    const warned = () => lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'warn');
    expect(warned()).toEqual([expect.objectContaining({ msg: 'http request failed fetch failed' })]);
    clock += 60_000;
    await post();
    expect(warned()).toHaveLength(2);
  });
});
