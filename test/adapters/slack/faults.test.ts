import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { metricValue } from '../../helpers/metrics.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, slashCommand } from './payloads.js';

/**
 * Slack misbehaving, against the real adapter and the fake Slack: rate limits, 5xx, a hung API,
 * `ok: false`. Each case: no crash, no duplicate, bounded attempts, one clear log line, a metric.
 * Timeouts are small here (200 ms per attempt, 2.5 s per call); production uses 10 s and 25 s.
 */
describe('Slack adapter under faults', () => {
  let h: SlackHarness;
  let n = 0;
  beforeAll(async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      adapter: { apiTimeoutMs: 200, callBudgetMs: 2500, backoffMs: 20, maxRateLimitWaitMs: 1500 },
    });
    await h.start();
  });
  afterAll(() => h.stop());

  /** A fresh channel and event per case, so cooldowns never hide a reply. */
  const paste = (text = 'connect ECONNREFUSED 10.0.0.9:5432') => {
    n += 1;
    const channel = `C0FAULT${n}`;
    return { ...messageEvent({ id: `Ev-fault-${n}`, typed: text, channel }), channel };
  };
  const attemptsIn = (channel: string) =>
    h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
  const postedIn = (channel: string) => attemptsIn(channel).filter((c) => c.response.ok === true);
  const count = (name: string, labels: Record<string, string>) =>
    metricValue(h.metrics.registry, name, labels);
  const logged = (pattern: RegExp) => h.logger.lines.filter((l) => pattern.test(l));
  const stillServing = async () =>
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);

  it('waits out a 429 for its Retry-After, then posts the reply once', async () => {
    const event = paste();
    h.fake.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false },
    });
    const started = Date.now();
    await h.deliver('event', event);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(attemptsIn(event.channel)).toHaveLength(2);
    expect(postedIn(event.channel)).toHaveLength(1);
    expect(
      await count('sockerr_platform_api_retries_total', {
        method: 'chat.postMessage',
        reason: 'ratelimited',
      }),
    ).toBe(1);
  });

  it('gives up on a route that is always rate limited after a bounded number of tries', async () => {
    const event = paste();
    h.fake.failAlways('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { ok: false },
    });
    await h.deliver('event', event);
    h.fake.heal();
    expect(attemptsIn(event.channel)).toHaveLength(3);
    expect(postedIn(event.channel)).toHaveLength(0);
    expect(
      logged(/chat\.postMessage in channel C0FAULT\d+ failed after 3 attempts: ratelimited — /),
    ).toHaveLength(1);
    expect(
      await count('sockerr_platform_api_failures_total', {
        method: 'chat.postMessage',
        error: 'ratelimited',
      }),
    ).toBe(1);
    await stillServing();
  });

  it('retries a 500 and a 503 with backoff, and posts once when Slack recovers', async () => {
    const event = paste();
    h.fake.failNext('chat.postMessage', { status: 500, body: { ok: false } });
    h.fake.failNext('chat.postMessage', { status: 503, body: { ok: false } });
    await h.deliver('event', event);
    expect(attemptsIn(event.channel).map((c) => c.status)).toEqual([500, 503, 200]);
    expect(postedIn(event.channel)).toHaveLength(1);
    expect(await count('sockerr_platform_api_retries_total', { reason: 'http_503' })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('gives up on a Slack that keeps failing, logs it once, and answers the redelivery once Slack is back', async () => {
    const event = paste();
    h.fake.failAlways('chat.postMessage', { status: 503, body: { ok: false } });
    await h.deliver('event', event);
    expect(attemptsIn(event.channel)).toHaveLength(6);
    const [line] = logged(/chat\.postMessage in channel C0FAULT\d+ failed after 6 attempts: http_503/);
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      level: 'warn',
      hint: expect.stringContaining('slack-status'),
    });
    expect(await count('sockerr_platform_api_failures_total', { error: 'http_503' })).toBe(1);
    h.fake.heal();
    // The claim was released: Slack's redelivery of the same event is answered, once.
    await h.deliver('event', event, { retryNum: 1, retryReason: 'http_error' });
    await h.deliver('event', event, { retryNum: 2, retryReason: 'http_error' });
    expect(postedIn(event.channel)).toHaveLength(1);
  });

  it('does not let a hung chat.postMessage hold the event, other channels or the health check', async () => {
    const event = paste();
    h.fake.failAlways('chat.postMessage', { hang: true });
    const pending = h.deliver('event', event);
    await expect.poll(() => attemptsIn(event.channel).length).toBeGreaterThan(0);
    await stillServing();
    // A command elsewhere is answered meanwhile.
    const command = await h.deliver('command', slashCommand(h.fake, '10054'));
    expect(command.answers).toHaveLength(1);
    await pending;
    // The harness counts settled requests: the command may have settled first; wait for the give-up.
    const giveUp = /chat\.postMessage in channel C0FAULT\d+ failed after \d attempts?: timeout/;
    await expect.poll(() => logged(giveUp).length, { timeout: 5000 }).toBe(1);
    await expect.poll(() => logged(/released the claim/).length).toBeGreaterThan(0);
    h.fake.heal();
    expect(attemptsIn(event.channel).length).toBeLessThanOrEqual(3);
    expect(await count('sockerr_platform_api_failures_total', { error: 'timeout' })).toBe(1);
    await h.deliver('event', event, { retryNum: 1, retryReason: 'http_timeout' });
    expect(postedIn(event.channel)).toHaveLength(1);
  });

  it('posts a reply once when Slack answers after the deadline, rather than again on each retry', async () => {
    const event = paste();
    // Slack takes longer than the deadline but does post: a second try would post a second reply.
    h.fake.delay('chat.postMessage', 400);
    try {
      await h.deliver('event', event);
      // Let the fake answer (and record) every post it was sent.
      await new Promise((resolve) => setTimeout(resolve, 600));
    } finally {
      h.fake.delay('chat.postMessage', 0);
    }
    expect(postedIn(event.channel)).toHaveLength(1);
    const gaveUp = `chat.postMessage in channel ${event.channel} failed after 1 attempt: timeout`;
    expect(logged(new RegExp(gaveUp))).toHaveLength(1);
  });

  it('posts a reply once when the connection breaks after Slack made the post, and says why it stopped', async () => {
    const event = paste();
    // Slack posts the message, then the connection resets before its answer: a retry would post it again.
    h.fake.failNext('chat.postMessage', { resetAfterAnswering: true });
    await h.deliver('event', event);
    expect(attemptsIn(event.channel)).toHaveLength(1);
    expect(postedIn(event.channel)).toHaveLength(1);
    const gaveUp = `chat.postMessage in channel ${event.channel} failed after 1 attempt: connection_lost`;
    expect(logged(new RegExp(gaveUp))).toHaveLength(1);
  });

  it('does not retry ok:false, and says what to do', async () => {
    const event = paste();
    h.fake.notInChannel.add(event.channel);
    await h.deliver('event', event);
    h.fake.notInChannel.delete(event.channel);
    expect(attemptsIn(event.channel)).toHaveLength(1);
    const [line] = logged(/failed after 1 attempt: not_in_channel/);
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      hint: 'invite the bot to the channel (/invite @sockerr)',
    });
    expect(await count('sockerr_platform_api_failures_total', { error: 'not_in_channel' })).toBe(1);
    await stillServing();
  });

  it('posts the reply as text when Slack refuses its blocks (msg_blocks_too_long), rather than dropping it', async () => {
    const event = paste();
    h.fake.failNext('chat.postMessage', { body: { ok: false, error: 'msg_blocks_too_long' } });
    await h.deliver('event', event);
    const [refused, retried] = attemptsIn(event.channel);
    expect(refused?.params.blocks).toBeInstanceOf(Array);
    expect(retried?.response.ok).toBe(true);
    expect(retried?.params.blocks).toBeUndefined();
    expect(String(retried?.params.text)).toContain('ECONNREFUSED');
    expect(retried?.params.thread_ts).toBe(event.event.ts);
    expect(attemptsIn(event.channel)).toHaveLength(2);
  });

  it('counts events, decisions and replies', async () => {
    expect(await count('sockerr_events_received_total', { kind: 'message' })).toBeGreaterThanOrEqual(6);
    expect(await count('sockerr_decisions_total', { action: 'reply' })).toBeGreaterThanOrEqual(6);
    expect(
      await count('sockerr_decisions_total', { action: 'ignore', reason: 'duplicate' }),
    ).toBeGreaterThanOrEqual(1);
    expect(await count('sockerr_replies_posted_total', { kind: 'auto-reply' })).toBeGreaterThanOrEqual(3);
  });
});
