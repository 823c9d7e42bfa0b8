import { App, type Logger as BoltLogger, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config/index.js';
import { createFrontReceiver, type FrontReceiver } from './front-receiver.js';
import { createSlackFetch } from './slack-fetch.js';
import { holdSocketModeAcks } from './socket-acks.js';

export interface BuiltSlackApp {
  app: App;
  /** HTTP mode: the receiver sockerr's own server hands each checked request to. */
  http?: FrontReceiver;
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
  /** Told when a message event is answered 503 (over Socket Mode, left unacknowledged) for Slack to send again, and why. */
  onRedeliver?: (why: 'store_unavailable' | 'in_progress') => void;
  /** Socket Mode: the fetch of the client's own Web API calls (`apps.connections.open`). */
  socketFetch?: webApi.FetchFunction;
}

/**
 * Bolt with an explicit receiver: over HTTP, sockerr serves the port itself and hands checked,
 * parsed requests to its front receiver; over Socket Mode, the receiver's client keeps
 * Slack's own reconnect policy (many quick retries of apps.connections.open). Handlers call Slack
 * through a separate client that never retries by itself: `calls.ts` retries within a budget.
 */
export function buildSlackApp(slack: SlackConfig, options: BuildAppOptions): BuiltSlackApp {
  const base = { ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}), timeout: options.timeoutMs };
  // Over HTTP, sockerr's own front (http-front.ts) reads, verifies and parses every request once
  // and hands the payload to this receiver, which nothing else reaches.
  const http = slack.appToken
    ? undefined
    : createFrontReceiver({
        logger: options.logger,
        unhandledRequestTimeoutMs: options.unhandledRequestTimeoutMs,
        ...(options.onUnreadable ? { onUnreadable: options.onUnreadable } : {}),
        ...(options.onRedeliver ? { onRedeliver: options.onRedeliver } : {}),
      });
  const socket = slack.appToken
    ? new SocketModeReceiver({
        appToken: slack.appToken,
        logger: options.logger,
        // A copy: the client writes its own retryConfig into the options it is given.
        installerOptions: {
          clientOptions: { ...base, ...(options.socketFetch ? { fetch: options.socketFetch } : {}) },
        },
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
  // Message events' acks wait for their decision over the socket too (socket-acks.ts).
  if (socket)
    holdSocketModeAcks(socket, app, {
      logger: options.logger,
      ...(options.onRedeliver ? { onRedeliver: options.onRedeliver } : {}),
    });
  const web = new webApi.WebClient(slack.botToken, {
    ...base,
    // Over node:http rather than the built-in fetch: the cost of every reply's post (slack-fetch.ts).
    fetch: createSlackFetch(),
    logger: options.logger,
    retryConfig: { retries: 0 },
    // 429s come back to calls.ts, which waits for Retry-After only within its budget.
    rejectRateLimitedCalls: true,
    // calls.ts bounds each method's requests at once; a queue here (100 by default) would hide
    // them from its deadlines, and let slow calls of one method hold back every other.
    maxRequestConcurrency: 1000,
  });
  return { app, web, ...(http ? { http } : {}), ...(socket ? { socket } : {}) };
}
