import { App, type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config/index.js';

export interface BuiltSlackApp {
  app: App;
  /** HTTP mode: the receiver whose `requestListener` sockerr's own server calls. */
  http?: HTTPReceiver;
  /** Socket Mode: the receiver, whose client reports connects and reconnects. */
  socket?: SocketModeReceiver;
  /** sockerr's own Web API client, for every call its handlers make. */
  web: webApi.WebClient;
}

export interface BuildAppOptions {
  logger: BoltLogger;
  /** A deadline for every Web API request. */
  timeoutMs: number;
  /** Retries of Bolt's own calls (auth.test at start). */
  retryConfig: webApi.RetryOptions;
  /** How long Bolt waits for a listener to acknowledge a request it has no listener for. */
  unhandledRequestTimeoutMs: number;
  /** Told when Bolt could not process a request (counted as malformed). */
  onUnreadable?: () => void;
}

/**
 * Bolt with an explicit receiver: over HTTP, sockerr serves the port itself and hands checked
 * requests to the receiver's `requestListener`; over Socket Mode, the receiver's client keeps
 * Slack's own reconnect policy (many quick retries of apps.connections.open). Handlers call Slack
 * through a separate client that never retries by itself: `calls.ts` retries within a budget.
 */
export function buildSlackApp(slack: SlackConfig, options: BuildAppOptions): BuiltSlackApp {
  const base = { ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}), timeout: options.timeoutMs };
  const http = slack.appToken
    ? undefined
    : new HTTPReceiver({
        signingSecret: slack.signingSecret ?? '',
        endpoints: ['/slack/events'],
        // sockerr's own front (http-front.ts) verifies every request's signature before it calls
        // this receiver's requestListener, which nothing else reaches: checking it twice only costs.
        signatureVerification: false,
        logger: options.logger,
        unhandledRequestTimeoutMillis: options.unhandledRequestTimeoutMs,
        processEventErrorHandler: async ({ error, logger, response }) => {
          // The payload was signed and checked, and every listener catches its own failures: what
          // still fails inside Bolt is a payload Bolt cannot read. That is a 400, not a 500 for
          // Slack to retry.
          logger.warn(`Bolt could not process a Slack request; answered 400: ${error.message}`);
          options.onUnreadable?.();
          if (!response.headersSent)
            response.writeHead(400, { 'content-type': 'text/plain' }).end('malformed\n');
          return false;
        },
      });
  const socket = slack.appToken
    ? new SocketModeReceiver({
        appToken: slack.appToken,
        logger: options.logger,
        installerOptions: { clientOptions: base },
      })
    : undefined;
  const receiver = http ?? socket;
  if (!receiver) throw new Error('unreachable: Slack needs a signing secret or an app token');
  const app = new App({
    token: slack.botToken,
    receiver,
    clientOptions: { ...base, retryConfig: options.retryConfig },
    logger: options.logger,
    // auth.test runs in start(), where a rejected token becomes a clear start-up error.
    deferInitialization: true,
    // sockerr keeps no conversation state in Bolt: its store lookup would only cost each request.
    convoStore: false,
    // Core decides about the bot's own messages (MessageInput.author.isSelf), like every other rule.
    ignoreSelf: false,
  });
  const web = new webApi.WebClient(slack.botToken, {
    ...base,
    logger: options.logger,
    retryConfig: { retries: 0 },
    // 429s come back to calls.ts, which waits for Retry-After only within its budget.
    rejectRateLimitedCalls: true,
  });
  return { app, web, ...(http ? { http } : {}), ...(socket ? { socket } : {}) };
}
