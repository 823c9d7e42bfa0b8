import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createSlackCaller } from '../../../src/adapters/slack/calls.js';
import { memoryLogger } from './memory-logger.js';

const rateLimited = (seconds: number) => new webApi.WebAPIRateLimitedError(seconds);
const platform = (error: string, extra: Record<string, unknown> = {}) =>
  new webApi.WebAPIPlatformError({ ok: false, error, ...extra });

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
    expect(await caller.call('chat.postMessage', call.run)).toEqual({ ok: false, error: 'ratelimited' });
    expect(waits).toEqual([]);
    expect(logger.lines.join('\n')).toContain('"retryAfterSec":120');
  });

  it('retries a rate limit a bounded number of times', async () => {
    const caller = createSlackCaller({
      logger: memoryLogger(),
      maxRateLimitRetries: 2,
      sleep: async () => {},
    });
    const call = failingThen([rateLimited(1), rateLimited(1), rateLimited(1), rateLimited(1)], 'posted');
    expect(await caller.call('chat.postMessage', call.run)).toEqual({ ok: false, error: 'ratelimited' });
    expect(call.calls()).toBe(3);
  });

  it('does not wait for a rate limit when the call only refines a reply', async () => {
    const caller = createSlackCaller({ logger: memoryLogger(), sleep: async () => {} });
    const call = failingThen([rateLimited(1)], { user: {} });
    const result = await caller.call('users.info', call.run, { waitForRateLimits: false });
    expect(result).toEqual({ ok: false, error: 'ratelimited' });
    expect(call.calls()).toBe(1);
  });

  it('logs a failure once with what to do about it, and repeats of it only at debug level', async () => {
    const logger = memoryLogger();
    const caller = createSlackCaller({ logger });
    for (let i = 0; i < 3; i += 1) {
      const result = await caller.call('reactions.add', async () => {
        throw platform('missing_scope', { needed: 'reactions:write', provided: 'chat:write' });
      });
      expect(result).toEqual({ ok: false, error: 'missing_scope' });
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
    expect(await caller.call('x', async () => Promise.reject(new TypeError('boom')))).toEqual({
      ok: false,
      error: 'unexpected_error',
    });
    expect(await caller.call('x', async () => Promise.reject(undefined))).toMatchObject({ ok: false });
  });

  it('ends a rate-limit wait when the adapter stops', async () => {
    const caller = createSlackCaller({ logger: memoryLogger() });
    const call = failingThen([rateLimited(20)], 'posted');
    const pending = caller.call('chat.postMessage', call.run);
    await new Promise((r) => setTimeout(r, 10));
    caller.abort();
    expect(await pending).toEqual({ ok: false, error: 'aborted' });
  });
});
