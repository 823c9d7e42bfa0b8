import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/index.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { BOT_TOKEN, createSlackHarness } from './harness.js';
import { messageEvent, slashCommand } from './payloads.js';

describe('Slack adapter start and stop', () => {
  it('refuses to start with a bot token Slack rejects, naming SLACK_BOT_TOKEN but not its value', async () => {
    const h = await createSlackHarness({ mode: 'http', core: testCore().core });
    h.fake.failNext('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const error = await h.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toContain(
      'SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)',
    );
    expect(String((error as Error).message)).not.toContain(BOT_TOKEN);
    await h.stop();
  });

  it('refuses to start with an app token Slack rejects, naming SLACK_APP_TOKEN', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    h.fake.failNext('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    await expect(h.start()).rejects.toThrow(/SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)/);
    await h.stop();
  });

  it('names PORT when the port is taken', async () => {
    const first = await createSlackHarness({ mode: 'http', core: testCore().core });
    await first.start();
    const clash = await createSlackHarness({ mode: 'http', core: testCore().core, port: first.port });
    await expect(clash.start()).rejects.toThrow(`PORT ${first.port} is already in use`);
    await Promise.all([first.stop(), clash.stop()]);
  });

  it('stops within its bound while a reply waits out a rate limit, and can be stopped twice', async () => {
    const h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      adapter: { stopTimeoutMs: 1000 },
    });
    await h.start();
    h.fake.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '20' },
      body: { ok: false },
    });
    const pending = h.deliver(
      'event',
      messageEvent({ id: 'Ev-stop-1', typed: 'connect ECONNREFUSED 10.0.0.9:80', channel: 'C0STOP' }),
    );
    await expect.poll(() => h.fake.callsTo('chat.postMessage').length).toBe(1);
    const started = Date.now();
    await Promise.all([h.adapter.stop(), h.adapter.stop()]);
    expect(Date.now() - started).toBeLessThan(2000);
    await pending;
    expect(h.logger.lines.some((l) => l.includes('"error":"aborted"') || l.includes('still in flight'))).toBe(
      true,
    );
    await expect(fetch(`http://127.0.0.1:${h.port}/healthz`)).rejects.toThrow();
    await h.stop();
  });

  it('reports the replies it could not finish when the drain time runs out', async () => {
    const h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      adapter: { stopTimeoutMs: 300, apiTimeoutMs: 1000, callBudgetMs: 1000 },
    });
    await h.start();
    h.fake.failAlways('chat.postMessage', { hang: true });
    const pending = h.deliver(
      'event',
      messageEvent({ id: 'Ev-drop-1', typed: 'connect ECONNREFUSED 10.0.0.9:80', channel: 'C0DROP' }),
      { settles: false },
    );
    await expect.poll(() => h.fake.callsTo('chat.postMessage').length).toBe(1);
    expect(await h.adapter.stop()).toEqual({ unfinished: 1 });
    expect(h.logger.lines.some((l) => l.includes('stopped with replies still in flight'))).toBe(true);
    await pending.catch(() => undefined);
    await h.stop();
  });

  it('still answers a slash command that comes while it drains, since Slack never sends one again; events get 503', async () => {
    const h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      adapter: { stopTimeoutMs: 4000, apiTimeoutMs: 1500, callBudgetMs: 1500 },
    });
    await h.start();
    // A reply in flight keeps the adapter draining (and its port open) for a while.
    h.fake.failNext('chat.postMessage', { hang: true });
    const pending = h.deliver(
      'event',
      messageEvent({ id: 'Ev-drain-1', typed: 'connect ECONNREFUSED 10.0.0.9:80', channel: 'C0DRAIN' }),
      { settles: false },
    );
    await expect.poll(() => h.fake.callsTo('chat.postMessage').length).toBe(1);
    const stopped = h.adapter.stop();
    const command = await h.deliver('command', slashCommand(h.fake, '10054'), { settles: false });
    expect(command.status).toBe(200);
    expect(flattenSlackMessage(command.answers[0]?.body ?? {})).toContain('WSAECONNRESET');
    const late = messageEvent({ id: 'Ev-drain-2', typed: 'read ECONNRESET', channel: 'C0DRAIN2' });
    expect((await h.deliver('event', late, { settles: false })).status).toBe(503);
    await stopped;
    await pending.catch(() => undefined);
    await h.stop();
  });
});
