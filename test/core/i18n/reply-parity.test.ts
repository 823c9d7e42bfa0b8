import { describe, expect, it } from 'vitest';
import type { ChannelRef, Reply } from '../../../src/core/index.js';
import { testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

/**
 * Real pastes of varied shapes (dev rows): several errors, macOS, UDP, a server's bind, Windows
 * messages in Chinese and Russian, Node's EPIPE, a long log. Each is answered in both languages.
 */
const PASTES = [
  'c43-035',
  'c227-013',
  'c226-067',
  'c78-057',
  'c142-006',
  'c36-087',
  'c9-009',
  'c223-040',
  'c47-057',
  'c18-128',
  'c12-008',
  'c19-034',
  'c175-018',
  'dev-001',
  'c9-120',
  'c22-068',
  'c11-069',
  'c18-181',
  'c223-011',
  'c226-051',
];

/** What a reply shows, without its words: its kind, sections, how many items and fields, its buttons. */
const shape = (reply: Reply) => ({
  kind: reply.kind,
  subtitle: reply.subtitle !== undefined,
  footer: reply.footer !== undefined,
  sections: reply.sections.map((s) => [!!s.heading, !!s.text, s.items?.length ?? 0, s.fields?.length ?? 0]),
  actions: reply.actions.map((a) => a.id),
});

/** The commands it gives (code with a space: `nc -vz db 5432`), with the paste's host and port filled in. */
const commands = (reply: Reply): string[] =>
  reply.sections
    .flatMap((s) => [s.text ?? '', ...(s.items ?? []), ...(s.fields ?? []).map((f) => f.value)])
    .flatMap((text) => text.match(/`[^`\n]+`/g) ?? [])
    .filter((code) => code.includes(' '));
/** The headings that name an error (`10054 WSAECONNRESET`, `EPIPE`), not a section (`Likely causes`). */
const labels = (reply: Reply) =>
  reply.sections.map((s) => (s.heading && /^[\dA-Z][\dA-Z_ ]*$/.test(s.heading) ? s.heading : null));

describe('a reply in Traditional Chinese and the same reply in English', () => {
  it.each(['slack', 'discord', 'shell'] as const)(
    'show the same errors, sections, checks and commands for 20 real pastes (%s)',
    async (platform) => {
      const { core } = testCore();
      const channel: ChannelRef = { platform, workspaceId: 'T1', channelId: 'C1' };
      for (const id of PASTES) {
        const text = corpusPaste(id);
        const ask = (locale: 'en' | 'zh-TW') => {
          const user = { id: 'U1', canManage: true, locale };
          return Promise.all([
            core.command({ text, channel, user }),
            core.explainMessage({ text, channel, user }),
          ]);
        };
        const [en, zh] = await Promise.all([ask('en'), ask('zh-TW')]);
        for (const [i, reply] of zh.entries()) {
          const english = en[i] as Reply;
          expect(reply.locale, id).toBe('zh-TW');
          expect(shape(reply), id).toEqual(shape(english));
          // Labels (`10054 WSAECONNRESET`) read the same in both, and every command to run is there.
          expect(labels(reply), id).toEqual(labels(english));
          expect(
            commands(english).filter((c) => !commands(reply).includes(c)),
            id,
          ).toEqual([]);
        }
      }
    },
  );
});
