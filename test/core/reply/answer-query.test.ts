import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/index.js';
import type { ChannelRef, UserRef } from '../../../src/core/types.js';
import { testCore } from '../../helpers/core.js';
import { ROOT } from '../../helpers/paths.js';

const { core } = testCore();
const channel: ChannelRef = { platform: 'discord', workspaceId: 'G1', channelId: 'D1' };
const user: UserRef = { id: 'U1', canManage: true };
const ask = (text: string) => core.command({ text, channel, user });

/** Every `/sockerr …` a reply offers, without the settings commands of the help page. */
function commandsIn(reply: Reply): string[] {
  const found = [...reply.fallback.matchAll(/\/sockerr ([^`\n·]+?)\s*(?=`|·|\n|$)/g)].map(
    (m) => m[1] as string,
  );
  return found.filter((c) => !/^(auto|lang|status|top)\b/.test(c));
}

/** A query that opens an entry's own page: its id, its name or its POSIX constant. */
const pageOf = (id: string): string => {
  const entry = core.catalog.byId.get(id);
  const tries = [id, entry?.name, `errno.${entry?.posix?.name}`].filter((q): q is string => !!q);
  return tries.find((q) => core.lookup(q, 'en').matches.length === 1) ?? id;
};

describe('a query that is a log line', () => {
  it.each([
    ['Socket Error # 10053', '10053 WSAECONNABORTED'],
    ['Error: connect ECONNREFUSED 127.0.0.1:5432', '10061 WSAECONNREFUSED'],
    [
      'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.',
      '10054 WSAECONNRESET',
    ],
    ['java.net.UnknownHostException: db.internal', '11001 WSAHOST_NOT_FOUND'],
  ])('explains %s', async (query, label) => {
    const reply = await ask(query);
    expect(reply.kind).toBe('explanation');
    expect(reply.title.startsWith(label)).toBe(true);
    const answer = core.lookup(query, 'en');
    expect(answer.found).toBe(true);
    expect(answer.matches.map((m) => `${m.entry.code} ${m.entry.name}`)).toEqual([label]);
  });

  it('fills the checks with the host and port of the line, and placeholders otherwise', () => {
    const line = core.lookup('Error: connect ECONNREFUSED 127.0.0.1:5432', 'en').reply.fallback;
    expect(line).toContain("`ss -ltnp 'sport = :5432'`");
    expect(line).toContain('`nc -vz 127.0.0.1 5432`');
    const plain = core.lookup('10061', 'en').reply.fallback;
    expect(plain).toContain("`ss -ltnp 'sport = :<port>'`");
    // No example host or port stands in for a placeholder; kubectl's own default (`localhost:8080`, named
    // among the causes as where its refusals come from) is a fact, not an example.
    expect(plain.replace(/\(`kubectl` [^)]*`localhost:8080`\)/, '')).not.toMatch(
      /:8080|10\.0\.0\.5|\b1234\b/,
    );
  });

  it('triages a line with several errors', async () => {
    const reply = await ask('connect ECONNREFUSED 10.0.0.5:5432 then getaddrinfo ENOTFOUND db.internal');
    expect(reply.kind).toBe('triage');
    expect(reply.fallback.indexOf('10061')).toBeLessThan(reply.fallback.indexOf('11001'));
  });

  it('looks up every translated message the detector knows like its English original', () => {
    const table = JSON.parse(readFileSync(join(ROOT, 'data/detection/localized-messages.json'), 'utf8')) as {
      messages: { id: string; text: string }[];
    };
    expect(table.messages.length).toBeGreaterThan(3);
    for (const { id, text } of table.messages) {
      const answer = core.lookup(text, 'en');
      expect(
        answer.matches.map((m) => m.entry.id),
        text,
      ).toEqual([id]);
      expect(answer.reply.kind).toBe('explanation');
    }
  });

  it('says a paste with no socket error has none', () => {
    const answer = core.lookup(`build 10054 passed\n${'all good '.repeat(40)}`, 'en');
    expect(answer.found).toBe(false);
    expect(answer.reply.title).toBe('No socket errors found');
  });
});

describe('numbers that are not errors', () => {
  it.each(['0', '00'])('answers %s with "success, not an error" and finds nothing', (query) => {
    const answer = core.lookup(query, 'en');
    expect(answer.found).toBe(false);
    expect(answer.reply.title).toBe(`${query} means success, not an error`);
    expect(answer.reply.fallback).not.toMatch(/1004\d/);
  });
});

describe('symbols with several readings', () => {
  it.each(['EPIPE', 'EAGAIN', 'ECANCELED', 'ENOENT', '11', '35'])(
    'offers %s as a short choice whose lines each open their error',
    async (query) => {
      const choice = await ask(query);
      expect(choice.kind).toBe('candidates');
      const items = choice.sections.flatMap((s) => s.items ?? []);
      const commands = commandsIn(choice);
      expect(commands).toHaveLength(items.length);
      for (const [i, command] of commands.entries()) {
        expect(command).not.toBe(query);
        const page = await ask(command);
        expect(page.kind, command).toBe('explanation');
        expect(items[i]).toContain(page.title.split(' · ')[0] as string);
      }
    },
  );

  it("opens EPIPE's own explanation from a triage's details", async () => {
    const triage = await ask(
      [
        'send() failed (32: Broken pipe) while sending to client',
        'recv() failed (104: Connection reset by peer) while reading response header from upstream',
      ].join('\n'),
    );
    expect(triage.footer).toContain('/sockerr errno.EPIPE');
    expect((await ask('errno.EPIPE')).title).toBe('EPIPE · Broken pipe');
  });
});

describe('links', () => {
  it('never lead back to the page they are on, in any reply kind', async () => {
    const pages: Reply[] = [];
    for (const entry of core.catalog.entries) pages.push(await ask(pageOf(entry.id)));
    for (const query of [
      '',
      'EPIPE',
      'EAGAIN',
      'ECANCELED',
      '104',
      '54',
      'connection reset',
      'zzqx connecton',
      '0',
    ]) {
      pages.push(await ask(query));
    }
    pages.push(
      await ask('getaddrinfo ENOTFOUND db\nconnect ETIMEDOUT 10.0.0.1:443\nsend() failed (32: Broken pipe)'),
    );
    expect(new Set(pages.map((p) => p.kind)).size).toBeGreaterThanOrEqual(5);
    let followed = 0;
    for (const page of pages) {
      for (const command of commandsIn(page)) {
        const target = await ask(command);
        expect(target.fallback, `${page.title} → /sockerr ${command}`).not.toBe(page.fallback);
        followed++;
      }
    }
    expect(followed).toBeGreaterThan(15);
  });

  it("end every explanation with the platform's own documentation", async () => {
    for (const entry of core.catalog.entries) {
      const page = await ask(pageOf(entry.id));
      expect(page.kind, entry.id).toBe('explanation');
      const last = page.sections.at(-1);
      expect(last?.heading, entry.id).toBe('Learn more');
      const url = last?.text ?? '';
      if (entry.code === null) {
        expect(url).toMatch(/^https:\/\/man7\.org\/linux\/man-pages\/man3\/(errno|getaddrinfo)\.3\.html$/);
      } else if (entry.code >= 11032) {
        expect(url).toContain('/windows/win32/debug/system-error-codes--9000-11999-');
      } else {
        expect(url).toBe(
          `https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2#${entry.name.toLowerCase()}`,
        );
      }
    }
    expect(core.lookup('10054', 'zh-TW').reply.fallback).toContain(
      'https://learn.microsoft.com/zh-tw/windows/win32/winsock/',
    );
  });
});
