import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCommand, messageCreate } from '../../fakes/discord/discord-events.js';
import type { RecordedRequest } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const CAP = 64 * 1024;
const TRACE = [
  'Unhandled exception. System.Net.Http.HttpRequestException: No such host is known. (api.internal:443)',
  ' ---> System.Net.Sockets.SocketException (11001): No such host is known.',
  '   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error)',
].join('\n');
/** What Discord's client sends instead of a message over 2,000 characters. */
const longPaste = () =>
  `${'   at Contoso.Orders.Worker.Poll() in /src/Worker.cs:line 42\n'.repeat(60)}${TRACE}\n`;
const replies = (requests: RecordedRequest[]) => toContractReplies(requests).filter((r) => r.threaded);

describe('Discord text attachments', () => {
  const h = createDiscordHarness({
    makeCore: () => testCore().core,
    env: { SOCKERR_MAX_FILE_BYTES: String(CAP) },
  });
  beforeAll(() => h.start(), 30_000);
  afterAll(() => h.stop(), 30_000);

  it('answers a message sent as message.txt once, as if it had been pasted as text', async () => {
    const content = longPaste();
    expect(content.length).toBeGreaterThan(2000);
    const id = freshId();
    const file = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'message.txt',
      contentType: 'text/plain; charset=utf-8',
      content,
    });
    const requests = await h.send('MESSAGE_CREATE', messageCreate({ id, text: '', attachments: [file] }));
    const answered = replies(requests);
    expect(answered).toHaveLength(1);
    expect(answered[0]?.text).toContain('WSAHOST_NOT_FOUND');
    expect(h.fake.cdn.downloads).toContain(file.id);
    // A replay of the same message (a resumed session) is not answered again.
    expect(
      replies(await h.send('MESSAGE_CREATE', messageCreate({ id, text: '', attachments: [file] }))),
    ).toEqual([]);
  });

  it('explains a message sent as message.txt from the "Explain socket errors" menu, privately', async () => {
    const file = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'message.txt',
      contentType: 'text/plain; charset=utf-8',
      content: longPaste(),
    });
    const event = messageCommand({ id: freshId(), targetText: '', targetAttachments: [file] });
    const answered = toContractReplies(await h.send('INTERACTION_CREATE', event));
    expect(answered).toHaveLength(1);
    expect(answered[0]?.ephemeral).toBe(true);
    expect(answered[0]?.text).toContain('WSAHOST_NOT_FOUND');
    expect(h.fake.cdn.downloads).toContain(file.id);
  });

  it('reads a .log attachment beside the text, and skips one over the cap without downloading it', async () => {
    const log = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'worker.log',
      contentType: 'text/x-log',
      content: '2026-01-05 10:02:07 ERROR read ECONNRESET 10.0.0.7:5432\n',
    });
    const answered = replies(
      await h.send(
        'MESSAGE_CREATE',
        messageCreate({ id: freshId(), text: 'after the deploy:', attachments: [log] }),
      ),
    );
    expect(answered[0]?.text).toContain('WSAECONNRESET');

    const big = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'huge.log',
      contentType: 'text/plain',
      content: `${'x'.repeat(CAP * 2)}\nread ETIMEDOUT\n`,
    });
    expect(
      replies(await h.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text: '', attachments: [big] }))),
    ).toEqual([]);
    expect(h.fake.cdn.downloads).not.toContain(big.id);
  });

  it('inflates a .log.gz that Discord typed by its inner extension, and reads a .json it gave no type', async () => {
    const gz = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'worker.log.2.gz',
      // What Discord does with a name like this (discord-api-docs#6785): the type of `worker.log`.
      contentType: 'text/x-log',
      content: gzipSync('2026-01-05 10:02:07 ERROR connect ECONNREFUSED 10.0.0.7:5432\n'),
    });
    const json = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'events.json',
      content: JSON.stringify({ level: 'error', msg: 'connect ENETUNREACH 10.0.0.9:443' }),
    });
    // Errors not yet answered in this channel, which a cooldown would keep quiet.
    for (const [file, expected] of [
      [gz, 'WSAECONNREFUSED'],
      [json, 'WSAENETUNREACH'],
    ] as const) {
      const answered = replies(
        await h.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text: '', attachments: [file] })),
      );
      expect(answered[0]?.text).toContain(expected);
    }
  });

  it('does not download a zip, nor answer a .log.gz whose text inflates past the cap', async () => {
    const zip = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'logs.zip',
      contentType: 'application/zip',
      content: 'PK\u0003\u0004',
    });
    const bomb = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'huge.log.gz',
      contentType: 'application/gzip',
      content: gzipSync(`${'x'.repeat(CAP * 4)}\nread ETIMEDOUT\n`),
    });
    expect(
      replies(
        await h.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text: '', attachments: [zip, bomb] })),
      ),
    ).toEqual([]);
    expect(h.fake.cdn.downloads).not.toContain(zip.id);
    expect(h.fake.cdn.downloads).toContain(bomb.id);
  });

  it('does not download an image', async () => {
    const png = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'graph.png',
      contentType: 'image/png',
      content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]),
    });
    expect(
      replies(
        await h.send(
          'MESSAGE_CREATE',
          messageCreate({ id: freshId(), text: 'see graph', attachments: [png] }),
        ),
      ),
    ).toEqual([]);
    expect(h.fake.cdn.downloads).not.toContain(png.id);
  });

  it('warns when it could not download an attachment it meant to read (the CDN answered 503), and counts it', async () => {
    const log = h.fake.cdn.add('1300000000000000001', {
      id: freshId(),
      filename: 'api.log',
      contentType: 'text/plain',
      content: TRACE,
      status: 503,
    });
    await h.send(
      'MESSAGE_CREATE',
      messageCreate({ id: freshId(), text: 'logs attached', attachments: [log] }),
    );
    const warned = h.logs
      .map((l) => JSON.parse(l) as { level?: string; attachment?: string; reason?: string })
      .filter((l) => l.level === 'warn' && l.attachment === log.id);
    expect(warned).toEqual([expect.objectContaining({ reason: 'http_503' })]);
    const metrics = await h.metrics.render();
    expect(metrics.body).toMatch(
      /sockerr_platform_api_failures_total\{[^}]*method="attachment.download"[^}]*\} 1/,
    );
  });

  it('says which attachments it did not read when asked about a message, rather than that it holds no error', async () => {
    const add = (filename: string, contentType: string, content: string | Uint8Array, status?: number) =>
      h.fake.cdn.add('1300000000000000001', {
        id: freshId(),
        filename,
        contentType,
        content,
        ...(status ? { status } : {}),
      });
    const big = add('api-full.log', 'text/plain', `${'x'.repeat(CAP * 2)}\nread ECONNRESET\n`);
    const png = add('screenshot.png', 'image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]));
    const down = add('api.log', 'text/plain', TRACE, 503);
    const event = messageCommand({
      id: freshId(),
      targetText: 'the db again, see the logs',
      targetAttachments: [big, png, down],
    });
    const answered = toContractReplies(await h.send('INTERACTION_CREATE', event));
    expect(answered).toEqual([expect.objectContaining({ ephemeral: true })]);
    const shown = answered[0]?.text ?? '';
    expect(shown).toContain('Not read');
    expect(shown).toMatch(/api-full\.log: larger than/);
    expect(shown).toMatch(/screenshot\.png: not a text file/);
    expect(shown).toMatch(/api\.log: could not be downloaded/);
  });

  it('reads the log a CI webhook attached when someone asks with "Explain socket errors", not unasked', async () => {
    const log = () =>
      h.fake.cdn.add('1300000000000000001', {
        id: freshId(),
        filename: 'build-4711.log',
        contentType: 'text/plain; charset=utf-8',
        content: `Step 7/9 : RUN dotnet restore\n${TRACE}\n`,
      });
    const unasked = messageCreate({
      id: freshId(),
      text: 'Build #4711 failed',
      author: 'webhook',
      attachments: [log()],
    });
    expect(await h.send('MESSAGE_CREATE', unasked)).toEqual([]);
    expect(h.fake.cdn.downloads).not.toContain((unasked.attachments as { id: string }[])[0]?.id);
    const asked = log();
    const event = messageCommand({
      id: freshId(),
      targetText: 'Build #4711 failed',
      targetAttachments: [asked],
      targetAuthor: 'webhook',
    });
    const answered = toContractReplies(await h.send('INTERACTION_CREATE', event));
    expect(answered).toEqual([expect.objectContaining({ ephemeral: true })]);
    expect(answered[0]?.text).toContain('WSAHOST_NOT_FOUND');
    expect(h.fake.cdn.downloads).toContain(asked.id);
  });
});
