import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEN_REACTION } from '../../../src/adapters/slack/listeners.js';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage, wouldPing } from '../../fakes/slack/read-posted-message.js';
import { sendToApp, signSlackRequest } from '../../fakes/slack/slack-requests.js';
import appBot from '../../fixtures/slack/event-app-bot-message.json' with { type: 'json' };
import botMessage from '../../fixtures/slack/event-bot-message.json' with { type: 'json' };
import trace from '../../fixtures/slack/event-message.json' with { type: 'json' };
import edited from '../../fixtures/slack/event-message-changed.json' with { type: 'json' };
import { testCore } from '../../helpers/core.js';
import { BOT_TOKEN, createSlackHarness, SIGNING_SECRET, type SlackHarness } from './harness.js';
import { messageEvent, slashCommand } from './payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');
const visible = (message: Record<string, unknown>) => flattenSlackMessage(message);

describe('Slack adapter over HTTP', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core, locales: { U0CHEN: 'zh-TW' } });
    await h.start();
  });
  afterAll(() => h.stop());

  it('answers a signed /sockerr 10053 privately, inside the ack, with WSAECONNABORTED and a share button', async () => {
    const started = Date.now();
    const { status, answers, responses, calls } = await h.deliver('command', slashCommand(h.fake, '10053'));
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(answers).toHaveLength(1);
    // Slack shows an answer in the ack at once; no second request to the response_url.
    expect(answers[0]?.via).toBe('ack');
    expect(responses).toHaveLength(0);
    const body = answers[0]?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    expect(visible(body)).toContain('WSAECONNABORTED');
    expect(JSON.stringify(body.blocks)).toContain('"action_id":"share"');
    expect(posts(calls)).toHaveLength(0);
  });

  it('shows usage for /sockerr alone', async () => {
    const { answers } = await h.deliver('command', slashCommand(h.fake, ''));
    expect(visible(answers[0]?.body ?? {})).toContain('/sockerr 10054');
  });

  it('replies once, in the thread, to a pasted trace, and not again when Slack retries the event', async () => {
    const first = await h.deliver('event', trace);
    expect(first.status).toBe(200);
    const [reply] = posts(first.calls);
    expect(posts(first.calls)).toHaveLength(1);
    expect(reply?.params).toMatchObject({ channel: 'C0ONCALL', thread_ts: trace.event.ts });
    expect(visible(reply?.params ?? {})).toContain('WSAECONNRESET');
    expect(reply?.response.ok).toBe(true);

    for (const retryNum of [1, 2]) {
      const retry = await h.deliver('event', trace, { retryNum, retryReason: 'http_timeout' });
      expect(retry.status).toBe(200);
      expect(posts(retry.calls)).toHaveLength(0);
    }
  });

  it('replies inside the thread when the trace is itself a thread reply', async () => {
    const event = messageEvent({
      id: 'Ev-thread-1',
      typed: 'read ECONNRESET',
      channel: 'C0THREAD',
      threadTs: '1699999999.000100',
    });
    const [reply] = posts((await h.deliver('event', event)).calls);
    expect(reply?.params.thread_ts).toBe('1699999999.000100');
  });

  it('stays silent for a bot_message and for another app’s bot user', async () => {
    for (const envelope of [botMessage, appBot]) {
      const { status, calls } = await h.deliver('event', envelope);
      expect(status).toBe(200);
      expect(calls.filter((c) => c.method !== 'users.info')).toEqual([]);
    }
  });

  it('stays silent for its own messages', async () => {
    const own = messageEvent({ id: 'Ev-self-1', typed: 'connect ETIMEDOUT 10.0.0.1:443', user: 'U0SOCKERR' });
    expect(posts((await h.deliver('event', own)).calls)).toHaveLength(0);
  });

  it('stays silent for an edited message', async () => {
    const { calls } = await h.deliver('event', edited);
    expect(calls).toEqual([]);
  });

  it('stays silent for text with no socket error', async () => {
    const event = messageEvent({ id: 'Ev-plain-1', typed: 'deploying build 10054 to port 10061 now' });
    expect(posts((await h.deliver('event', event)).calls)).toHaveLength(0);
  });

  it('reacts with eyes instead of repeating itself within the cooldown', async () => {
    const text =
      'psycopg2.OperationalError: could not connect: Connection refused (os error 111) ECONNREFUSED';
    const first = await h.deliver(
      'event',
      messageEvent({ id: 'Ev-repeat-1', typed: text, channel: 'C0REPEAT' }),
    );
    expect(posts(first.calls)).toHaveLength(1);
    const again = await h.deliver(
      'event',
      messageEvent({ id: 'Ev-repeat-2', typed: text, channel: 'C0REPEAT' }),
    );
    expect(posts(again.calls)).toHaveLength(0);
    const reaction = again.calls.find((c) => c.method === 'reactions.add');
    expect(reaction?.params).toMatchObject({ channel: 'C0REPEAT', name: SEEN_REACTION });
  });

  it('rejects a request with a bad signature with 401 and does nothing', async () => {
    const before = h.settledCount();
    const forged = await h.deliver('command', slashCommand(h.fake, '10054'), {
      signature: signSlackRequest('0123456789abcdef0123456789abcdef', Math.floor(Date.now() / 1000), 'x'),
      settles: false,
    });
    expect(forged.status).toBe(401);
    // A genuine request afterwards is the only one the app handles.
    const genuine = await h.deliver('command', slashCommand(h.fake, '10054'));
    expect(genuine.status).toBe(200);
    expect(h.settledCount()).toBe(before + 1);
    expect(forged.calls).toEqual([]);
    expect(forged.answers).toEqual([]);
  });

  it('rejects a request signed more than five minutes ago with 401', async () => {
    const before = h.settledCount();
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const replayed = await h.deliver('command', slashCommand(h.fake, '10054'), {
      timestamp: stale,
      settles: false,
    });
    expect(replayed.status).toBe(401);
    await h.deliver('command', slashCommand(h.fake, '10061'));
    expect(h.settledCount()).toBe(before + 1);
  });

  it('never pings anyone for a <!channel> query or a pasted @channel', async () => {
    const command = await h.deliver('command', slashCommand(h.fake, '<!channel> @here @everyone ECONNRESET'));
    expect(command.answers).toHaveLength(1);
    for (const answer of command.answers) expect(wouldPing(answer.body)).toBe(false);

    const typed = '@channel <!here> db is down: getaddrinfo ENOTFOUND db.internal';
    const message = await h.deliver('event', messageEvent({ id: 'Ev-ping-1', typed, channel: 'C0PING' }));
    expect(posts(message.calls)).toHaveLength(1);
    for (const post of posts(message.calls)) expect(wouldPing(post.params)).toBe(false);
  });

  it('answers GET /healthz, /readyz and /metrics on PORT beside /slack/events', async () => {
    const base = `http://127.0.0.1:${h.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, status: 'alive' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { slack: 'ok' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/sockerr_replies_posted_total\{platform="slack",kind="auto-reply"\} [1-9]/);
    expect(metrics).toMatch(/sockerr_events_received_total\{platform="slack",kind="command"\} [1-9]/);
  });

  it('answers Slack’s URL verification challenge', async () => {
    const raw = JSON.stringify({ type: 'url_verification', token: 't', challenge: 'c-123' });
    const response = await sendToApp(
      `http://127.0.0.1:${h.port}/slack/events`,
      { contentType: 'application/json', raw },
      { secret: SIGNING_SECRET },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'c-123' });
  });

  it('never writes a secret to its log', () => {
    const log = h.logger.lines.join('\n');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(SIGNING_SECRET);
    expect(log).not.toContain(BOT_TOKEN);
  });

  it('answers a malformed body with 400 and keeps serving', async () => {
    const { status } = await h.post(
      { contentType: 'application/json', raw: '{"type": "event_callback",' },
      { settles: false },
    );
    expect(status).toBe(400);
    const health = await fetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(health.status).toBe(200);
  });
});
