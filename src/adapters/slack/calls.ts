import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../../core/index.js';

/** The outcome of one Web API call (or `respond()`): never an exception. */
type SlackCallResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs calls to Slack so that a failure is retried where a retry can help, logged once, and never thrown. */
export interface SlackCaller {
  /** Runs `run`; `what` names the call in logs (`chat.postMessage`). */
  call<T>(what: string, run: () => Promise<T>, options?: CallOptions): Promise<SlackCallResult<T>>;
  /** Ends pending waits for rate limits (shutdown); their calls fail with `aborted`. */
  abort(): void;
}

interface CallOptions {
  /** Wait out a rate limit and retry (default). Off for calls that only refine a reply, like a locale. */
  waitForRateLimits?: boolean;
}

export interface SlackCallerOptions {
  logger: Logger;
  /** The longest `Retry-After` worth waiting for; a longer one drops the call. */
  maxRateLimitWaitMs?: number;
  /** How many times one call is retried after a rate limit. */
  maxRateLimitRetries?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** What an operator can do about an error Slack keeps returning until someone acts. */
const HINTS: Readonly<Record<string, string>> = {
  not_in_channel: 'invite the bot to the channel (/invite @sockerr)',
  channel_not_found: 'the channel is private or gone; invite the bot to it',
  missing_scope: 'add the scope named in "needed" to the app (slack/manifest.json) and reinstall it',
  invalid_auth: 'SLACK_BOT_TOKEN was rejected; copy the Bot User OAuth Token again',
  not_authed: 'SLACK_BOT_TOKEN was not sent; check the configuration',
  token_revoked: 'the app was uninstalled or its token revoked; reinstall it and update SLACK_BOT_TOKEN',
  account_inactive: 'the app was uninstalled or its token revoked; reinstall it and update SLACK_BOT_TOKEN',
  is_archived: 'the channel is archived',
  ekm_access_denied: 'the workspace administrators blocked the message (EKM)',
};

/** Errors that mean the work was already done. */
const BENIGN: ReadonlySet<string> = new Set(['already_reacted']);

/**
 * The Web API client runs with `rejectRateLimitedCalls: true`, so a 429 reaches us with its
 * `Retry-After` and we decide how long is worth waiting; 5xx and network errors were already
 * retried by the client's own `retryConfig`.
 */
export function createSlackCaller(options: SlackCallerOptions): SlackCaller {
  const { logger } = options;
  const maxWaitMs = options.maxRateLimitWaitMs ?? 30_000;
  const maxRetries = options.maxRateLimitRetries ?? 2;
  const sleep = options.sleep ?? ((ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }));
  let controller = new AbortController();
  const reported = new Set<string>();

  const report = (what: string, error: string, fields: Record<string, unknown>) => {
    // The same failure of the same call logs once; repeats go to debug so logs stay readable.
    const key = `${what}:${error}`;
    const level = reported.has(key) || BENIGN.has(error) ? 'debug' : 'warn';
    reported.add(key);
    const hint = HINTS[error];
    logger[level](`Slack ${what} failed: ${error}`, {
      call: what,
      error,
      ...(hint ? { hint } : {}),
      ...fields,
    });
  };

  return {
    async call(what, run, callOptions = {}) {
      const retries = callOptions.waitForRateLimits === false ? 0 : maxRetries;
      for (let attempt = 0; ; attempt += 1) {
        try {
          return { ok: true, value: await run() };
        } catch (thrown) {
          const failure = describeSlackError(thrown);
          const waitMs = failure.retryAfterSec === undefined ? undefined : failure.retryAfterSec * 1000;
          if (waitMs !== undefined && waitMs <= maxWaitMs && attempt < retries) {
            logger.debug(`Slack ${what} rate limited; retrying`, {
              call: what,
              retryAfterMs: waitMs,
              attempt,
            });
            try {
              await sleep(waitMs, controller.signal);
              continue;
            } catch {
              report(what, 'aborted', { reason: 'shutting down during a rate-limit wait' });
              return { ok: false, error: 'aborted' };
            }
          }
          report(what, failure.error, failure.fields);
          return { ok: false, error: failure.error };
        }
      }
    },
    abort() {
      controller.abort();
      controller = new AbortController();
    },
  };
}

interface DescribedError {
  error: string;
  retryAfterSec?: number;
  fields: Record<string, unknown>;
}

/** Reads the errors of @slack/web-api and Bolt's `respond()` by their `code`, never by their message. */
export function describeSlackError(thrown: unknown): DescribedError {
  const e = (thrown ?? {}) as {
    code?: string;
    message?: string;
    retryAfter?: number;
    statusCode?: number;
    data?: { error?: string; needed?: string; provided?: string };
  };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return {
        error: 'ratelimited',
        retryAfterSec: e.retryAfter ?? 0,
        fields: { retryAfterSec: e.retryAfter },
      };
    case 'slack_webapi_platform_error':
      return {
        error: e.data?.error ?? 'unknown_error',
        fields: e.data?.needed ? { needed: e.data.needed, provided: e.data.provided } : {},
      };
    case 'slack_webapi_http_error':
      return { error: `http_${e.statusCode ?? 'error'}`, fields: {} };
    case 'slack_webapi_request_error':
      return { error: 'request_failed', fields: { message: e.message } };
    case 'slack_bolt_respond_error':
      return { error: `response_url_${e.statusCode ?? 'failed'}`, fields: {} };
    default:
      return { error: 'unexpected_error', fields: { message: e.message ?? String(thrown) } };
  }
}
