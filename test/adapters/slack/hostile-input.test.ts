import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandBody, eventBody, interactionBody, sendToApp } from '../../fakes/slack/slack-requests.js';
import { testCore } from '../../helpers/core.js';
import { metricValue } from '../../helpers/metrics.js';
import { createSlackHarness, SIGNING_SECRET, type SlackHarness } from './harness.js';
import { messageEvent, shareButton, slashCommand } from './payloads.js';

/** Correctly signed requests that are still wrong, and replays: each gets a fast 4xx or a polite answer. */
describe('Slack adapter facing malformed and replayed requests', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      adapter: { unhandledRequestTimeoutMs: 300 },
    });
    await h.start();
  });
  afterAll(() => h.stop());

  const url = () => `http://127.0.0.1:${h.port}/slack/events`;
  const raw = (contentType: string, body: string, timestamp?: number) =>
    sendToApp(
      url(),
      { contentType, raw: body },
      timestamp === undefined ? { secret: SIGNING_SECRET } : { secret: SIGNING_SECRET, timestamp },
    );
  const json = (value: unknown) => raw('application/json', JSON.stringify(value));
  const rejected = (reason: string) =>
    metricValue(h.metrics.registry, 'sockerr_requests_rejected_total', { reason });

  it('answers 400 at once to a null body and to an event that is null, a string or a number, asking for no retry', async () => {
    for (const body of [
      null,
      42,
      'text',
      [],
      { type: 'event_callback', event: null },
      { type: 'event_callback', event: 'x' },
      { type: 'event_callback', event: 7 },
      { type: 'event_callback', event: { type: 'message', channel: 0 } },
      { type: 'event_callback', event: { type: 'message', channel: null } },
    ]) {
      const started = Date.now();
      const response = await json(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      // The same payload would fail again: Slack is told to skip its three retries.
      expect(response.headers.get('x-slack-no-retry')).toBe('1');
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(await rejected('malformed')).toBeGreaterThanOrEqual(9);
  });

  it('answers 400 to block_actions with actions null, and to a payload that is not JSON', async () => {
    const button = shareButton(h.fake, { action_id: 'share', value: 'en:10054' });
    expect((await h.post(interactionBody({ ...button, actions: null }), { settles: false })).status).toBe(
      400,
    );
    expect((await h.post(interactionBody({ ...button, channel: null }), { settles: false })).status).toBe(
      400,
    );
    const broken = { contentType: 'application/x-www-form-urlencoded', raw: 'payload=%7Bnot-json' };
    expect((await h.post(broken, { settles: false })).status).toBe(400);
  });

  it('reads a message with 100,000 attachment fields without overflowing, and still answers it', async () => {
    const event = messageEvent({ id: 'Ev-huge-1', typed: 'read ECONNRESET', channel: 'C0HUGE' });
    // Empty fields keep the body under the 1 MB limit; each still made two arguments of one push(...).
    const fields = Array.from({ length: 100_000 }, () => ({}));
    const envelope = { ...event, event: { ...event.event, attachments: [{ pretext: 'alert', fields }] } };
    const { status, calls } = await h.deliver('event', envelope);
    expect(status).toBe(200);
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('ignores blocks and attachments of the wrong type rather than failing', async () => {
    for (const [i, extra] of [
      { blocks: 'x' },
      { attachments: 5 },
      { blocks: [null, 3, { type: 'section', text: 9 }] },
      { attachments: [null, 'a'] },
    ].entries()) {
      const event = messageEvent({
        id: `Ev-typed-${i}`,
        typed: 'connect ETIMEDOUT 10.0.0.1:443',
        channel: `C0TYPED${i}`,
      });
      const { status, calls } = await h.deliver('event', { ...event, event: { ...event.event, ...extra } });
      expect(status).toBe(200);
      expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    }
  });

  it('refuses requests signed an hour or a year in the future with 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const ahead of [3600, 365 * 24 * 3600]) {
      const response = await raw(
        'application/json',
        JSON.stringify({ type: 'url_verification', challenge: 'c' }),
        now + ahead,
      );
      expect(response.status).toBe(401);
      // A fixed clock lets Slack's retry through: no X-Slack-No-Retry.
      expect(response.headers.get('x-slack-no-retry')).toBeNull();
    }
    expect(await rejected('future_timestamp')).toBe(2);
    // Two minutes of clock skew is fine.
    const skewed = await raw(
      'application/json',
      JSON.stringify({ type: 'url_verification', challenge: 'c' }),
      now + 120,
    );
    expect(skewed.status).toBe(200);
  });

  /** `/sockerr <typed>` delivered, then the same signed body again; and the replays counted before. */
  const sendTwice = async (typed: string) => {
    const before = await rejected('replay');
    const command = slashCommand(h.fake, typed);
    const first = await h.deliver('command', command);
    const replay = await h.post(commandBody(command), { settles: true });
    return { before, first, replay };
  };

  it('runs a byte-identical slash command that changes settings once', async () => {
    const { before, first, replay } = await sendTwice('auto off');
    expect(first.answers).toHaveLength(1);
    expect(replay.status).toBe(200);
    expect(replay.answers).toHaveLength(0);
    expect(await rejected('replay')).toBe(before + 1);
  });

  it('answers a byte-identical look-up again, since it only answers the one who sent it', async () => {
    const { before, first, replay } = await sendTwice('10054');
    expect(first.answers).toHaveLength(1);
    expect(replay.answers).toHaveLength(1);
    expect(JSON.stringify(replay.answers[0]?.body)).toContain('WSAECONNRESET');
    expect(await rejected('replay')).toBe(before);
  });

  it('answers Slack’s app_rate_limited notice with 200 at once, and says so in the log', async () => {
    const started = Date.now();
    const response = await json({
      token: 'x',
      type: 'app_rate_limited',
      team_id: 'T0FAKE',
      minute_rate_limited: 1518467820,
      api_app_id: 'A0FAKE',
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(h.logger.lines.some((l) => l.includes('Slack is dropping events for this app'))).toBe(true);
    expect(
      await metricValue(h.metrics.registry, 'sockerr_connection_events_total', { event: 'app_rate_limited' }),
    ).toBe(1);
  });

  it('answers Slack’s ssl_check with 200 and does nothing else', async () => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=abc',
    });
    expect(response.status).toBe(200);
  });

  it('refuses a body over 1 MB with 413 and no retry, and a malformed slash command with 400', async () => {
    const big = await raw(
      'application/json',
      JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(1_100_000) }),
    );
    expect(big.status).toBe(413);
    expect(big.headers.get('x-slack-no-retry')).toBe('1');
    const noUser = await h.post(commandBody({ command: '/sockerr', text: 'x', channel_id: 'C1' }), {
      settles: false,
    });
    expect(noUser.status).toBe(400);
  });

  it('refuses a team id that is no Slack id (toString, __proto__) with 400 instead of failing in Bolt', async () => {
    for (const team of ['toString', '__proto__', 'constructor']) {
      const command = slashCommand(h.fake, '10054', { team_id: team });
      expect((await h.post(commandBody(command), { settles: false })).status).toBe(400);
      const event = messageEvent({ id: `Ev-team-${team}`, typed: 'read ECONNRESET' });
      expect((await json({ ...event, team_id: team })).status).toBe(400);
    }
  });

  it('answers a well-formed event type it does not use with 200, quickly', async () => {
    const response = await json({
      type: 'event_callback',
      event: { type: 'reaction_added' },
      event_id: 'Ev-other',
    });
    expect(response.status).toBe(200);
    const envelope = await json({ type: 'some_future_envelope' });
    expect(envelope.status).toBe(200);
  });

  it('keeps serving after all of it', async () => {
    const { answers } = await h.deliver('command', slashCommand(h.fake, 'ECONNRESET'));
    expect(answers).toHaveLength(1);
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
    expect(eventBody).toBeDefined();
  });
});

/** Requests anyone can send: the log must not grow with them. */
describe('Slack adapter facing a stream of unsigned requests', () => {
  it('warns once, counts every one, and still answers a signed event', async () => {
    const h = await createSlackHarness({ mode: 'http', core: testCore().core });
    await h.start();
    try {
      const url = `http://127.0.0.1:${h.port}/slack/events`;
      const body = { contentType: 'application/json', raw: JSON.stringify({ type: 'event_callback' }) };
      const statuses = [];
      for (let i = 0; i < 40; i += 1) {
        statuses.push((await sendToApp(url, body, { secret: 'not-the-signing-secret' })).status);
        const future = Math.floor(Date.now() / 1000) + 3600;
        statuses.push((await sendToApp(url, body, { secret: SIGNING_SECRET, timestamp: future })).status);
      }
      expect(new Set(statuses)).toEqual(new Set([401]));
      const warned = h.logger.lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'warn');
      expect(warned.map((l) => l.msg)).toEqual([
        expect.stringContaining('bad or stale signature (check SLACK_SIGNING_SECRET)'),
        expect.stringContaining('signed in the future'),
      ]);
      const rejected = (reason: string) =>
        metricValue(h.metrics.registry, 'sockerr_requests_rejected_total', { reason });
      expect(await rejected('bad_signature')).toBe(40);
      expect(await rejected('future_timestamp')).toBe(40);
      expect(
        (
          await h.deliver(
            'event',
            messageEvent({ id: 'EvSignedAfterFlood', typed: 'read ECONNRESET', channel: 'C0ONCALL' }),
          )
        ).status,
      ).toBe(200);
    } finally {
      await h.stop();
    }
  });
});
