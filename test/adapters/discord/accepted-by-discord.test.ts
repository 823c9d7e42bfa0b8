import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCommand, messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS, type RecordedRequest } from '../../fakes/discord/fake-discord.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const SYMBOLS = [
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRINUSE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ECONNABORTED',
  'WSAEACCES',
  'WSAEMFILE',
  'WSAENOBUFS',
  'WSAEAFNOSUPPORT',
  'WSAESHUTDOWN',
  'WSAENAMETOOLONG',
  'WSAEHOSTDOWN',
  'WSASYSNOTREADY',
  'WSANOTINITIALISED',
  'WSAEDISCON',
];
const host = (i: number) => `db-${'replica-'.repeat(8)}${i}.eu-west-1.internal.example.com`;
/** What people paste on a bad night: many distinct errors, long hosts, markdown, mentions, fences. */
const PASTES = {
  'many distinct errors': SYMBOLS.map(
    (s, i) => `2026-01-05T10:02:${String(i).padStart(2, '0')}Z ERROR ${s} connecting to ${host(i)}:5432`,
  ).join('\n'),
  'zh-TW': Array.from(
    { length: 60 },
    (_, i) =>
      `連線錯誤 ${i}：[WinError 10054] 遠端主機已強制關閉一個現存的連線。主機 伺服器-${'測'.repeat(30)}-${i}`,
  ).join('\n'),
  'markdown and mentions': Array.from(
    { length: 40 },
    (_, i) =>
      `@everyone <@&${FAKE_IDS.botRole}> <#${FAKE_IDS.channel}> **${SYMBOLS[i % SYMBOLS.length]}** ` +
      '```js\nconst s = `x`; // ` ``\n``` ||spoiler|| __u__ ~~s~~ # head\n> quote [x](https://e.x/_y_)',
  ).join('\n'),
};

/** Whether Discord took every message the adapter sent (the fake answers 50035 like Discord). */
const refusedBodies = (requests: RecordedRequest[]) => requests.filter((r) => r.status === 400);

/**
 * Replies built from the worst pastes, sent through the real adapter to a fake Discord that refuses
 * what Discord refuses (content over 2,000, embeds over their limits or 6,000 in all, buttons),
 * with embeds and as plain text, as auto-replies and from the message command.
 */
describe('Discord takes every reply sockerr builds', () => {
  const h = createDiscordHarness({ makeCore: () => testCore({ cooldownMs: 0 }).core });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('refuses, as Discord does, a message over 2,000 characters (so the cases below can fail)', async () => {
    const response = await fetch(`${h.fake.apiUrl}/v10/channels/${FAKE_IDS.channel}/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${h.fake.world.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'x'.repeat(2001) }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: number }).code).toBe(50035);
  });

  for (const [name, text] of Object.entries(PASTES)) {
    for (const channelId of [FAKE_IDS.channel, FAKE_IDS.noEmbedsChannel]) {
      const where = channelId === FAKE_IDS.channel ? 'as an embed' : 'as plain text';
      it(`answers a paste with ${name} ${where}`, async () => {
        const requests = await h.send('MESSAGE_CREATE', messageCreate({ id: freshId(), text, channelId }));
        expect(refusedBodies(requests)).toEqual([]);
        expect(toContractReplies(requests)).toHaveLength(1);
      });
    }
    it(`explains a paste with ${name} from the message command`, async () => {
      const requests = await h.send(
        'INTERACTION_CREATE',
        messageCommand({ id: freshId(), targetText: text }),
      );
      expect(refusedBodies(requests)).toEqual([]);
      expect(toContractReplies(requests)).toHaveLength(1);
    });
  }
});
