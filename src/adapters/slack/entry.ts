import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CustomRoute, type webApi } from '@slack/bolt';
import type { Adapter, AdapterDeps } from '../adapter.js';
import { createBoltLogger, toBoltLogLevel } from './bolt-logger.js';
import { createSlackCaller } from './calls.js';
import { registerSlackListeners } from './listeners.js';
import { describeStartupError } from './startup-errors.js';
import { createUserLocaleCache } from './user-locale-cache.js';

/** Collaborators with production defaults; tests override them to run fast against a fake Slack. */
export interface SlackAdapterOptions {
  /** The Web API client's retries of 5xx and network errors (p-retry options). Tests pass `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
  /** The longest `Retry-After` worth waiting for before a rate-limited call is dropped. Default 30 s. */
  maxRateLimitWaitMs?: number;
  /** How long `stop()` may take in all. Default 8 s, inside the 10 s platforms allow after SIGTERM. */
  stopTimeoutMs?: number;
  /** Clock for the user-locale cache. */
  now?: () => number;
  /** Called each time the adapter has finished with one request from Slack (tests wait on it). */
  onSettled?: () => void;
}

/** A few quick retries: a chat reply that arrives minutes late helps no one. */
const PRODUCTION_RETRIES: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4000,
  randomize: true,
};

/**
 * The Slack adapter: Bolt over HTTP (`/slack/events`, `GET /healthz` on `PORT`) or over
 * Socket Mode when `config.slack.appToken` is set. Requires `config.slack`.
 */
export function createSlackAdapter(
  { core, config, logger }: AdapterDeps,
  options: SlackAdapterOptions = {},
): Adapter {
  const slack = config.slack;
  if (!slack) throw new Error('createSlackAdapter needs config.slack (set SLACK_BOT_TOKEN)');
  const mode = slack.appToken ? 'socket' : 'http';
  const log = logger.child({ adapter: 'slack' });
  const calls = createSlackCaller({
    logger: log,
    ...(options.maxRateLimitWaitMs === undefined ? {} : { maxRateLimitWaitMs: options.maxRateLimitWaitMs }),
  });
  const locales = createUserLocaleCache(options.now ? { now: options.now } : {});
  let stopping = false;
  let running = 0;
  const idleWaiters: (() => void)[] = [];

  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res: ServerResponse) => {
      // 503 while stopping, so a load balancer drains this instance.
      res.writeHead(stopping ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: !stopping, adapter: 'slack', mode }));
    },
  };
  const app = new App({
    token: slack.botToken,
    ...(slack.appToken
      ? { socketMode: true, appToken: slack.appToken }
      : { signingSecret: slack.signingSecret ?? '', port: slack.port, customRoutes: [healthz] }),
    clientOptions: {
      ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
      retryConfig: options.retryConfig ?? PRODUCTION_RETRIES,
      // 429s come back to slack-calls.ts, which waits for Retry-After only within its bound.
      rejectRateLimitedCalls: true,
    },
    logger: createBoltLogger(log, config.logLevel),
    logLevel: toBoltLogLevel(config.logLevel),
    // auth.test runs in start(), where a rejected token becomes a clear start-up error.
    deferInitialization: true,
    // Core decides about the bot's own messages (MessageInput.author.isSelf), like every other rule.
    ignoreSelf: false,
  });
  app.error(async (error) => {
    log.error('Slack request failed in Bolt', { error });
  });
  app.use(async ({ next }) => {
    running += 1;
    try {
      await next();
    } finally {
      running -= 1;
      if (running === 0) for (const resolve of idleWaiters.splice(0)) resolve();
      options.onSettled?.();
    }
  });
  registerSlackListeners(app, { core, calls, locales, logger: log });

  let server: Server | undefined;
  let stopped: Promise<void> | undefined;
  const idle = () => (running === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r)));

  const shutdown = async () => {
    stopping = true;
    const timeoutMs = options.stopTimeoutMs ?? 8000;
    const deadline = Date.now() + timeoutMs;
    const left = () => Math.max(0, deadline - Date.now());
    // Stop taking requests (HTTP: close the server; Socket Mode: disconnect), then let handlers finish.
    await within(
      app.stop().catch((error: unknown) => log.debug('Bolt stop', { error })),
      left() / 2,
    );
    server?.closeAllConnections();
    if (!(await within(idle(), left()))) {
      log.warn('Slack adapter stopped with replies still in flight', { running, timeoutMs });
    }
    calls.abort();
    log.info('Slack adapter stopped');
  };

  return {
    name: 'slack',
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw describeStartupError(error, 'auth', slack);
      }
      try {
        if (slack.appToken) await app.start();
        else server = (await app.start({ port: slack.port, host: slack.host })) as Server;
      } catch (error) {
        throw describeStartupError(error, mode === 'socket' ? 'socket' : 'listen', slack);
      }
      const address = server?.address() as AddressInfo | null | undefined;
      log.info(
        'Slack adapter ready',
        address ? { mode, host: address.address, port: address.port } : { mode },
      );
    },
    stop() {
      stopped ??= shutdown();
      return stopped;
    },
  };
}

/** Whether `promise` settled within `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
