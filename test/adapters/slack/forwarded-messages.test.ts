import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import forwarded from '../../fixtures/slack/event-forwarded-message.json' with { type: 'json' };
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageShortcut } from './payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');
const answers = (calls: RecordedCall[]) =>
  calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'reactions.add');

const [original] = forwarded.event.attachments;
let sequence = 0;
/** The recorded forward, as a new message in `channel` whose attachment is `attachment`. */
function forward(channel: string, attachment: Record<string, unknown>, text = '') {
  sequence += 1;
  const ts = `${1_700_000_800 + sequence}.000100`;
  return {
    ...forwarded,
    event_id: `EvFORWARD${sequence}`,
    event: {
      ...forwarded.event,
      channel,
      ts,
      event_ts: ts,
      text,
      attachments: [{ ...original, ...attachment }],
    },
  };
}

describe('Slack forwarded and linked messages', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core, adapter: { fileSharedGraceMs: 0 } });
    await h.start();
  });
  afterAll(() => h.stop());

  it('answers a forwarded paste once, in the forward’s own thread', async () => {
    const [reply, ...more] = posts((await h.deliver('event', forwarded)).calls);
    expect(more).toEqual([]);
    expect(reply?.params).toMatchObject({ channel: 'C0ONCALL', thread_ts: forwarded.event.ts });
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNRESET');
    expect(posts((await h.deliver('event', forwarded, { retryNum: 1 })).calls)).toEqual([]);
  });

  it('reads a forward whose words are only in its blocks, as Slack forwards an app’s post', async () => {
    const event = forward('C0FWDBLOCKS', {
      text: '',
      fallback: '[November 14th, 2023 10:24 PM] deploy-bot: ',
      message_blocks: [
        {
          message: {
            blocks: [
              {
                type: 'rich_text',
                elements: [
                  {
                    type: 'rich_text_preformatted',
                    elements: [{ type: 'text', text: 'dial tcp 10.0.0.7:5432: connect: connection refused' }],
                  },
                ],
              },
            ],
          },
        },
      ],
    });
    const [reply] = posts((await h.deliver('event', event)).calls);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNREFUSED');
  });

  it('reads the snippet of a forwarded message, which Slack nests in the forward’s attachment', async () => {
    const file = h.fake.workspace.addFile({
      id: 'F0FORWARDED',
      name: 'Untitled',
      mimetype: 'text/plain',
      filetype: 'text',
      mode: 'snippet',
      content:
        'Traceback (most recent call last):\nsocket.gaierror: [Errno -3] Temporary failure in name resolution',
      user: 'U0ALICE',
      channel: 'C0PAYMENTS',
      ts: original?.ts ?? '',
    });
    const event = forward('C0FWDFILES', { text: 'worker log attached', fallback: '', files: [file] });
    const [reply] = posts((await h.deliver('event', event)).calls);
    expect(reply?.params.thread_ts).toBe(event.event.ts);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSATRY_AGAIN');
    expect(h.fake.workspace.downloads).toContainEqual({ fileId: 'F0FORWARDED', authorized: true });
  });

  it('reads a file once when the message shows it both as its own and in what it forwards', async () => {
    const file = h.fake.workspace.addFile({
      id: 'F0FORWARDED3',
      name: 'api.log',
      mimetype: 'text/plain',
      filetype: 'text',
      mode: 'hosted',
      content: '2026-01-05T10:02:07Z ERROR connect EADDRNOTAVAIL 10.0.0.7:5432 - Local (0.0.0.0:0)',
      user: 'U0ALICE',
      channel: 'C0PAYMENTS',
      ts: original?.ts ?? '',
    });
    const event = forward('C0FWDTWICE', { text: 'the log', fallback: '', files: [file] });
    const both = { ...event, event: { ...event.event, files: [file] } };
    expect(posts((await h.deliver('event', both)).calls)).toHaveLength(1);
    expect(h.fake.workspace.downloads.filter((d) => d.fileId === 'F0FORWARDED3')).toHaveLength(1);
  });

  it('reads a forwarded snippet when someone asks with the message shortcut', async () => {
    const file = h.fake.workspace.addFile({
      id: 'F0FORWARDED2',
      name: 'worker.log',
      mimetype: 'text/plain',
      filetype: 'text',
      mode: 'hosted',
      content: '2026-01-05T10:02:07Z ERROR dial tcp 10.0.0.7:5432: connect: connection timed out',
      user: 'U0ALICE',
      channel: 'C0PAYMENTS',
      ts: original?.ts ?? '',
    });
    const event = forward('C0FWDASK', { text: 'see the log', fallback: '', files: [file] });
    const shortcut = messageShortcut(h.fake, event.event, 'C0FWDASK');
    const { calls } = await h.deliver('interaction', shortcut);
    const ephemeral = calls.find((c) => c.method === 'chat.postEphemeral');
    expect(flattenSlackMessage(ephemeral?.params ?? {})).toContain('WSAETIMEDOUT');
  });

  it('stays silent for a link to its own answer, or a forward of it: Slack shows that answer in the message', async () => {
    const own = {
      author_id: 'U0SOCKERR',
      bot_id: 'B0SOCKERR',
      author_name: 'sockerr',
      text: '10054 WSAECONNRESET · Connection reset by peer\nThe other side tore the connection down.',
      fallback: '[November 14th, 2023 10:25 PM] sockerr: 10054 WSAECONNRESET · Connection reset by peer',
      message_blocks: [],
    };
    const link = forward(
      'C0FWDSELF',
      { ...own, is_share: undefined },
      'so it was the LB: <https://fake.slack.com/archives/C0ONCALL/p1700000650000300>',
    );
    expect(answers((await h.deliver('event', link)).calls)).toEqual([]);
    const shared = forward('C0FWDSELF', own, 'FYI');
    expect(answers((await h.deliver('event', shared)).calls)).toEqual([]);
  });
});
