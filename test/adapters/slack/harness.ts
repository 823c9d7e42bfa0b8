import type { Adapter } from '../../../src/adapters/adapter.js';
import { createSlackAdapter, type SlackAdapterOptions } from '../../../src/adapters/slack/entry.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Logger } from '../../../src/core/index.js';
import type { Core } from '../../../src/core/types.js';
import { createHealthRoutes, createReadiness } from '../../../src/infra/http/index.js';
import { createMetrics, type Metrics } from '../../../src/infra/metrics/index.js';
import {
  type FakeSlack,
  type FakeSlackOptions,
  type RecordedCall,
  type ResponsePost,
  startFakeSlack,
} from '../../fakes/slack/fake-slack.js';
import type { EnvelopeType } from '../../fakes/slack/fake-socket-mode.js';
import {
  commandBody,
  eventBody,
  interactionBody,
  type SendOptions,
  type SlackRequestBody,
  sendToApp,
} from '../../fakes/slack/slack-requests.js';
import { freePort } from '../../helpers/free-port.js';
import { memoryLogger } from './memory-logger.js';

export const BOT_TOKEN = 'xoxb-1111-2222-fakefakefakefake';
export const APP_TOKEN = 'xapp-1-A0FAKE-3333-fakefakefakefake';
export const SIGNING_SECRET = 'e1f0c4b7a9d2835f6c0b1a2d3e4f5061';

export interface SlackHarnessOptions {
  mode: 'http' | 'socket';
  core: Core;
  /** `users.info` locales by user id. */
  locales?: Record<string, string>;
  adapter?: SlackAdapterOptions;
  /** PORT for HTTP mode; a free one by default. */
  port?: number;
  /** More of the fake's workspace: admins, owners, user groups. */
  fake?: Pick<FakeSlackOptions, 'admins' | 'owners' | 'usergroups' | 'bots'>;
  /** More environment (SOCKERR_SETTINGS_USERS…). */
  env?: Record<string, string>;
}

/** A message the person who asked was shown: in the ack itself, or posted to the `response_url`. */
interface Answer {
  via: 'ack' | 'response_url';
  body: Record<string, unknown>;
}

/** What one request to the app produced. */
interface Delivery {
  /** HTTP status of Slack's request (200 for Socket Mode acks). */
  status: number;
  /** Web API calls made while handling it. */
  calls: RecordedCall[];
  /** `response_url` posts made while handling it. */
  responses: ResponsePost[];
  /** Every answer to the asker, in order: the ack's message (when it carried one), then `response_url` posts. */
  answers: Answer[];
  /** Milliseconds from sending the request to Slack's receiving the ack (the HTTP response, or the envelope ack). */
  ackMs: number;
}

interface DeliverOptions extends Partial<SendOptions> {
  /** False for requests the app must reject: do not wait for handling. */
  settles?: boolean;
}

/** The real adapter, with a real core, against a fake Slack on 127.0.0.1. */
export interface SlackHarness {
  readonly fake: FakeSlack;
  readonly logger: Logger & { lines: string[] };
  readonly port: number;
  readonly adapter: Adapter;
  /** What the adapter counted (`/metrics` reads the same registry). */
  readonly metrics: Metrics;
  /** Requests the app has finished handling so far. */
  settledCount(): number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sends one request as Slack would (signed HTTP POST, or a Socket Mode envelope) and waits until it is handled. */
  deliver(
    kind: 'event' | 'command' | 'interaction',
    payload: unknown,
    options?: DeliverOptions,
  ): Promise<Delivery>;
  /** Sends a raw HTTP body to `/slack/events` (HTTP mode only). */
  post(body: SlackRequestBody, options?: DeliverOptions): Promise<Delivery>;
}

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
  let settled = 0;
  let waiters: { count: number; resolve: () => void }[] = [];
  const adapter = createSlackAdapter(
    { core: options.core, config, logger, metrics, httpRoutes, isDraining: () => readiness.draining },
    {
      retryConfig: { retries: 0 },
      ...options.adapter,
      onSettled: () => {
        settled += 1;
        const done = waiters.filter((w) => w.count <= settled);
        waiters = waiters.filter((w) => w.count > settled);
        for (const w of done) w.resolve();
        options.adapter?.onSettled?.();
      },
    },
  );
  adapterRef = adapter;
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

  const settledAt = (count: number) =>
    new Promise<void>((resolve, reject) => {
      if (settled >= count) return resolve();
      const timer = setTimeout(() => reject(new Error(`the app did not finish request #${count}`)), 8000);
      waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });

  const record = async (
    settles: boolean,
    send: () => Promise<{ status: number; ack?: unknown }>,
  ): Promise<Delivery> => {
    const calls = fake.calls.length;
    const responses = fake.responses.length;
    const expected = settled + 1;
    const sent = performance.now();
    const { status, ack } = await send();
    const ackMs = performance.now() - sent;
    if (settles && status === 200) await settledAt(expected);
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
    settledCount: () => settled,
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

/** The message an ack carried (Bolt answers `ack(message)` with JSON), or undefined for an empty ack. */
function readAckMessage(ack: unknown): Record<string, unknown> | undefined {
  let value = ack;
  if (typeof ack === 'string') {
    if (ack.trim() === '') return undefined;
    try {
      value = JSON.parse(ack);
    } catch {
      return { text: ack };
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  return message.text !== undefined || message.blocks !== undefined ? message : undefined;
}
