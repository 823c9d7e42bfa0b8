import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { messageEvent } from '../adapters/slack/payloads.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { BOT_TOKEN, type SlackSockerr, startSlackSockerr } from '../helpers/sockerr-process.js';
import { tempStorePath } from '../helpers/temp-store.js';

const PASTES = 4;
/** Slack's API fails this many posts in a row (a few seconds of an incident), then works again. */
const FAILURES_EACH = 3;

/**
 * The Procfile's `web` (dist/main.js) while Slack's Web API answers 503 for a moment. Slack has
 * the events (they were acknowledged) and will not send them again: the replies must wait the
 * moment out, not be dropped after it.
 */
describe('the web process while Slack’s API fails for a moment', () => {
  let fake: FakeSlack | undefined;
  let app: SlackSockerr | undefined;
  const store = tempStorePath();
  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await fake?.close();
    store.remove();
  });

  it('posts every reply once when chat.postMessage fails a few times over and then works', async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    const slack = fake;
    const web = await startSlackSockerr(slack, { SOCKERR_STORE_PATH: store.path }, 'procfile');
    app = web;
    slack.failNext(
      'chat.postMessage',
      { status: 503, body: { ok: false, error: 'service_unavailable' } },
      PASTES * FAILURES_EACH,
    );
    const events = Array.from({ length: PASTES }, (_, i) =>
      messageEvent({ id: `Ev5XX${i}`, typed: 'read ECONNRESET', channel: `C05XX${i}` }),
    );
    const acks = await Promise.all(events.map(async (e) => (await web.send(eventBody(e))).status));
    expect(acks).toEqual(Array(PASTES).fill(200));
    const posted = () => slack.callsTo('chat.postMessage', true);
    await eventually(() => posted().length === PASTES, 'a reply to every paste', 20_000);
    // A second reply would come within moments of the first.
    await delay(300);
    expect(new Set(posted().map((c) => c.params.channel)).size).toBe(PASTES);
    expect(posted()).toHaveLength(PASTES);
    expect(web.stderr()).not.toMatch(/chat\.postMessage in channel \w+ failed after/);
  }, 30_000);
});
