import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_IDS, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { startFakeSlack } from '../fakes/slack/fake-slack.js';
import { freePort } from '../helpers/free-port.js';
import { scrapeValue } from '../helpers/metrics.js';
import { type SpawnedSockerr, spawnSockerr } from '../helpers/spawn-sockerr.js';

const BOT_TOKEN = 'xoxb-health-test-token';
const APP_TOKEN = 'xapp-1-A0FAKE-health-test';

/** `/healthz`, `/readyz` and `/metrics` answer in Slack HTTP mode, Socket Mode and for the Discord worker. */
describe('health and metrics in every mode, through the real entry point', () => {
  const cleanUps: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });

  /**
   * The `Keep-Alive` header Node sends with how long it keeps an idle connection: it must outlive the
   * idle timeout of a load balancer in front (Heroku's router: 90 s), or requests meet closing sockets.
   */
  const keepAliveOf = (port: number) =>
    new Promise<string | undefined>((resolve, reject) => {
      const sent = request({
        host: '127.0.0.1',
        port,
        path: '/healthz',
        headers: { connection: 'keep-alive' },
      });
      sent.on('response', (response) => {
        response.resume();
        resolve(response.headers['keep-alive']);
      });
      sent.on('error', reject);
      sent.end();
    });
  const expectServed = async (port: number, platform: string, keepAliveSeconds = 95) => {
    expect(await keepAliveOf(port)).toBe(`timeout=${keepAliveSeconds}`);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    const report = (await ready.json()) as { checks: Record<string, string> };
    expect(ready.status, JSON.stringify(report)).toBe(200);
    expect(report.checks).toEqual({ store: 'ok', [platform]: 'ok' });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('process_resident_memory_bytes');
    expect(
      scrapeValue(metrics, 'sockerr_store_operation_seconds_count', { operation: 'ping', outcome: 'ok' }),
    ).toBeGreaterThan(0);
  };
  const run = (vars: Record<string, string>, args: string[]): SpawnedSockerr => {
    const app = spawnSockerr(vars, args);
    cleanUps.push(() => app.cleanUp());
    return app;
  };

  it('serves them on PORT beside /slack/events in Slack HTTP mode', async () => {
    const fake = await startFakeSlack({ botToken: BOT_TOKEN });
    cleanUps.push(() => fake.close());
    const port = await freePort();
    const app = run(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      ['slack'],
    );
    await app.started();
    await expectServed(port, 'slack');
  }, 40_000);

  it('says so in Slack HTTP mode when HEALTH_PORT is set, which that mode does not use', async () => {
    const fake = await startFakeSlack({ botToken: BOT_TOKEN });
    cleanUps.push(() => fake.close());
    const [port, unused] = [await freePort(), await freePort()];
    const app = run(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        HEALTH_PORT: String(unused),
        HOST: '127.0.0.1',
      },
      ['slack'],
    );
    await app.started();
    expect(app.stderr()).toMatch(
      new RegExp(`"level":"warn".*"msg":"HEALTH_PORT ${unused} is not used: .* on PORT ${port}`),
    );
    await expectServed(port, 'slack');
  }, 40_000);

  it('serves them on HEALTH_PORT in Socket Mode', async () => {
    const fake = await startFakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    cleanUps.push(() => fake.close());
    const port = await freePort();
    const app = run(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: fake.apiUrl,
        HEALTH_PORT: String(port),
      },
      ['slack'],
    );
    await app.started();
    await expectServed(port, 'slack');
  }, 40_000);

  it('serves them on HEALTH_PORT for the Discord worker, and exits non-zero naming the code when Discord ends the session for good', async () => {
    const fake = await startFakeDiscord();
    cleanUps.push(() => fake.close());
    const port = await freePort();
    const app = run(
      {
        DISCORD_TOKEN: fake.world.token,
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_API_URL: fake.apiUrl,
        HEALTH_PORT: String(port),
        HTTP_KEEP_ALIVE_SECONDS: '620',
      },
      ['discord'],
    );
    await app.started();
    await expectServed(port, 'discord', 620);
    fake.gateway.closeSessions(4004, 'Authentication failed.');
    // A fatal close: the process stops, non-zero, so its supervisor restarts it.
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain('4004 authentication failed');
  }, 40_000);
});
