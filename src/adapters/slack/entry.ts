import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { webApi } from '@slack/bolt';
import { keepIdleConnections } from '../../infra/http/index.js';
import { createMetrics } from '../../infra/metrics/index.js';
import type { Adapter, AdapterDeps, StopReport } from '../adapter.js';
import { watchAppToken } from './app-token-watch.js';
import { createBoltLogger } from './bolt-logger.js';
import { buildSlackApp } from './build-app.js';
import { createSlackCaller } from './calls.js';
import { createSlackFileReader } from './files.js';
import { createSlackFront } from './http-front.js';
import { SLACK_LIMITS } from './limits.js';
import { registerSlackListeners } from './listeners.js';
import { listen, within } from './server-wait.js';
import { watchSocketMode } from './socket-watch.js';
import { describeStartupError } from './startup-errors.js';
import { trackRequests } from './track-requests.js';
import { createUserDirectory } from './user-directory.js';
import { warmUpSlack } from './warm-up.js';
import { warmUpBolt } from './warm-up-bolt.js';

/** Collaborators with production defaults; tests override them to run fast against a fake Slack. */
export interface SlackAdapterOptions {
  /** Retries of Bolt's own calls (auth.test at start; p-retry options). Tests pass `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
  /** The deadline of one Web API request. Default 10 s. */
  apiTimeoutMs?: number;
  /** How long one call may take with its retries and waits. Default 25 s. */
  callBudgetMs?: number;
  /** The first backoff before a retry of a 5xx, timeout or network error. Default 500 ms. */
  backoffMs?: number;
  /** The longest `Retry-After` worth waiting for before a rate-limited call is dropped. Default 20 s. */
  maxRateLimitWaitMs?: number;
  /** How long `stop()` may take in all. Default 8 s, inside the 10 s platforms allow after SIGTERM. */
  stopTimeoutMs?: number;
  /** How long Bolt waits for a request nobody acknowledges (an unknown command) before answering 404. */
  unhandledRequestTimeoutMs?: number;
  /**
   * How long a slash command's ack waits for the answer before it is sent empty and the answer
   * follows through `response_url`. Default 2 s: a second of Slack's 3 is left for the network.
   */
  ackWaitMs?: number;
  /** Socket Mode: how long the connection may stay down before sockerr exits to be restarted. Default 5 min. */
  socketGiveUpMs?: number;
  /** Clock for caches and timestamp checks. */
  now?: () => number;
  /** The deadline of one file download. Default 15 s (SLACK_LIMITS.fileDownloadMs). */
  fileDownloadMs?: number;
  /** How long a `file_shared` event waits for its `message` event to be answered first. Default 1 s. */
  fileSharedGraceMs?: number;
  /** Called each time the adapter has finished with one request from Slack (tests wait on it). */
  onSettled?: () => void;
}

/** A few quick retries of Bolt's own calls at start: a bad token should fail fast. */
const START_RETRIES: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4000,
  randomize: true,
};

/**
 * The Slack adapter: Bolt over HTTP (`/slack/events`, with `/healthz`, `/readyz` and `/metrics`,
 * on `PORT`) or over Socket Mode when `config.slack.appToken` is set. Requires `config.slack`.
 */
export function createSlackAdapter(deps: AdapterDeps, options: SlackAdapterOptions = {}): Adapter {
  const { core, config } = deps;
  const slack = config.slack;
  if (!slack) throw new Error('createSlackAdapter needs config.slack (set SLACK_BOT_TOKEN)');
  const mode = slack.appToken ? 'socket' : 'http';
  const log = deps.logger; // start.ts names the adapter in it: a second child wrote the key twice
  const metrics = deps.metrics ?? createMetrics();
  const timeoutMs = options.apiTimeoutMs ?? 10_000;
  const appToken = slack.appToken ? watchAppToken() : undefined;
  const { app, web, http, socket } = buildSlackApp(slack, {
    ...(appToken ? { socketFetch: appToken.fetch } : {}),
    logger: createBoltLogger(log, config.logLevel),
    timeoutMs,
    retryConfig: options.retryConfig ?? START_RETRIES,
    unhandledRequestTimeoutMs: options.unhandledRequestTimeoutMs ?? 3001,
    onUnreadable: () => metrics.requestRejected('slack', 'malformed'),
  });
  const calls = createSlackCaller({
    logger: log,
    metrics,
    attemptTimeoutMs: timeoutMs,
    ...(options.callBudgetMs === undefined ? {} : { budgetMs: options.callBudgetMs }),
    ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
    ...(options.maxRateLimitWaitMs === undefined ? {} : { maxRateLimitWaitMs: options.maxRateLimitWaitMs }),
  });
  const now = options.now ? { now: options.now } : {};
  const users = createUserDirectory({ web, calls, settingsUsers: slack.settingsUsers, ...now });
  let started = false;
  let stopping = false;

  app.error(async (error) => log.error('Slack request failed in Bolt', { error }));
  const requests = trackRequests(app, options.onSettled);
  const files = createSlackFileReader({
    ...{ web, calls, users, logger: log, metrics, botToken: slack.botToken, maxBytes: config.maxFileBytes },
    ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
    ...(options.fileDownloadMs === undefined ? {} : { timeoutMs: options.fileDownloadMs }),
  });
  const grace =
    options.fileSharedGraceMs === undefined ? {} : { fileSharedGraceMs: options.fileSharedGraceMs };
  const ackWaitMs = options.ackWaitMs ?? SLACK_LIMITS.ackMs - 1000;
  registerSlackListeners(app, { core, calls, web, users, files, logger: log, metrics, ackWaitMs, ...grace });
  const socketState = socket
    ? watchSocketMode(socket, {
        logger: log,
        metrics,
        giveUpMs: options.socketGiveUpMs ?? 5 * 60_000,
        stopping: () => stopping,
        ...(deps.onFatal ? { onFatal: deps.onFatal } : {}),
        ...(appToken
          ? { refused: appToken.refused.catch((e) => describeStartupError(e, 'socket', slack)) }
          : {}),
      })
    : undefined;
  const server: Server | undefined = http
    ? createServer(
        createSlackFront({
          receiver: http,
          signingSecret: slack.signingSecret ?? '',
          logger: log,
          metrics,
          routes: deps.httpRoutes,
          isDraining: () => stopping || (deps.isDraining?.() ?? false),
          ...now,
        }),
      )
    : undefined;
  if (server) {
    // Slack sends small bodies at once; a client that trickles or sends nothing must not hold a socket.
    server.requestTimeout = 15_000;
    server.headersTimeout = 10_000;
    keepIdleConnections(server, slack.keepAliveMs);
  }

  let stopped: Promise<StopReport> | undefined;
  const shutdown = async (): Promise<StopReport> => {
    stopping = true;
    const timeoutMs = options.stopTimeoutMs ?? 8000;
    const deadline = Date.now() + timeoutMs;
    const left = () => Math.max(0, deadline - Date.now());
    // Socket Mode: disconnect, so no new work arrives. HTTP: the server stays up, answering 503, until drained.
    if (socket)
      await within(
        app.stop().catch((error: unknown) => log.debug('Bolt stop', { error })),
        left() / 2,
      );
    const drained = await within(requests.idle(), left());
    const unfinished = drained ? 0 : requests.running();
    if (!drained)
      log.warn('Slack adapter stopped with replies still in flight', { running: unfinished, timeoutMs });
    calls.abort();
    if (server?.listening) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
    log.info('Slack adapter stopped', { unfinished });
    return { unfinished };
  };

  return {
    name: 'slack',
    servesHttpRoutes: mode === 'http',
    connected: () => started && !stopping && (socketState?.connected() ?? true),
    async start() {
      const warming = warmUpSlack(web, { signingSecret: slack.signingSecret, calls });
      try {
        await app.init();
      } catch (error) {
        throw describeStartupError(error, 'auth', slack);
      }
      await Promise.all([warming, warmUpBolt(app)]);
      try {
        if (socket) await Promise.race([app.start(), appToken?.refused]);
        else if (server) await listen(server, slack.port, slack.host);
      } catch (error) {
        throw describeStartupError(error, mode === 'socket' ? 'socket' : 'listen', slack);
      }
      started = true;
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
