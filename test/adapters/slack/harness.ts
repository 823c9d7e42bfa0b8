import type { Adapter } from '../../../src/adapters/adapter.js';
import { createSlackAdapter } from '../../../src/adapters/slack/entry.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { createHealthRoutes, createReadiness } from '../../../src/infra/http/index.js';
import { createMetrics } from '../../../src/infra/metrics/index.js';
import { startFakeSlack } from '../../fakes/slack/fake-slack.js';
import type { EnvelopeType } from '../../fakes/slack/fake-socket-mode.js';
import {
  commandBody,
  eventBody,
  interactionBody,
  type SlackRequestBody,
  sendToApp,
} from '../../fakes/slack/slack-requests.js';
import { freePort } from '../../helpers/free-port.js';
import { memoryLogger } from './memory-logger.js';
import { readAckMessage } from './read-ack-message.js';
import { createSettleWaiters } from './settle-waiters.js';
import type { DeliverOptions, Delivery, SlackHarness, SlackHarnessOptions } from './slack-harness-types.js';

export type { SlackHarness, SlackHarnessOptions } from './slack-harness-types.js';

export const BOT_TOKEN = 'xoxb-1111-2222-fakefakefakefake';
export const APP_TOKEN = 'xapp-1-A0FAKE-3333-fakefakefakefake';
export const SIGNING_SECRET = 'e1f0c4b7a9d2835f6c0b1a2d3e4f5061';

const ENVELOPES: Readonly<Record<'event' | 'command' | 'interaction', EnvelopeType>> = {
  event: 'events_api',
  command: 'slash_commands',
  interaction: 'interactive',
};

export async function createSlackHarness(options: SlackHarnessOptions): Promise<SlackHarness> {
  const fake = await startFakeSlack({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    locales: options.locales ?? {},
    ...options.fake,
  });
  const port = options.port ?? (await freePort());
  const env: Record<string, string> = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    ...options.env,
  };
  if (options.mode === 'socket') env.SLACK_APP_TOKEN = APP_TOKEN;
  else env.SLACK_SIGNING_SECRET = SIGNING_SECRET;
  const config = loadConfig(env);
  // No redaction list here, unlike main.ts: the adapter itself must never log a secret.
  const logger = memoryLogger();
  const metrics = createMetrics();
  // As src/app/start.ts composes it: readiness follows the adapter's connection.
  let adapterRef: Adapter | undefined;
  const readiness = createReadiness({
    probes: [
      {
        name: 'slack',
        check: () => {
          if (!adapterRef?.connected?.()) throw new Error('not connected');
        },
      },
    ],
  });
  const httpRoutes = createHealthRoutes({ readiness, metrics });
  const settled = createSettleWaiters();
  const adapter = createSlackAdapter(
    {
      ...{ core: options.core, config, logger, metrics, httpRoutes, isDraining: () => readiness.draining },
      ...(options.onFatal ? { onFatal: options.onFatal } : {}),
    },
    {
      retryConfig: { retries: 0 },
      ...options.adapter,
      onSettled: () => {
        settled.markSettled();
        options.adapter?.onSettled?.();
      },
    },
  );
  adapterRef = adapter;
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

  const record = async (
    settles: boolean,
    send: () => Promise<{ status: number; ack?: unknown }>,
  ): Promise<Delivery> => {
    const calls = fake.calls.length;
    const responses = fake.responses.length;
    const expected = settled.count() + 1;
    const sent = performance.now();
    const { status, ack } = await send();
    const ackMs = performance.now() - sent;
    if (settles && status === 200) await settled.at(expected);
    const posted = fake.responses.slice(responses);
    const acked = readAckMessage(ack);
    return {
      status,
      ackMs,
      calls: fake.calls.slice(calls),
      responses: posted,
      answers: [
        ...(acked ? [{ via: 'ack' as const, body: acked }] : []),
        ...posted.map((r) => ({ via: 'response_url' as const, body: r.body })),
      ],
    };
  };

  const post = (body: SlackRequestBody, opts: DeliverOptions = {}) =>
    record(opts.settles !== false, async () => {
      const response = await sendToApp(eventsUrl, body, { secret: SIGNING_SECRET, ...opts });
      const text = await response.text();
      return { status: response.status, ack: response.status === 200 ? text : undefined };
    });

  return {
    fake,
    logger,
    port,
    adapter,
    metrics,
    settledCount: settled.count,
    async start() {
      await adapter.start();
      readiness.markStarted();
    },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
    post,
    deliver(kind, payload, opts = {}) {
      if (options.mode === 'http') {
        const body =
          kind === 'event'
            ? eventBody(payload)
            : kind === 'command'
              ? commandBody(payload as never)
              : interactionBody(payload);
        return post(body, opts);
      }
      return record(opts.settles !== false, async () => {
        const ack = await fake.socketMode.send(ENVELOPES[kind], payload, {
          ...(opts.retryNum === undefined ? {} : { retryAttempt: opts.retryNum }),
          ...(opts.retryReason === undefined ? {} : { retryReason: opts.retryReason }),
        });
        return { status: 200, ack };
      });
    },
  };
}
