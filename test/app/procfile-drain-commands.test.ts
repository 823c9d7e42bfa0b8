import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { messageEvent, slashCommand } from '../adapters/slack/payloads.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { commandBody, eventBody } from '../fakes/slack/slack-requests.js';
import { eventually } from '../helpers/eventually.js';
import { BOT_TOKEN, type SlackSockerr, startSlackSockerr } from '../helpers/sockerr-process.js';
import { tempStorePath } from '../helpers/temp-store.js';

/**
 * The Procfile's `web` (dist/main.js) stopped by SIGTERM while replies are in flight, as a deploy
 * or a dyno restart does, and a slash command that reaches it in those seconds: Slack sends a
 * command once and shows a 503 to the person as a failure of the app ("dispatch_failed"), so the
 * process, still up, answers it.
 */
describe('the web process draining on SIGTERM', () => {
  let fake: FakeSlack | undefined;
  let app: SlackSockerr | undefined;
  const store = tempStorePath();
  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await fake?.close();
    store.remove();
  });

  it('answers a slash command that comes while it drains, refuses events for redelivery, and its successor answers each once', async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    const slack = fake;
    const web = await startSlackSockerr(slack, { SOCKERR_STORE_PATH: store.path }, 'procfile');
    app = web;
    // Replies in flight keep the process draining while the late requests come.
    slack.delay('chat.postMessage', 3000);
    const events = Array.from({ length: 5 }, (_, i) =>
      messageEvent({ id: `EvDRAIN${i}`, typed: 'read ECONNRESET', channel: `C0DRAIN${i}` }),
    );
    expect((await Promise.all(events.map((e) => web.send(eventBody(e))))).map((r) => r.status)).toEqual(
      Array(5).fill(200),
    );
    const exited = once(web.child, 'exit');
    web.child.kill('SIGTERM');
    await web.waitFor('stderr', /shutting down/, 'the drain');

    const command = await web.send(commandBody(slashCommand(slack, '10054')));
    expect(command.status).toBe(200);
    const said = (await command.json()) as { response_type?: string; text?: string };
    expect(said.response_type).toBe('ephemeral');
    expect(JSON.stringify(said)).toMatch(/WSAECONNRESET/);
    const late = messageEvent({ id: 'EvDRAINLATE', typed: 'read ECONNRESET', channel: 'C0DRAINLATE' });
    expect((await web.send(eventBody(late))).status).toBe(503);

    expect((await exited)[0]).toBe(0);
    await eventually(() => slack.callsTo('chat.postMessage', true).length === 5, 'the replies in flight');

    // The process that replaces it (the same store, as on one host) answers Slack's next try of
    // the event it refused, and none of the five already answered again.
    slack.delay('chat.postMessage', 0);
    const next = await startSlackSockerr(slack, { SOCKERR_STORE_PATH: store.path }, 'procfile');
    app = next;
    for (const [i, event] of [late, ...events].entries())
      expect((await next.send(eventBody(event), 1)).status, `delivery ${i}`).toBe(200);
    await eventually(
      () => slack.callsTo('chat.postMessage', true).length === 6,
      'the reply to the refused event',
    );
    await delay(300);
    const posted = slack.callsTo('chat.postMessage', true);
    expect(posted).toHaveLength(6);
    expect(new Set(posted.map((c) => c.params.channel)).size).toBe(6);
    expect(await next.stop()).toBe(0);
  }, 30_000);
});
