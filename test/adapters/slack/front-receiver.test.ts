import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type BufferedIncomingMessage } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { reportDeliveryVerdict } from '../../../src/adapters/slack/delivery-verdict.js';
import { createFrontReceiver, type FrontReceiver } from '../../../src/adapters/slack/front-receiver.js';
import { quietBoltLogger } from '../../helpers/quiet-bolt-logger.js';

const quiet = quietBoltLogger;

/**
 * A real Bolt App on the front receiver, behind a bare HTTP server that hands every request's JSON
 * body to `dispatch` (as sockerr's front does after its checks).
 */
async function serve(
  options: {
    timeoutMs?: number;
    onUnreadable?: () => void;
    onRedeliver?: (why: 'store_unavailable' | 'in_progress') => void;
    verdictWaitMs?: number;
  } = {},
) {
  const receiver: FrontReceiver = createFrontReceiver({
    logger: quiet,
    unhandledRequestTimeoutMs: options.timeoutMs ?? 3001,
    ...(options.onUnreadable ? { onUnreadable: options.onUnreadable } : {}),
    ...(options.onRedeliver ? { onRedeliver: options.onRedeliver } : {}),
    ...(options.verdictWaitMs === undefined ? {} : { verdictWaitMs: options.verdictWaitMs }),
  });
  // Who the bot is, given rather than asked of Slack (auth.test): the test reaches no network.
  const app = new App({
    authorize: async () => ({ botToken: 'xoxb-front-receiver-test', botId: 'B0FRONT', botUserId: 'U0BOT' }),
    receiver,
    logger: quiet,
  });
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const buffered = Object.assign(req, { rawBody: raw }) as BufferedIncomingMessage;
      void receiver.dispatch(buffered, res, JSON.parse(raw.toString('utf8')));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return { app, post };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

const messageEnvelope = {
  type: 'event_callback',
  team_id: 'T0FRONT',
  event_id: 'Ev0FRONT',
  event: { type: 'message', channel: 'C0FRONT', user: 'U0FRONT', ts: '1.000100', text: 'hello' },
};

describe('createFrontReceiver', () => {
  it('hands the parsed payload to Bolt, with the retry number and reason Slack sent', async () => {
    const { app, post } = await serve();
    const seen: { text?: string; retryNum?: number; retryReason?: string }[] = [];
    app.event('message', async ({ event, body, context }) => {
      seen.push({
        text: (event as { text?: string }).text,
        ...(context.retryNum === undefined ? {} : { retryNum: context.retryNum }),
        ...(context.retryReason === undefined ? {} : { retryReason: context.retryReason }),
      });
      expect(body).toMatchObject({ event_id: 'Ev0FRONT' });
    });
    const response = await post(messageEnvelope, {
      'x-slack-retry-num': '2',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ text: 'hello', retryNum: 2, retryReason: 'http_timeout' }]);
  });

  it('answers a slash command with the message its listener acknowledges with', async () => {
    const { app, post } = await serve();
    app.command('/front', async ({ ack }) => {
      await ack({ text: 'acknowledged' });
    });
    const response = await post({
      command: '/front',
      text: 'x',
      user_id: 'U0FRONT',
      channel_id: 'C0FRONT',
      team_id: 'T0FRONT',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ text: 'acknowledged' });
  });

  it('answers Slack’s URL verification with its challenge', async () => {
    const { post } = await serve();
    const response = await post({ type: 'url_verification', challenge: 'c-front' });
    expect(await response.json()).toEqual({ challenge: 'c-front' });
  });

  it('answers 404 when no listener acknowledges the request in time', async () => {
    const { post } = await serve({ timeoutMs: 50 });
    const response = await post({
      type: 'block_actions',
      user: { id: 'U0FRONT' },
      team: { id: 'T0FRONT' },
      actions: [{ action_id: 'nobody_listens', type: 'button' }],
    });
    expect(response.status).toBe(404);
  });

  it('answers 400 and says so when Bolt cannot process the payload', async () => {
    let unreadable = 0;
    const { post } = await serve({ onUnreadable: () => (unreadable += 1) });
    const response = await post({ type: 'event_callback', event: null });
    expect(response.status).toBe(400);
    expect(unreadable).toBe(1);
  });

  it('answers a message event 503, for Slack to send again, when its delivery could not be decided', async () => {
    const redelivered: string[] = [];
    const { app, post } = await serve({ onRedeliver: (why) => redelivered.push(why) });
    let after = false;
    app.event('message', async ({ context }) => {
      reportDeliveryVerdict(context, 'store_unavailable');
      await Promise.resolve();
      after = true;
    });
    const response = await post(messageEnvelope);
    expect(response.status).toBe(503);
    expect(redelivered).toEqual(['store_unavailable']);
    expect(after).toBe(true);
  });

  it('acknowledges a message event as soon as it is taken, while its listener is still at work', async () => {
    const { app, post } = await serve();
    let release: () => void = () => undefined;
    const working = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.event('message', async ({ context }) => {
      reportDeliveryVerdict(context, 'taken');
      await working;
    });
    const response = await post(messageEnvelope);
    expect(response.status).toBe(200);
    release();
  });

  it('acknowledges a message event after the verdict wait when its listener says nothing in time', async () => {
    const { app, post } = await serve({ verdictWaitMs: 50 });
    let release: () => void = () => undefined;
    const working = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.event('message', async () => {
      await working;
    });
    const response = await post(messageEnvelope);
    expect(response.status).toBe(200);
    release();
  });
});
