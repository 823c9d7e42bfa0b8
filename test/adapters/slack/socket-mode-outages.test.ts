import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness } from './harness.js';

/**
 * Socket Mode's connection going away, against the real Bolt and @slack/socket-mode and the fake
 * Slack: what `/readyz` says in the gap, and what an app token Slack refuses does to start and reconnect.
 */
describe('Slack Socket Mode when the connection drops or the app token is refused', () => {
  it('is not ready from the moment Slack closes the socket until a new one says hello', async () => {
    const h = await createSlackHarness({ mode: 'socket', core: testCore().core });
    await h.start();
    expect(h.adapter.connected?.()).toBe(true);
    h.fake.socketMode.disconnectAll('refresh_requested');
    await expect.poll(() => h.fake.socketMode.openConnections, { timeout: 2000 }).toBe(0);
    // @slack/socket-mode waits clientPingTimeout (5 s) before reconnecting: no socket meanwhile.
    await expect.poll(() => h.adapter.connected?.(), { timeout: 1500 }).toBe(false);
    await expect.poll(() => h.fake.socketMode.openConnections, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => h.adapter.connected?.(), { timeout: 2000 }).toBe(true);
    await h.stop();
  }, 20_000);
});
