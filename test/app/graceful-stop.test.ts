import { afterAll, describe, expect, it } from 'vitest';
import { messageEvent } from '../adapters/slack/payloads.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { eventBody, sendToApp } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { freePort } from '../helpers/free-port.js';
import { scrapeValue } from '../helpers/metrics.js';
import { spawnSockerr } from '../helpers/spawn-sockerr.js';

const BOT_TOKEN = 'xoxb-stop-test-token';
const SECRET = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

/** SIGTERM in the middle of a burst of 200 replies, through the real entry point and a slow fake Slack. */
describe('a graceful stop during a burst of replies', () => {
  let fake: FakeSlack | undefined;
  afterAll(() => fake?.close());

  it('turns /readyz to 503 first, refuses new events, finishes all 200 replies once, and exits 0', async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    const slack = fake;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const app = spawnSockerr(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      ['slack'],
    );
    try {
      await app.started();
      slack.delay('chat.postMessage', 400);
      const events = Array.from({ length: 200 }, (_, i) =>
        messageEvent({ id: `Ev-burst-${i}`, typed: 'read ECONNRESET', channel: `C0BURST${i}` }),
      );
      const statuses = await Promise.all(
        events.map(
          async (e) => (await sendToApp(`${base}/slack/events`, eventBody(e), { secret: SECRET })).status,
        ),
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
      await eventually(() => slack.callsTo('chat.postMessage').length > 0 || undefined, 'replies under way');
      app.child.kill('SIGTERM');
      // Draining: not ready, no new work, still alive.
      await expect.poll(async () => (await fetch(`${base}/readyz`)).status, { interval: 20 }).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const late = messageEvent({ id: 'Ev-burst-late', typed: 'read ECONNRESET', channel: 'C0LATE' });
      expect((await sendToApp(`${base}/slack/events`, eventBody(late), { secret: SECRET })).status).toBe(503);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(
        scrapeValue(metrics, 'sockerr_requests_rejected_total', { platform: 'slack', reason: 'draining' }),
      ).toBe(1);
      expect(
        scrapeValue(metrics, 'sockerr_events_received_total', { platform: 'slack', kind: 'message' }),
      ).toBe(200);
      expect(await app.exited).toBe(0);
      const posted = slack.callsTo('chat.postMessage', true);
      expect(posted).toHaveLength(200);
      expect(new Set(posted.map((c) => c.params.channel)).size).toBe(200);
      expect(app.stderr()).toContain('shutting down');
      expect(app.stderr()).toMatch(/"msg":"stopped","exitCode":0|"exitCode":0,"msg":"stopped"/);
    } finally {
      app.cleanUp();
    }
  }, 40_000);
});
