import { describe, expect, it } from 'vitest';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { APP_TOKEN, createSlackHarness } from './harness.js';
import { slashCommand } from './payloads.js';

/**
 * Socket Mode's connection going away, against the real Bolt and @slack/socket-mode and the fake
 * Slack: what `/readyz` says in the gap, and what an app token Slack refuses does to start and reconnect.
 */
describe('Slack Socket Mode when the connection drops or the app token is refused', () => {
  it('is not ready from the moment Slack closes the socket until a new one says hello', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    await h.start();
    expect(h.adapter.connected?.()).toBe(true);
    h.fake.socketMode.disconnectAll('warning');
    await expect.poll(() => h.fake.socketMode.openConnections, { timeout: 2000 }).toBe(0);
    // @slack/socket-mode waits clientPingTimeout (5 s) before reconnecting: no socket meanwhile.
    await expect.poll(() => h.adapter.connected?.(), { timeout: 1500 }).toBe(false);
    await expect.poll(() => h.fake.socketMode.openConnections, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => h.adapter.connected?.(), { timeout: 2000 }).toBe(true);
    const lost = h.logger.lines.find((l) => l.includes('Slack Socket Mode connection lost'));
    expect(lost).toContain('warning: Slack closes this connection');
    await h.stop();
  }, 20_000);

  it('is not ready once pongs stop on a half-open connection, not when the socket is dropped 35 s later', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    await h.start();
    h.fake.socketMode.stall();
    // A ping every clientPingTimeout / 3; no pong for clientPingTimeout (5 s) and the client closes,
    // then waits 30 s for an answer to its close frame before it lets go of the socket.
    await expect.poll(() => h.adapter.connected?.(), { timeout: 9000 }).toBe(false);
    await h.stop();
  }, 20_000);

  it('answers a slash command through its response_url when Slack recycles the socket before the ack', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    await h.start();
    // The asker's locale comes late, so the answer (and the ack that would carry it) waits.
    h.fake.delay('users.info', 1000);
    const acked = h.fake.socketMode.send('slash_commands', slashCommand(h.fake, '10053')).then(
      () => 'acked',
      () => 'no ack',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    h.fake.socketMode.disconnectAll('refresh_requested');
    expect(await acked).toBe('no ack');
    await expect.poll(() => h.fake.responses.length, { timeout: 5000 }).toBe(1);
    expect(flattenSlackMessage(h.fake.responses[0]?.body ?? {})).toContain('WSAECONNABORTED');
    await h.stop();
  }, 20_000);

  it('starts, and does not crash, when Slack sends disconnect before hello', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    h.fake.socketMode.disconnectNextBeforeHello('warning');
    await h.start();
    expect(h.fake.callsTo('apps.connections.open', true)).toHaveLength(2);
    expect(h.adapter.connected?.()).toBe(true);
    await h.stop();
  }, 20_000);

  it('refuses to start, naming SLACK_APP_TOKEN, when Slack answers not_allowed_token_type', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    h.fake.failAlways('apps.connections.open', { body: { ok: false, error: 'not_allowed_token_type' } });
    await expect(h.start()).rejects.toThrow(
      /SLACK_APP_TOKEN was rejected by Slack \(not_allowed_token_type\)/,
    );
    expect(h.fake.callsTo('apps.connections.open')).toHaveLength(1);
    await h.stop();
  }, 10_000);

  it('gives up at once, without the token in its log, when Slack refuses the app token on a reconnect', async () => {
    const fatal: Error[] = [];
    const h = await createSlackHarness({
      mode: 'socket',
      core: testCore().core,
      onFatal: (error) => fatal.push(error),
    });
    await h.start();
    h.fake.failAlways('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    h.fake.socketMode.disconnectAll('refresh_requested');
    // The reconnect asks for a URL after 5 s; the default give-up would wait 5 minutes.
    await expect.poll(() => fatal.length, { timeout: 10_000 }).toBe(1);
    expect(fatal[0]?.message).toMatch(/SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)/);
    expect(h.adapter.connected?.()).toBe(false);
    expect(h.logger.lines.join('\n')).not.toContain(APP_TOKEN);
    await h.stop();
  }, 20_000);
});
