import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrontReceiver } from '../../../src/adapters/slack/front-receiver.js';
import { createSlackFront } from '../../../src/adapters/slack/http-front.js';
import { createMetrics } from '../../../src/infra/metrics/index.js';
import { signSlackRequest } from '../../fakes/slack/slack-requests.js';
import { memoryLogger } from '../../helpers/core.js';

const SECRET = 'unverified-bodies-secret';

/** A receiver that answers every request it is handed with 200: the front's checks are under test. */
const receiver = {
  init: () => {},
  start: async () => undefined,
  stop: async () => undefined,
  dispatch: async (_req: unknown, res: ServerResponse) => {
    res.writeHead(200).end();
  },
} as unknown as FrontReceiver;

/** Sends headers, and only as much of the body as `send` says (the rest never comes): the status. */
function post(port: number, headers: Record<string, string>, send = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/slack/events', headers });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
    req.flushHeaders();
    if (send) req.write(send);
  });
}

describe('the Slack front before a body is verified', () => {
  let server: Server;
  let port = 0;
  const logger = memoryLogger();
  beforeAll(async () => {
    server = createServer(
      createSlackFront({
        receiver,
        signingSecret: SECRET,
        logger,
        metrics: createMetrics(),
        isDraining: () => false,
        unverifiedBudgetBytes: 64 * 1024,
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const now = () => Math.floor(Date.now() / 1000);
  const json = { 'content-type': 'application/json' };

  it('refuses an unsigned body larger than ssl_check’s without waiting for it', async () => {
    expect(await post(port, { ...json, 'content-length': '1000000' })).toBe(401);
  });

  it('refuses a body declared over 1 MB, and one signed too long ago, without waiting for them', async () => {
    expect(await post(port, { ...json, 'content-length': '2000000', 'x-slack-signature': 'v0=00' })).toBe(
      413,
    );
    const stale = { 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': String(now() - 3600) };
    expect(await post(port, { ...json, 'content-length': '500000', ...stale })).toBe(401);
  });

  it('tells a request to come back when unverified bodies already hold the budget', async () => {
    const forged = { 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': String(now()) };
    // Bodies declared at 100 KB, 40 KB of each sent and the rest never: two pass the 64 KB budget.
    const held = [1, 2].map(() =>
      post(port, { ...json, 'content-length': '100000', ...forged }, 'x'.repeat(40_000)),
    );
    expect(await Promise.race(held)).toBe(503);
    const later = new Promise((resolve) => setTimeout(() => resolve('still reading'), 300));
    expect(await Promise.race([Promise.all(held).then(() => 'both answered'), later])).toBe('still reading');
  });

  it('still answers a signed request, and ssl_check unsigned', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c' });
    const timestamp = now();
    const signed = {
      ...json,
      'content-length': String(Buffer.byteLength(body)),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(SECRET, timestamp, body),
    };
    expect(await post(port, signed, body)).toBeLessThan(500);
    const ssl = 'ssl_check=1&token=abc';
    const form = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(ssl.length),
    };
    expect(await post(port, form, ssl)).toBe(200);
  });
});
