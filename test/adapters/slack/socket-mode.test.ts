import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import trace from '../../fixtures/slack/event-message.json' with { type: 'json' };
import { testCore } from '../../helpers/core.js';
import { metricValue } from '../../helpers/metrics.js';
import { APP_TOKEN, createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, messageShortcut, shareButton, slashCommand } from './payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');

describe('Slack adapter over Socket Mode', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    await h.start();
  });
  afterAll(() => h.stop());

  it('opens its connection with the app-level token and no HTTP port', async () => {
    const open = h.fake.callsTo('apps.connections.open', true);
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe(APP_TOKEN);
    expect(h.fake.socketMode.openConnections).toBe(1);
    await expect(fetch(`http://127.0.0.1:${h.port}/healthz`)).rejects.toThrow();
  });

  it('answers /sockerr 10053 privately, inside the ack, with WSAECONNABORTED', async () => {
    const { answers } = await h.deliver('command', slashCommand(h.fake, '10053'));
    expect(answers.map((a) => a.via)).toEqual(['ack']);
    expect(answers[0]?.body.response_type).toBe('ephemeral');
    expect(flattenSlackMessage(answers[0]?.body ?? {})).toContain('WSAECONNABORTED');
  });

  it('replies once in the thread to a pasted trace, also when Slack redelivers it', async () => {
    const first = await h.deliver('event', trace);
    expect(posts(first.calls)).toHaveLength(1);
    expect(posts(first.calls)[0]?.params.thread_ts).toBe(trace.event.ts);
    const redelivered = await h.deliver('event', trace, { retryNum: 1, retryReason: 'timeout' });
    expect(posts(redelivered.calls)).toHaveLength(0);
  });

  it('stays silent for a bot', async () => {
    const event = messageEvent({ id: 'Ev-sm-bot', typed: 'read ETIMEDOUT', fromBot: true });
    expect(posts((await h.deliver('event', event)).calls)).toHaveLength(0);
  });

  it('serves the shortcut and the share button over the socket', async () => {
    const shortcut = await h.deliver(
      'interaction',
      messageShortcut(h.fake, { text: 'connect EHOSTUNREACH 10.1.2.3:22' }),
    );
    const ephemeral = shortcut.calls.find((c) => c.method === 'chat.postEphemeral');
    expect(flattenSlackMessage(ephemeral?.params ?? {})).toContain('WSAEHOSTUNREACH');
    const shared = await h.deliver(
      'interaction',
      shareButton(h.fake, { action_id: 'share', value: 'en:10065' }),
    );
    expect(shared.responses[0]?.body.response_type).toBe('in_channel');
    expect(flattenSlackMessage(shared.responses[0]?.body ?? {})).toContain('WSAEHOSTUNREACH');
  });

  it('never logs the verification token or a response_url of an envelope, even at debug level', async () => {
    const command = slashCommand(h.fake, '10054');
    const pressed = shareButton(h.fake, { action_id: 'share', value: 'en:10054' });
    const before = h.logger.lines.length;
    await h.deliver('command', command);
    await h.deliver('interaction', pressed);
    await h.deliver(
      'event',
      messageEvent({ id: 'EvLogged1', typed: 'read ECONNRESET', channel: 'C0LOGGED' }),
    );
    const written = h.logger.lines.slice(before).join('\n');
    // The envelopes were logged (the harness runs at debug), with what identifies them…
    expect(written).toContain(command.trigger_id);
    // …but not what lets the reader act as the app: Slack's token, and URLs that post to a channel.
    expect(written).not.toContain(command.token);
    expect(written).not.toContain(command.response_url);
    expect(written).not.toContain(pressed.response_url);
  });

  it('acknowledges Slack’s app_rate_limited notice, and says so in the log, as over HTTP', async () => {
    const notice = { token: 'x', type: 'app_rate_limited', team_id: 'T0FAKE', api_app_id: 'A0FAKE' };
    await h.fake.socketMode.send('events_api', { ...notice, minute_rate_limited: 1518467820 });
    expect(h.logger.lines.some((l) => l.includes('Slack is dropping events for this app'))).toBe(true);
    expect(
      await metricValue(h.metrics.registry, 'sockerr_connection_events_total', { event: 'app_rate_limited' }),
    ).toBe(1);
  });

  it('reconnects when Slack recycles the connection, and keeps answering', async () => {
    h.fake.socketMode.disconnectAll();
    await expect
      .poll(() => h.fake.callsTo('apps.connections.open', true).length, { timeout: 15_000 })
      .toBe(2);
    await expect.poll(() => h.fake.socketMode.openConnections, { timeout: 5000 }).toBe(1);
    const { answers } = await h.deliver('command', slashCommand(h.fake, 'ECONNRESET'));
    expect(flattenSlackMessage(answers[0]?.body ?? {})).toContain('WSAECONNRESET');
    await expect
      .poll(() => h.logger.lines.filter((l) => l.includes('Slack Socket Mode reconnected')).length)
      .toBe(1);
    expect(h.logger.lines.some((l) => l.includes('lost (refresh_requested: Slack recycles'))).toBe(true);
    expect(h.adapter.connected?.()).toBe(true);
    expect(
      await metricValue(h.metrics.registry, 'sockerr_connection_events_total', { event: 'reconnect' }),
    ).toBe(1);
  }, 20_000);

  it('closes the socket when stopped', async () => {
    await h.adapter.stop();
    await expect.poll(() => h.fake.socketMode.openConnections, { timeout: 2000 }).toBe(0);
  });
});
