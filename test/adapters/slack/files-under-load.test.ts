import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { eventually } from '../../helpers/eventually.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { fileShareEvent } from './surface-payloads.js';

/** A `.log` of about `bytes`, the error on its last line. */
const logOf = (bytes: number) => {
  const noise = '2026-01-05T10:00:00Z INFO request served in 12 ms\n';
  return `${noise.repeat(Math.ceil(bytes / noise.length))}2026-01-05T10:02:07Z ERROR read ECONNRESET 10.0.0.7:5432\n`;
};
const LINK = 2 * 1024 * 1024; // bytes a second, shared by every download at once
const DEADLINE_MS = 1000;

/** Many log files shared at once, read over one link to Slack's file servers. */
describe('Slack files shared in a burst', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      env: { SOCKERR_MAX_FILE_BYTES: String(1024 * 1024) },
      adapter: { fileSharedGraceMs: 0, fileDownloadMs: DEADLINE_MS },
    });
    await h.start();
  });
  afterAll(() => h.stop());

  it('answers every one of 16 logs shared at once, though the link carries them all in twice the deadline of one', async () => {
    h.fake.workspace.throttle(LINK);
    // Each alone downloads in an eighth of its deadline; all at once share the link, 2 s for the lot.
    const events = Array.from({ length: 16 }, (_, i) =>
      fileShareEvent(h.fake, [{ name: `api-${i}.log`, mode: 'hosted', content: logOf(256 * 1024) }], {
        channel: `C0BURST${i}`,
      }),
    );
    const acked = await Promise.all(events.map((e) => h.deliver('event', e, { settles: false })));
    expect(acked.map((d) => d.status)).toEqual(events.map(() => 200));
    const posts = await eventually(() => {
      const done = h.fake.callsTo('chat.postMessage');
      return h.settledCount() >= 16 ? done : undefined;
    }, 'every event handled');
    expect(new Set(posts.map((c) => c.params.channel)).size).toBe(16);
    for (const post of posts) expect(flattenSlackMessage(post.params)).toContain('WSAECONNRESET');
  }, 20_000);

  it('warns when a file it meant to read could not be downloaded in time, rather than saying nothing', async () => {
    h.fake.workspace.throttle(64 * 1024); // 256 KB takes 4 s: past the deadline
    const event = fileShareEvent(h.fake, [{ name: 'slow.log', mode: 'hosted', content: logOf(256 * 1024) }], {
      channel: 'C0SLOWLINK',
    });
    await h.deliver('event', event);
    h.fake.workspace.throttle(undefined);
    const warned = h.logger.lines
      .map((l) => JSON.parse(l) as { level?: string; msg?: string; reason?: string; file?: string })
      .filter((l) => l.level === 'warn' && l.reason === 'timeout');
    expect(warned).toEqual([expect.objectContaining({ file: event.event.files[0]?.id })]);
    expect((await h.metrics.render()).body).toMatch(
      /sockerr_platform_api_failures_total\{[^}]*method="file\.download"[^}]*error="timeout"[^}]*\} 1/,
    );
  }, 20_000);
});
