import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createSlackCaller } from '../../../src/adapters/slack/calls.js';
import { createMetrics } from '../../../src/infra/metrics/index.js';
import { metricValue } from '../../helpers/metrics.js';
import { memoryLogger } from './memory-logger.js';

const rateLimited = (seconds: number) => new webApi.WebAPIRateLimitedError(seconds);
const platform = (error: string, extra: Record<string, unknown> = {}) =>
  new webApi.WebAPIPlatformError({ ok: false, error, ...extra });
const serverError = (status: number) => new webApi.WebAPIHTTPError(status, 'Service Unavailable', {}, '');

function failingThen<T>(errors: unknown[], value: T) {
  let calls = 0;
  const run = async () => {
    calls += 1;
    const error = errors.shift();
    if (error) throw error;
    return value;
  };
  return { run, calls: () => calls };
}

describe('createSlackCaller', () => {
  it('waits out a rate limit for as long as Slack asks, then retries', async () => {
    const waits: number[] = [];
    const caller = createSlackCaller({ logger: memoryLogger(), sleep: async (ms) => void waits.push(ms) });
    const call = failingThen([rateLimited(2)], 'posted');
    expect(await caller.call('chat.postMessage', call.run)).toEqual({ ok: true, value: 'posted' });
    expect(waits).toEqual([2000]);
    expect(call.calls()).toBe(2);
  });

  it('drops a call whose Retry-After is longer than it is worth waiting, logging why', async () => {
    const logger = memoryLogger();
    const waits: number[] = [];
    const caller = createSlackCaller({
      logger,
      maxRateLimitWaitMs: 30_000,
      sleep: async (ms) => void waits.push(ms),
    });
    const call = failingThen([rateLimited(120)], 'posted');
    expect(await caller.call('chat.postMessage', call.run)).toEqual({
      ok: false,
      error: 'ratelimited',
      attempts: 1,
    });
    expect(waits).toEqual([]);
    expect(logger.lines.join('\n')).toContain('"retryAfterSec":120');
  });

  it('retries a rate limit a bounded number of times, counting each retry and the give-up', async () => {
    const metrics = createMetrics();
    const caller = createSlackCaller({
      logger: memoryLogger(),
      metrics,
      maxAttempts: 3,
      sleep: async () => {},
    });
    const call = failingThen([rateLimited(1), rateLimited(1), rateLimited(1), rateLimited(1)], 'posted');
    expect(await caller.call('chat.postMessage', call.run)).toMatchObject({
      ok: false,
      error: 'ratelimited',
    });
    expect(call.calls()).toBe(3);
    const labels = { platform: 'slack', method: 'chat.postMessage' };
    expect(await metricValue(metrics.registry, 'sockerr_platform_api_retries_total', labels)).toBe(2);
    expect(await metricValue(metrics.registry, 'sockerr_platform_api_failures_total', labels)).toBe(1);
  });

  it('backs off with equal jitter after a 5xx, doubling each time, and gives up within its attempts', async () => {
    const waits: number[] = [];
    const caller = createSlackCaller({
      logger: memoryLogger(),
      backoffMs: 100,
      maxAttempts: 3,
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    });
    const call = failingThen([serverError(503), serverError(500), serverError(503)], 'posted');
    expect(await caller.call('chat.postMessage', call.run)).toEqual({
      ok: false,
      error: 'http_503',
      attempts: 3,
    });
    // Half of each backoff is fixed, half random: the retries cover at least half the schedule.
    expect(waits).toEqual([75, 150]);
  });

  it('tries six times over a few seconds of 5xx by default, and three times for rate limits', async () => {
    const waits: number[] = [];
    const caller = createSlackCaller({
      logger: memoryLogger(),
      random: () => 0,
      sleep: async (ms) => void waits.push(ms),
    });
    const failing = failingThen(Array(6).fill(serverError(503)), 'posted');
    expect(await caller.call('chat.postMessage', failing.run)).toMatchObject({ ok: false, attempts: 6 });
    expect(waits).toEqual([250, 500, 1000, 2000, 4000]);
    const limited = failingThen(Array(3).fill(rateLimited(1)), 'posted');
    expect(await caller.call('chat.postMessage', limited.run)).toMatchObject({ ok: false, attempts: 3 });
  });

  it('never retries an ok:false answer, which will not change by asking again', async () => {
    const caller = createSlackCaller({ logger: memoryLogger(), sleep: async () => {} });
    const call = failingThen([platform('not_in_channel')], 'posted');
    expect(await caller.call('chat.postMessage', call.run, { channel: 'C1' })).toMatchObject({
      ok: false,
      error: 'not_in_channel',
      attempts: 1,
    });
    expect(call.calls()).toBe(1);
  });

  it('gives a call that does not answer a deadline, and names the call, the channel and the fix', async () => {
    const logger = memoryLogger();
    const caller = createSlackCaller({ logger, attemptTimeoutMs: 30, maxAttempts: 2, backoffMs: 1 });
    const started = Date.now();
    const result = await caller.call('chat.postMessage', () => new Promise(() => {}), { channel: 'C0HUNG' });
    expect(result).toEqual({ ok: false, error: 'timeout', attempts: 2 });
    expect(Date.now() - started).toBeLessThan(1000);
    const line = JSON.parse(logger.lines.at(-1) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'warn',
      call: 'chat.postMessage',
      channel: 'C0HUNG',
      error: 'timeout',
    });
    expect(String(line.msg)).toMatch(
      /chat\.postMessage in channel C0HUNG failed after 2 attempts: timeout — .*SLACK_API_URL/,
    );
  });

  it('does not send a timed-out call again when told so, but still retries a 5xx', async () => {
    const caller = createSlackCaller({ logger: memoryLogger(), attemptTimeoutMs: 30, backoffMs: 1 });
    let sent = 0;
    const slow = () => {
      sent += 1;
      return new Promise(() => {});
    };
    const once = { channel: 'C0SLOW', retryTimeouts: false };
    expect(await caller.call('chat.postMessage', slow, once)).toEqual({
      ok: false,
      error: 'timeout',
      attempts: 1,
    });
    expect(sent).toBe(1);
    const failing = failingThen([serverError(503)], 'posted');
    expect(await caller.call('chat.postMessage', failing.run, once)).toEqual({ ok: true, value: 'posted' });
    expect(failing.calls()).toBe(2);
  });

  it('does not send a post again when its connection broke after it was sent, but retries one that never connected', async () => {
    // As the Web API client (undici's fetch) reports them: the socket closed after the request was
    // written, so Slack may have made the post; or the connection was refused, so it did not.
    const requestError = (code: string) =>
      Object.assign(new Error('A request error occurred: fetch failed'), {
        code: 'slack_webapi_request_error',
        original: Object.assign(new TypeError('fetch failed'), { cause: { code } }),
      });
    const caller = createSlackCaller({ logger: memoryLogger(), backoffMs: 1 });
    const once = { channel: 'C0RESET', retryTimeouts: false };
    const broken = failingThen([requestError('UND_ERR_SOCKET')], 'posted');
    expect(await caller.call('chat.postMessage', broken.run, once)).toEqual({
      ok: false,
      error: 'connection_lost',
      attempts: 1,
    });
    expect(broken.calls()).toBe(1);
    const refused = failingThen([requestError('ECONNREFUSED')], 'posted');
    expect(await caller.call('chat.postMessage', refused.run, once)).toEqual({ ok: true, value: 'posted' });
    expect(refused.calls()).toBe(2);
    // A call that may be repeated is repeated after either.
    const again = failingThen([requestError('ECONNRESET')], 'reacted');
    expect(await caller.call('reactions.add', again.run)).toEqual({ ok: true, value: 'reacted' });
  });

  it('stops retrying when the budget for the whole call is spent', async () => {
    const caller = createSlackCaller({
      logger: memoryLogger(),
      attemptTimeoutMs: 40,
      budgetMs: 100,
      maxAttempts: 10,
      backoffMs: 1,
    });
    const started = Date.now();
    const result = await caller.call('chat.postMessage', () => new Promise(() => {}));
    expect(result).toMatchObject({ ok: false, error: 'timeout' });
    expect(Date.now() - started).toBeLessThan(400);
    expect((result as { attempts: number }).attempts).toBeLessThanOrEqual(3);
  });

  it('does not wait for a rate limit when the call only refines a reply', async () => {
    const caller = createSlackCaller({ logger: memoryLogger(), sleep: async () => {} });
    const call = failingThen([rateLimited(1)], { user: {} });
    const result = await caller.call('users.info', call.run, { waitForRateLimits: false });
    expect(result).toMatchObject({ ok: false, error: 'ratelimited' });
    expect(call.calls()).toBe(1);
  });

  it('logs a failure once with what to do about it, and repeats of it only at debug level', async () => {
    const logger = memoryLogger();
    const caller = createSlackCaller({ logger });
    for (let i = 0; i < 3; i += 1) {
      const result = await caller.call('reactions.add', async () => {
        throw platform('missing_scope', { needed: 'reactions:write', provided: 'chat:write' });
      });
      expect(result).toMatchObject({ ok: false, error: 'missing_scope' });
    }
    const lines = logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.level)).toEqual(['warn', 'debug', 'debug']);
    expect(lines[0]).toMatchObject({
      error: 'missing_scope',
      needed: 'reactions:write',
      hint: expect.stringContaining('reinstall'),
    });
  });

  it('never throws, whatever the call throws', async () => {
    const caller = createSlackCaller({ logger: memoryLogger() });
    expect(await caller.call('x', async () => Promise.reject(new TypeError('boom')))).toMatchObject({
      ok: false,
      error: 'unexpected_error',
    });
    expect(await caller.call('x', async () => Promise.reject(undefined))).toMatchObject({ ok: false });
  });

  it('ends a rate-limit wait when the adapter stops', async () => {
    const caller = createSlackCaller({ logger: memoryLogger() });
    const call = failingThen([rateLimited(10)], 'posted');
    const pending = caller.call('chat.postMessage', call.run);
    await new Promise((r) => setTimeout(r, 10));
    caller.abort();
    expect(await pending).toMatchObject({ ok: false, error: 'aborted' });
  });
  it('lets many calls wait out a backoff at once without Node warning of a listener leak', async () => {
    // Each wait listens on the caller's one abort signal; past 10 at once (a Slack outage under
    // traffic) Node printed a MaxListenersExceededWarning, "Possible EventTarget memory leak".
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const caller = createSlackCaller({ logger: memoryLogger(), backoffMs: 1, random: () => 1 });
      const calls = Array.from({ length: 25 }, () => failingThen([serverError(503)], 'posted'));
      const results = await Promise.all(calls.map((call) => caller.call('chat.postMessage', call.run)));
      expect(results.every((result) => result.ok)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.name)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
