import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
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

/** Slack's deadline for acknowledging an event or a slash command. */
const SLACK_ACK_MS = 3000;

/**
 * The SQLite store locked by another program (a sqlite3 shell left inside a transaction): the README
 * promises commands still answered (settings are still read: WAL readers never wait) and auto-replies
 * paused: each message event refused within Slack's deadline so that Slack sends it again, rather than
 * acknowledged and lost; and the command answered in time, or the asker sees it time out.
 */
describe('sockerr on an SQLite store another program keeps locked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-locked-'));
  const path = join(dir, 'sockerr.db');
  let fake: FakeSlack | undefined;
  let app: SlackSockerr | undefined;
  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a burst of messages for redelivery and answers a command within Slack’s 3 s, then each message once', async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    const slack = fake;
    const running = await startSlackSockerr(slack, { SOCKERR_STORE_PATH: path });
    app = running;
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const start = performance.now();
      const acks = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const event = messageEvent({ id: `EvLOCK${i}`, typed: 'read ECONNRESET', channel: `C0LOCK${i}` });
          const response = await running.send(eventBody(event));
          return { status: response.status, ms: performance.now() - start };
        }),
      );
      // Refused in time (not acknowledged, so that Slack sends each again): paused, not dropped.
      expect(acks.map((a) => a.status)).toEqual(Array(10).fill(503));
      expect(Math.max(...acks.map((a) => a.ms))).toBeLessThan(SLACK_ACK_MS);
      const asked = performance.now();
      const answer = await askSlackSockerr(running, slack, commandBody(slashCommand(slack, '10054')));
      expect(performance.now() - asked).toBeLessThan(SLACK_ACK_MS);
      expect(answer).toContain('WSAECONNRESET');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    // Slack's next try, once the lock is gone, is answered: each message once.
    const again = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const event = messageEvent({ id: `EvLOCK${i}`, typed: 'read ECONNRESET', channel: `C0LOCK${i}` });
        return (await running.send(eventBody(event), 1)).status;
      }),
    );
    expect(again).toEqual(Array(10).fill(200));
    await eventually(
      () => slack.callsTo('chat.postMessage', true).length >= 10,
      'the replies after the lock',
    );
    expect(new Set(slack.callsTo('chat.postMessage', true).map((c) => c.params.channel)).size).toBe(10);
    expect(await running.stop()).toBe(0);
  }, 60_000);
});
