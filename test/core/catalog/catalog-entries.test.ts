import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/catalog/types.js';
import { loadCatalog } from '../../../src/infra/data/index.js';

const catalog = loadCatalog();

describe('the catalog', () => {
  it('pins the reviewed categories, groups and retry advice', () => {
    const judged = (id: string) => {
      const e = catalog.byId.get(id);
      return e && [e.category, e.group, e.retryable];
    };
    // 10053: the local stack aborted the connection (its own summary says so), not a remote failure.
    expect(judged('10053')).toEqual(['reset', 'local', 'maybe']);
    // 10052: a keep-alive failure on the path.
    expect(judged('10052')).toEqual(['reset', 'network', 'maybe']);
    // 10060: a dropped SYN or a dead address does not go away on a retry.
    expect(judged('10060')).toEqual(['timeout', 'network', 'maybe']);
    expect(judged('10054')).toEqual(['reset', 'remote', 'maybe']);
    expect(judged('10061')).toEqual(['refused', 'remote', 'maybe']);
    expect(judged('11001')).toEqual(['dns', 'network', 'no']);
    // 10057: in most pastes the peer had gone or was down (c100-026, c44-086, c10-025), not a
    // programming slip; a new connection may work, the old socket never does (catalog-judgments.test.ts).
    expect(judged('10057')).toEqual(['reset', 'remote', 'maybe']);
    // 10036: in its pastes a connect that never completed (a dropped SYN, a NAS denying the range),
    // reported by the library's own timeout: a timeout on the path, as 10060 (catalog-judgments.test.ts).
    expect(judged('10036')).toEqual(['timeout', 'network', 'maybe']);
    // 11002: a temporary resolver failure often is not: the pastes show pip, npm and cargo retrying into
    // the same failure (c16-128, c3-081, c18-035), so a retry may help, not will (catalog-judgments.test.ts).
    expect(judged('11002')).toEqual(['dns', 'network', 'maybe']);
  });

  it("says what EINPROGRESS means where on-call engineers see it: a connect() given up on, not only Winsock 1.1's blocking call", () => {
    // c66-050, c131-001, c152-035, c95-017: `[Errno 115] Operation now in progress` from a connect a
    // library stopped waiting for, on Linux; the text spoke only of a blocking Winsock 1.1 call.
    const entry = catalog.byId.get('10036');
    for (const locale of LOCALES) {
      const text = entry?.[locale];
      expect(text?.summary, locale).toMatch(/Linux/);
      expect(text?.summary, locale).toContain('`connect()`');
      expect(text?.summary, locale).toContain('Winsock 1.1');
      expect(text?.checks[0], locale).toContain('nc -vz -w 5 {host} {port}');
    }
  });

  it('computes every HRESULT as HRESULT_FROM_WIN32', () => {
    for (const entry of catalog.entries.filter((e) => e.code !== null)) {
      expect(entry.hresult).toBe(
        `0x${((0x80070000 | (entry.code as number)) >>> 0).toString(16).toUpperCase()}`,
      );
    }
  });

  it('has unique ids and symbols', () => {
    const symbols = catalog.entries.flatMap((e) => [
      ...new Set([e.name, ...e.aliases].map((s) => s.toUpperCase())),
    ]);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(new Set(catalog.entries.map((e) => e.id)).size).toBe(catalog.entries.length);
  });

  it('explains every entry in every locale, with the same shape', () => {
    for (const entry of catalog.entries) {
      for (const locale of LOCALES) {
        expect(entry[locale].summary.length, `${entry.id} ${locale}`).toBeGreaterThan(10);
        expect(entry[locale].causes.length).toBeGreaterThan(0);
        expect(entry[locale].checks.length).toBeGreaterThan(0);
      }
      expect(entry['zh-TW'].causes.length, entry.id).toBe(entry.en.causes.length);
      expect(entry['zh-TW'].checks.length, entry.id).toBe(entry.en.checks.length);
      // The checks for a situation (UDP, a connection that was up, macOS): the same ones in each locale.
      const when = (locale: (typeof LOCALES)[number]) =>
        Object.entries(entry[locale].checksWhen ?? {}).map(([situation, list]) => [situation, list.length]);
      expect(when('zh-TW'), entry.id).toEqual(when('en'));
      // The summary and causes for a situation (a UDP refusal, a timeout on a connection that was up), likewise.
      for (const field of ['summaryWhen', 'causesWhen'] as const) {
        const situations = (locale: (typeof LOCALES)[number]) =>
          Object.keys(entry[locale][field] ?? {}).sort();
        expect(situations('zh-TW'), `${entry.id} ${field}`).toEqual(situations('en'));
      }
      const causes = (locale: (typeof LOCALES)[number]) =>
        Object.entries(entry[locale].causesWhen ?? {}).map(([situation, list]) => [situation, list.length]);
      expect(causes('zh-TW'), entry.id).toEqual(causes('en'));
      expect(entry['zh-TW'].summary).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writes no character that chat platforms treat as markup in explanations', () => {
    for (const entry of catalog.entries) {
      for (const locale of LOCALES) {
        const t = entry[locale];
        const when = [
          ...Object.values(t.checksWhen ?? {}).flat(),
          ...Object.values(t.summaryWhen ?? {}),
          ...Object.values(t.causesWhen ?? {}).flat(),
        ];
        const all = [t.summary, ...t.causes, ...t.checks, ...when].join(' ');
        expect(all, `${entry.id} ${locale}`).not.toMatch(/[<>&@]/);
      }
    }
  });

  it('is frozen', () => {
    const entry = catalog.byId.get('10054');
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry?.en.causes)).toBe(true);
  });
});

describe("the catalog's checks for a situation", () => {
  // That each locale names the same commands: catalog-locales.test.ts.
  it('gives macOS no command macOS lacks, and UDP none that tests TCP', () => {
    for (const entry of catalog.entries) {
      for (const locale of LOCALES) {
        const when = entry[locale].checksWhen ?? {};
        // `getent` stays only in a list of each OS's commands that names macOS's own.
        for (const check of when.macos ?? []) {
          if (/getent/.test(check)) expect(check, entry.id).toMatch(/dscacheutil|grep -w/);
        }
        expect((when.udp ?? []).join('\n'), entry.id).not.toMatch(
          /-iTCP|ss -ltnp|Get-NetTCPConnection|nc -vz |Test-NetConnection/,
        );
      }
    }
  });
});
