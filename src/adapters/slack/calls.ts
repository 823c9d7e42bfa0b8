import { setMaxListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../../core/index.js';
import { createFirstIn } from '../../infra/logging/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { createSlots, type Slots } from '../../infra/slots/index.js';
import { type DescribedError, describeSlackError, hintFor } from './slack-errors.js';

/** The outcome of one Web API call (or `respond()`): never an exception. */
export type SlackCallResult<T> = { ok: true; value: T } | { ok: false; error: string; attempts: number };

/**
 * Runs calls to Slack with a deadline per attempt and a budget for all of them: rate limits are
 * waited out and 5xx, timeouts and network errors retried with backoff while the budget lasts;
 * each give-up is logged once, in one line naming the call, the channel and the fix; nothing throws.
 */
export interface SlackCaller {
  /** Runs `run`; `what` names the call in logs and metrics (`chat.postMessage`). */
  call<T>(what: string, run: () => Promise<T>, options?: CallOptions): Promise<SlackCallResult<T>>;
  /** Ends pending waits (shutdown); their calls fail with `aborted`. */
  abort(): void;
}

interface CallOptions {
  /** The channel the call is about, for the log line. */
  channel?: string;
  /** Wait out a rate limit and retry (default). Off for calls that only refine a reply, like a locale. */
  waitForRateLimits?: boolean;
  /**
   * Try again after a timeout or a connection lost once the request was sent (default). Off for a
   * post everyone sees: Slack may have made the first one after all, and a reply must not appear twice.
   */
  retryTimeouts?: boolean;
}

export interface SlackCallerOptions {
  logger: Logger;
  metrics?: Pick<Metrics, 'apiFailure' | 'apiRetry'>;
  /** How long one attempt may take before it counts as a timeout. Default 10 s. */
  attemptTimeoutMs?: number;
  /** How long one call may take in all, waits and retries included. Default 25 s. */
  budgetMs?: number;
  /** Attempts of one call, the first included, after 5xx, timeouts and network errors. Default 6. */
  maxAttempts?: number;
  /** Attempts of one call after rate limits (each waits Slack's Retry-After). Default 3. */
  maxRateLimitedAttempts?: number;
  /**
   * The first backoff after a 5xx, timeout or network error; it doubles, with equal jitter (half of
   * it fixed, half random). Default 500 ms: the sixth attempt comes 7.75 to 15.5 s after the first.
   */
  backoffMs?: number;
  /** The longest `Retry-After` worth waiting for; a longer one drops the call. Default 20 s. */
  maxRateLimitWaitMs?: number;
  /**
   * Attempts of one method (`what`) in flight at once; the others wait their turn (at most the
   * budget) before their deadline starts, so it never runs in a queue out of sight. Per method, so
   * that slow look-ups (users.info) do not hold the replies back. Default 100, what the Web API
   * client itself allowed in all; its own queue is now set far above that (build-app.ts).
   */
  concurrency?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Errors that mean the work was already done. */
const BENIGN: ReadonlySet<string> = new Set(['already_reacted']);
/** The same failure of the same call is logged as a warning at most this often; repeats go to debug. */
const REPORT_EVERY_MS = 60_000;

export function createSlackCaller(options: SlackCallerOptions): SlackCaller {
  const { logger, metrics } = options;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 10_000;
  const budgetMs = options.budgetMs ?? 25_000;
  // Six over 8-15 s: Slack's 503s for a few seconds outlast three within 1.5 s (its event, acknowledged, never comes again).
  const maxAttempts = options.maxAttempts ?? 6;
  const maxRateLimitedAttempts = options.maxRateLimitedAttempts ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  const maxWaitMs = options.maxRateLimitWaitMs ?? 20_000;
  const sleep = options.sleep ?? ((ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }));
  const random = options.random ?? Math.random;
  // Keyed by method: a set of names written in the code, so it stays small.
  const turns = new Map<string, Slots>();
  const slotsFor = (what: string) => {
    const slots = turns.get(what) ?? createSlots(options.concurrency ?? 100, budgetMs);
    turns.set(what, slots);
    return slots;
  };
  let controller = abortable();
  const firstIn = createFirstIn({ maxKeys: 500 });

  const report = (what: string, failure: DescribedError, attempts: number, channel: string | undefined) => {
    const quiet = BENIGN.has(failure.error) || !firstIn(`${what}:${failure.error}`, REPORT_EVERY_MS);
    if (!BENIGN.has(failure.error)) metrics?.apiFailure('slack', what, failure.error);
    const hint = hintFor(failure.error);
    const where = channel ? ` in channel ${channel}` : '';
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    logger[quiet ? 'debug' : 'warn'](
      `Slack ${what}${where} failed after ${tries}: ${failure.error}${hint ? ` — ${hint}` : ''}`,
      {
        call: what,
        error: failure.error,
        attempts,
        ...(channel ? { channel } : {}),
        ...(hint ? { hint } : {}),
        ...failure.fields,
      },
    );
  };

  /** One attempt, bounded by `ms` even when the client itself has no timeout (Bolt's `respond()`). */
  const attempt = async <T>(run: () => Promise<T>, ms: number): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const running = run();
    running.catch(() => undefined);
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('deadline'), { code: 'sockerr_deadline' })),
        ms,
      );
    });
    try {
      return await Promise.race([running, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async call(what, run, callOptions = {}) {
      const started = Date.now();
      const left = () => budgetMs - (Date.now() - started);
      for (let n = 1; ; n += 1) {
        let failure: DescribedError;
        try {
          const value = await slotsFor(what).run(() =>
            attempt(run, Math.max(1, Math.min(attemptTimeoutMs, left()))),
          );
          if (value !== 'busy') return { ok: true, value };
          failure = {
            error: 'busy',
            transient: false,
            fields: { reason: 'too many calls waiting their turn' },
          };
        } catch (thrown) {
          failure = describeSlackError(thrown);
        }
        const waitMs =
          failure.error === 'ratelimited'
            ? callOptions.waitForRateLimits === false
              ? Number.POSITIVE_INFINITY
              : (failure.retryAfterSec ?? 1) * 1000
            : Math.round(((1 + random()) / 2) * backoffMs * 2 ** (n - 1));
        const maybeDone = failure.error === 'timeout' || failure.error === 'connection_lost';
        const mayRepeat = !maybeDone || callOptions.retryTimeouts !== false;
        const retry =
          failure.transient &&
          mayRepeat &&
          n < (failure.error === 'ratelimited' ? maxRateLimitedAttempts : maxAttempts) &&
          waitMs <= maxWaitMs &&
          waitMs < left() - 1;
        if (!retry) {
          report(what, failure, n, callOptions.channel);
          return { ok: false, error: failure.error, attempts: n };
        }
        metrics?.apiRetry('slack', what, failure.error);
        logger.debug(`Slack ${what} failed (${failure.error}); trying again`, {
          call: what,
          waitMs,
          attempt: n,
        });
        try {
          await sleep(waitMs, controller.signal);
        } catch {
          report(
            what,
            { ...failure, error: 'aborted', fields: { reason: 'shutting down' } },
            n,
            callOptions.channel,
          );
          return { ok: false, error: 'aborted', attempts: n };
        }
      }
    },
    abort() {
      controller.abort();
      controller = abortable();
    },
  };
}

/**
 * The controller whose signal ends every pending wait at shutdown. Each wait listens on it until
 * it ends, so a Slack outage under traffic has dozens at once: no limit, or Node warns of a
 * "Possible EventTarget memory leak" that is none (each listener goes when its wait ends).
 */
function abortable(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}
