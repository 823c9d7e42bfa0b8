import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageEvent, slashCommand } from '../adapters/slack/payloads.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { commandBody, eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import {
  askSlackSockerr,
  BOT_TOKEN,
  type SlackSockerr,
  startSlackSockerr,
} from '../helpers/sockerr-process.js';

const TRACE =
  'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.';

/** sockerr with Slack on the default SQLite store, stopped and started again between two deliveries. */
describe('a restart of sockerr on its SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-restart-'));
  const env = { SOCKERR_STORE_PATH: join(dir, 'sockerr.db') };
  let fake: FakeSlack;
  let app: SlackSockerr | undefined;
  beforeAll(async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
  });
  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const answer = async (text: string) => {
    if (!app) throw new Error('sockerr is not running');
    return askSlackSockerr(app, fake, commandBody(slashCommand(fake, text)));
  };

  it('keeps settings, counts and dedupe claims: a retry after the restart is not answered twice', async () => {
    app = await startSlackSockerr(fake, env);
    expect(await answer('lang zh-TW')).toContain('繁體中文');
    const event = messageEvent({ id: 'EvRESTART1', typed: TRACE });
    await app.send(eventBody(event));
    const posts = () =>
      fake.callsTo('chat.postMessage', true).filter((c) => c.params.thread_ts === event.event.ts);
    await eventually(() => posts().length === 1, 'the threaded reply');
    expect(await app.stop()).toBe(0);

    app = await startSlackSockerr(fake, env);
    expect((await app.send(eventBody(event), 1)).status).toBe(200);
    expect((await app.send(eventBody(event), 2)).status).toBe(200);
    await delay(500);
    expect(posts()).toHaveLength(1);
    expect(await answer('status')).toContain('繁體中文 (zh-TW)');
    expect(await answer('top')).toMatch(/1 次 10054 WSAECONNRESET/);
    expect(await app.stop()).toBe(0);
  }, 60_000);
});
