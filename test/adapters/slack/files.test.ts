import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageShortcut } from './payloads.js';
import { fileSharedEvent, fileShareEvent } from './surface-payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');
/** The debug lines that say why a file was not read. */
const skipped = (h: SlackHarness) =>
  h.logger.lines
    .map((l) => JSON.parse(l) as { msg?: string; file?: string; reason?: string })
    .filter((l) => l.msg === 'skipped a Slack file')
    .map((l) => ({ file: l.file, reason: l.reason }));
const CAP = 64 * 1024;
const TRACE = [
  'Traceback (most recent call last):',
  '  File "worker.py", line 88, in <module>',
  '    conn = psycopg2.connect(DSN)',
  'psycopg2.OperationalError: could not connect to server: Connection refused (0x0000274D/10061)',
].join('\n');
/** A `.log` much like a real one: noise, then the error. */
const logOf = (bytes: number) => {
  const noise = '2026-01-05T10:00:00Z INFO request served in 12 ms\n';
  return `${noise.repeat(Math.ceil(bytes / noise.length))}2026-01-05T10:02:07Z ERROR read ECONNRESET 10.0.0.7:5432\n`;
};

describe('Slack snippets and text files', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      env: { SOCKERR_MAX_FILE_BYTES: String(CAP) },
      adapter: { fileSharedGraceMs: 0 },
      fake: { bots: ['U0DEPLOYBOT'] },
    });
    await h.start();
  });
  afterAll(() => h.stop());

  it('answers a trace pasted as a snippet once, in its thread, as if it were the message text', async () => {
    const envelope = fileShareEvent(h.fake, [{ content: TRACE }], { text: 'prod db pool after the deploy' });
    const { calls } = await h.deliver('event', envelope);
    const [reply] = posts(calls);
    expect(posts(calls)).toHaveLength(1);
    expect(reply?.params).toMatchObject({ channel: 'C0ONCALL', thread_ts: envelope.event.ts });
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNREFUSED');
    const fileId = envelope.event.files[0]?.id as string;
    expect(h.fake.workspace.downloads).toContainEqual({ fileId, authorized: true });
    // Slack retries, and the file's own file_shared event, are the same message: no second reply.
    expect(posts((await h.deliver('event', envelope, { retryNum: 1 })).calls)).toEqual([]);
    expect(posts((await h.deliver('event', fileSharedEvent(fileId))).calls)).toEqual([]);
  });

  it('reads an uploaded .log under the cap and explains what it holds', async () => {
    const envelope = fileShareEvent(h.fake, [
      { name: 'api-2026-01-05.log', mode: 'hosted', filetype: 'text', content: logOf(CAP / 2) },
    ]);
    const [reply] = posts((await h.deliver('event', envelope)).calls);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNRESET');
  });

  it('skips a .log over the cap with a debug line, without downloading it', async () => {
    const envelope = fileShareEvent(
      h.fake,
      [{ name: 'big.log', mode: 'hosted', mimetype: 'text/plain', content: logOf(CAP * 2) }],
      { channel: 'C0BIGLOG' },
    );
    const fileId = envelope.event.files[0]?.id as string;
    const { calls } = await h.deliver('event', envelope);
    expect(posts(calls)).toEqual([]);
    expect(h.fake.workspace.downloads.filter((d) => d.fileId === fileId)).toEqual([]);
    expect(skipped(h)).toContainEqual({ file: fileId, reason: 'too-large' });
  });

  it('skips a binary file and a bot’s file, reading neither', async () => {
    const png = fileShareEvent(
      h.fake,
      [
        {
          name: 'graph.png',
          mode: 'hosted',
          mimetype: 'image/png',
          filetype: 'png',
          content: new Uint8Array([137, 80, 78, 71, 0, 0]),
        },
      ],
      { text: 'see graph', channel: 'C0BINARY' },
    );
    const bot = fileShareEvent(h.fake, [{ content: TRACE, user: 'U0DEPLOYBOT' }], { channel: 'C0BOTFILE' });
    for (const [envelope, reason] of [
      [png, 'binary'],
      [bot, 'bot'],
    ] as const) {
      expect(posts((await h.deliver('event', envelope)).calls)).toEqual([]);
      const fileId = envelope.event.files[0]?.id as string;
      expect(h.fake.workspace.downloads.filter((d) => d.fileId === fileId)).toEqual([]);
      expect(skipped(h)).toContainEqual({ file: fileId, reason });
    }
  });

  it('reads a rotated log uploaded gzip-compressed, and a JSON-lines log Slack gives no text type', async () => {
    const gz = fileShareEvent(
      h.fake,
      [
        {
          name: 'api.log.1.gz',
          mode: 'hosted',
          mimetype: 'application/gzip',
          filetype: 'gzip',
          content: gzipSync(logOf(CAP / 4)),
        },
      ],
      { channel: 'C0GZIP' },
    );
    expect(flattenSlackMessage(posts((await h.deliver('event', gz)).calls)[0]?.params ?? {})).toContain(
      'WSAECONNRESET',
    );
    const jsonl = fileShareEvent(
      h.fake,
      [
        {
          name: 'worker.jsonl',
          mode: 'hosted',
          mimetype: 'application/octet-stream',
          filetype: 'binary',
          content: `{"level":"error","msg":"${TRACE.split('\n').at(-1)}"}\n`,
        },
      ],
      { channel: 'C0JSONL' },
    );
    expect(flattenSlackMessage(posts((await h.deliver('event', jsonl)).calls)[0]?.params ?? {})).toContain(
      'WSAECONNREFUSED',
    );
  });

  it('says why a zip, a corrupt gzip and a gzip that inflates past the cap are not read', async () => {
    const bad = Buffer.from(gzipSync(TRACE));
    bad.fill(0xff, 10, 30);
    const envelope = fileShareEvent(
      h.fake,
      [
        { name: 'logs.zip', mode: 'hosted', mimetype: 'application/zip', filetype: 'zip', content: 'PK' },
        { name: 'app.log.gz', mode: 'hosted', mimetype: 'application/gzip', filetype: 'gzip', content: bad },
        {
          name: 'huge.log.gz',
          mode: 'hosted',
          mimetype: 'application/gzip',
          filetype: 'gzip',
          content: gzipSync(logOf(CAP * 4)),
        },
      ],
      { channel: 'C0NOTREAD' },
    );
    const [zip, corrupt, huge] = envelope.event.files.map((f) => f.id as string);
    expect(posts((await h.deliver('event', envelope)).calls)).toEqual([]);
    expect(h.fake.workspace.downloads.filter((d) => d.fileId === zip)).toEqual([]);
    expect(skipped(h)).toEqual(
      expect.arrayContaining([
        { file: zip, reason: 'archive' },
        { file: corrupt, reason: 'corrupt-gzip' },
        { file: huge, reason: 'too-large' },
      ]),
    );
  });

  it('asks files.info for a file that arrives partial', async () => {
    const envelope = fileShareEvent(h.fake, [{ content: TRACE }], { partial: true, channel: 'C0PARTIAL' });
    const { calls } = await h.deliver('event', envelope);
    expect(calls.some((c) => c.method === 'files.info')).toBe(true);
    expect(posts(calls)).toHaveLength(1);
  });

  it('answers a file_shared event whose message event never came, in the share’s thread', async () => {
    const envelope = fileShareEvent(h.fake, [{ content: TRACE, id: 'F0ALONE1' }], {
      channel: 'C0SHARED',
      threadTs: '1699999000.000100',
    });
    const [reply] = posts((await h.deliver('event', fileSharedEvent('F0ALONE1', 'C0SHARED'))).calls);
    expect(reply?.params).toMatchObject({ channel: 'C0SHARED', thread_ts: '1699999000.000100' });
    // The message event arriving late is the same message.
    expect(posts((await h.deliver('event', envelope)).calls)).toEqual([]);
  });

  it('reads a bot’s log file when someone asks for it with the message shortcut', async () => {
    const envelope = fileShareEvent(h.fake, [{ name: 'ci-build.log', content: TRACE, user: 'U0DEPLOYBOT' }], {
      channel: 'C0CIBOT',
    });
    const shortcut = messageShortcut(
      h.fake,
      {
        ...envelope.event,
        subtype: 'file_share',
        user: 'U0DEPLOYBOT',
        bot_id: 'B0DEPLOY',
        text: 'build 42 failed',
      },
      'C0CIBOT',
    );
    const { calls } = await h.deliver('interaction', shortcut);
    const ephemeral = calls.find((c) => c.method === 'chat.postEphemeral');
    expect(flattenSlackMessage(ephemeral?.params ?? {})).toContain('WSAECONNREFUSED');
  });

  it('says which files it did not read when asked about a message, rather than that it holds no error', async () => {
    const envelope = fileShareEvent(
      h.fake,
      [
        { name: 'api-full.log', mode: 'hosted', mimetype: 'text/plain', content: logOf(CAP * 2) },
        { name: 'screenshot.png', mode: 'hosted', mimetype: 'image/png', filetype: 'png', content: 'PNG' },
      ],
      { channel: 'C0UNREAD', text: 'the db again, see the log' },
    );
    const shortcut = messageShortcut(h.fake, { ...envelope.event, subtype: 'file_share' }, 'C0UNREAD');
    const { calls } = await h.deliver('interaction', shortcut);
    const shown = flattenSlackMessage(calls.find((c) => c.method === 'chat.postEphemeral')?.params ?? {});
    expect(shown).toContain('Not read');
    expect(shown).toMatch(/api-full\.log: larger than/);
    expect(shown).toMatch(/screenshot\.png: not a text file/);
  });

  it('triages a snippet with the message shortcut', async () => {
    const envelope = fileShareEvent(h.fake, [{ content: TRACE }], { channel: 'C0SHORTCUT' });
    const shortcut = messageShortcut(h.fake, { ...envelope.event, subtype: 'file_share' }, 'C0SHORTCUT');
    const { calls } = await h.deliver('interaction', shortcut);
    const ephemeral = calls.find((c) => c.method === 'chat.postEphemeral');
    expect(flattenSlackMessage(ephemeral?.params ?? {})).toContain('WSAECONNREFUSED');
  });
});
