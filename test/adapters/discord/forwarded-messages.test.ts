import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asForward, messageCommand, messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const TRACE = 'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed';

/**
 * A forward (Discord's "Forward" menu) has no content of its own: what the channel shows is the
 * snapshot of the original message, its text and its files.
 */
describe('Discord forwarded messages', () => {
  const h = createDiscordHarness({ makeCore: () => testCore({ cooldownMs: 0 }).core });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('answers a forwarded paste once, as a reply to the forward', async () => {
    const forward = asForward(messageCreate({ id: freshId(), text: '' }), { text: TRACE });
    const answered = toContractReplies(await h.send('MESSAGE_CREATE', forward));
    expect(answered).toHaveLength(1);
    expect(answered[0]?.threaded).toBe(true);
    expect(answered[0]?.text).toContain('WSAECONNRESET');
  });

  it('reads a forwarded message.txt', async () => {
    const file = h.fake.cdn.add('1300000000000000009', {
      id: freshId(),
      filename: 'message.txt',
      contentType: 'text/plain; charset=utf-8',
      content: `${'   at Worker.Poll()\n'.repeat(120)}${TRACE}\n`,
    });
    const forward = asForward(messageCreate({ id: freshId(), text: '' }), { text: '', attachments: [file] });
    const answered = toContractReplies(await h.send('MESSAGE_CREATE', forward));
    expect(answered.map((r) => r.text)).toEqual([expect.stringContaining('WSAECONNRESET')]);
    expect(h.fake.cdn.downloads).toContain(file.id);
  });

  it('stays silent for a forward of one of its own answers, sent as plain text where embeds are off', async () => {
    const answer = toContractReplies(
      await h.send(
        'MESSAGE_CREATE',
        messageCreate({ id: freshId(), text: TRACE, channelId: FAKE_IDS.noEmbedsChannel }),
      ),
    );
    expect(answer[0]?.text).toContain('WSAECONNRESET');
    const posted = h.fake.rest.requests.findLast((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    const body = posted?.body as { content: string; components: unknown[] };
    const forward = asForward(messageCreate({ id: freshId(), text: '' }), { text: body.content });
    const snapshot = (forward.message_snapshots as { message: Record<string, unknown> }[])[0];
    if (snapshot) snapshot.message.components = body.components;
    expect(await h.send('MESSAGE_CREATE', forward)).toEqual([]);
  });

  it('explains a forwarded message from the "Explain socket errors" menu, privately', async () => {
    const event = messageCommand({ id: freshId(), targetText: '', targetForwards: { text: TRACE } });
    const answered = toContractReplies(await h.send('INTERACTION_CREATE', event));
    expect(answered).toHaveLength(1);
    expect(answered[0]?.ephemeral).toBe(true);
    expect(answered[0]?.text).toContain('WSAECONNRESET');
  });
});
