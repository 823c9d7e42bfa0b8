import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { messageEvent } from '../adapters/slack/payloads.js';
import { mentionEvents } from '../adapters/slack/surface-payloads.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { mountSmallDisk } from '../helpers/small-disk.js';
import { BOT_TOKEN, type SlackSockerr, startSlackSockerr } from '../helpers/sockerr-process.js';

/** A disk that fills up needs a small file system of its own (4 MB). */
const disk = mountSmallDisk('sockerr-web-full-', '4m');
const { dir } = disk;

/**
 * The Procfile's `web` (dist/main.js) with its SQLite file on a disk that fills up while it runs.
 * A paste that mentions sockerr comes as two events (`message` and `app_mention`), and Slack sends
 * each again until it is acknowledged with a 2xx: together they must get one reply, however the
 * full disk splits them.
 */
describe.skipIf(!disk.mounted)('the web process while the disk of its SQLite file fills up', () => {
  let fake: FakeSlack | undefined;
  let app: SlackSockerr | undefined;
  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await fake?.close();
    disk.remove();
  });

  it('answers a paste once across its two events and Slack’s redeliveries, none lost', async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    const slack = fake;
    const web = await startSlackSockerr(slack, { SOCKERR_STORE_PATH: join(dir, 'sockerr.db') }, 'procfile');
    app = web;
    const repliesTo = (ts: string) =>
      slack.callsTo('chat.postMessage', true).filter((c) => c.params.thread_ts === ts);
    const warm = messageEvent({ id: 'EvFULL0', typed: 'read ECONNRESET', channel: 'C0FULL0' });
    expect((await web.send(eventBody(warm))).status).toBe(200);
    await eventually(() => repliesTo(String(warm.event.ts)).length === 1, 'the reply before the disk fills');

    disk.fill();
    const { mention, message } = mentionEvents('is it the db? read ECONNRESET on 10.0.0.7:5432', 'C0FULL1');
    const ts = String(message.event.ts);
    const deliveries = [message, mention];
    const statuses = [];
    for (const event of deliveries) statuses.push((await web.send(eventBody(event))).status);
    disk.makeRoom();
    // Slack's next tries of what was not acknowledged, once there is room again.
    for (const [i, event] of deliveries.entries())
      if (statuses[i] !== 200) statuses.push((await web.send(eventBody(event), 1)).status);
    await eventually(() => repliesTo(ts).length > 0, `a reply to the paste (deliveries: ${statuses})`);
    // A second reply would come within moments of the first.
    await delay(300);
    expect(repliesTo(ts)).toHaveLength(1);
    expect(await web.stop()).toBe(0);
  }, 30_000);
});
