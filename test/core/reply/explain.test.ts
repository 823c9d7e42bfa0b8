import { describe, expect, it } from 'vitest';
import { type ExplainOptions, explainEntry } from '../../../src/core/reply/explain.js';
import { windowsTextsFrom } from '../../../src/core/reply/windows-texts.js';
import { loadTranslations } from '../../../src/infra/data/index.js';
import { realCatalog, realData } from '../../helpers/core.js';

const catalog = realCatalog();
const t = loadTranslations();
const explain = (id: string, locale: 'en' | 'zh-TW' = 'en') => {
  const entry = catalog.byId.get(id);
  if (!entry) throw new Error(id);
  return explainEntry(entry, locale, t);
};
const alsoSeenAs = (id: string) =>
  explain(id).sections.find((s) => s.heading === 'Also seen as')?.items ?? [];

describe('"Also seen as"', () => {
  it.each(['11001', '11002', '11003', '11004'])('says Java throws UnknownHostException for %s', (id) => {
    const lines = alsoSeenAs(id);
    expect(lines).toContain('Java `java.net.UnknownHostException` (its message is the host name)');
    expect(lines.join('\n')).not.toMatch(/SocketException: Host not found|Nonauthoritative host not found`/);
    expect(lines).toContain('Python `socket.gaierror`');
  });

  it("gives the numbers of an error that has no Winsock code, though its name is the entry's own", () => {
    // `[Errno 32] Broken pipe` on Linux: the reply had named no number for EPIPE on any system.
    expect(alsoSeenAs('EPIPE')).toContain('EPIPE (Linux 32, macOS 32, FreeBSD 32)');
    expect(alsoSeenAs('ECANCELED')).toContain('ECANCELED (Linux 125, macOS 89, FreeBSD 85)');
    expect(alsoSeenAs('EAI_ADDRFAMILY')).toContain(
      'getaddrinfo EAI_ADDRFAMILY (glibc -9, macOS 1, FreeBSD –): "Address family for hostname not supported"',
    );
    expect(alsoSeenAs('10054')).toContain('ECONNRESET (Linux 104, macOS 54, FreeBSD 54)');
  });

  it('labels libuv getaddrinfo numbers as the same on every OS, and Windows-only numbers as Windows', () => {
    expect(alsoSeenAs('11001')).toEqual(
      expect.arrayContaining([
        'Node `ENOTFOUND` from a DNS look-up (errno -3008 on every OS)',
        'Node `ENOENT` outside DNS look-ups (errno -4058 on Windows)',
      ]),
    );
    expect(alsoSeenAs('11004')).toEqual(
      expect.arrayContaining([
        'Node `ENOTFOUND` from a DNS look-up (errno -3007 on every OS)',
        'Node `ENOENT` from a DNS look-up on Windows (errno -4058)',
      ]),
    );
    expect(alsoSeenAs('EAI_ADDRFAMILY').join('\n')).not.toContain('-3000 on Windows');
    expect(alsoSeenAs('10054')).toContain(
      'Node `ECONNRESET` (errno -4077 on Windows, -104 on Linux, -54 on macOS and FreeBSD)',
    );
  });

  it('starts the summary right after the reading, with a space after an English full stop only', () => {
    const entry = catalog.byId.get('10061');
    if (!entry) throw new Error('10061');
    const readings = [{ kind: 'found' as const, match: 'ECONNREFUSED' }];
    const [en] = explainEntry(entry, 'en', t, { readings }).sections;
    expect(en?.text).toMatch(/^Read as “ECONNREFUSED” in your text\. The target host/);
    const [zh] = explainEntry(entry, 'zh-TW', t, { readings }).sections;
    expect(zh?.text).toMatch(/^解讀方式：你文字中的「ECONNREFUSED」。目標主機/);
  });

  it('does not claim the remote side failed for a local abort', () => {
    expect(explain('10053').subtitle).toBe('reset · retry: maybe · this machine');
    expect(explain('10054').subtitle).toBe('reset · retry: maybe · remote side');
    expect(explain('10053', 'zh-TW').subtitle).toBe('連線中斷 · 重試不一定有幫助 · 本機');
  });
});

describe('check first', () => {
  it('never shows a sample value that could pass for one from the paste', () => {
    const sample =
      /\b(?:10|192\.168|203\.0\.113)\.\d+\.\d+(?:\.\d+)?\b|:8080\b|\b1234\b|\bexample\.com\b|\bmyservice\b|\bPID\b(?! eq)/;
    for (const entry of catalog.entries) {
      for (const locale of ['en', 'zh-TW'] as const) {
        for (const code of entry[locale].checks.join('\n').match(/`[^`]+`/g) ?? []) {
          expect(code, `${entry.id} ${locale}`).not.toMatch(sample);
        }
      }
    }
  });

  it('gives a command that takes only an address the {address} slot, never {host}', () => {
    const addressOnly = /ip (?:route get|neigh show)|Find-NetRoute|dig -x/;
    for (const entry of catalog.entries) {
      for (const locale of ['en', 'zh-TW'] as const) {
        for (const code of entry[locale].checks.join('\n').match(/`[^`]+`/g) ?? []) {
          if (addressOnly.test(code)) expect(code, `${entry.id} ${locale}`).not.toContain('{host}');
        }
      }
    }
  });

  it('fills the slots with what the paste shows, and shows the others as placeholders', () => {
    const entry = catalog.byId.get('10061');
    if (!entry) throw new Error('10061');
    const plain = explainEntry(entry, 'en', t).fallback;
    expect(plain).toContain("`ss -ltnp 'sport = :<port>'`");
    expect(plain).toContain('`kubectl get endpoints <service>`');
    const filled = explainEntry(entry, 'en', t, { context: { host: 'db.internal', port: '5432' } }).fallback;
    expect(filled).toContain("`ss -ltnp 'sport = :5432'`");
    expect(filled).toContain('`nc -vz db.internal 5432`');
    expect(filled).not.toMatch(/<host>|<port>/);
  });

  it('puts only an address where a command takes no name (`ip route get`, `Find-NetRoute`)', () => {
    // `ip route get db.internal` fails: "any valid prefix is expected rather than "db.internal"".
    const entry = catalog.byId.get('10065');
    if (!entry) throw new Error('10065');
    for (const locale of ['en', 'zh-TW'] as const) {
      const named = explainEntry(entry, locale, t, { context: { host: 'db.internal' } }).fallback;
      expect(named).toContain('`ip route get <address>`');
      expect(named).toContain('`Find-NetRoute -RemoteIPAddress <address>`');
      expect(named).toContain('`traceroute -n db.internal`');
      const both = { host: 'db.internal', address: '10.0.0.7' };
      const filled = explainEntry(entry, locale, t, { context: both }).fallback;
      expect(filled).toContain('`ip route get 10.0.0.7`');
      expect(filled).toContain('`ip neigh show 10.0.0.7`');
    }
  });
});

describe('a brief explanation', () => {
  const entry = (id: string) => {
    const found = catalog.byId.get(id);
    if (!found) throw new Error(id);
    return found;
  };
  const items = (reply: ReturnType<typeof explainEntry>, heading: string) =>
    reply.sections.find((s) => s.heading === heading)?.items ?? [];

  it('keeps the summary, the names and the first causes and checks, with More for the rest', () => {
    const full = explainEntry(entry('10061'), 'en', t);
    const brief = explainEntry(entry('10061'), 'en', t, { brief: true, shareable: true });
    expect(brief.sections[0]).toEqual(full.sections[0]);
    expect(items(brief, 'Also seen as')).toEqual(items(full, 'Also seen as'));
    expect(items(brief, 'Likely causes')).toEqual(items(full, 'Likely causes').slice(0, 2));
    expect(items(brief, 'Check first')).toEqual(items(full, 'Check first').slice(0, 2));
    expect(items(full, 'Likely causes').length).toBeGreaterThan(2);
    expect(brief.actions).toEqual([
      { id: 'share', label: 'Share in channel', value: 'en:10061' },
      { id: 'more', label: 'All causes and checks', value: 'en:10061' },
    ]);
    expect(brief.fallback.length).toBeLessThan(full.fallback.length);
  });

  it('offers More only when something was left out, in the reply’s own language', () => {
    const short = catalog.entries.find(
      (e) => e.en.causes.length <= 2 && e.en.checks.length <= 2 && !e.en.calls?.length,
    );
    expect(short).toBeDefined();
    if (short) expect(explainEntry(short, 'en', t, { brief: true }).actions).toEqual([]);
    const zh = explainEntry(entry('10054'), 'zh-TW', t, { brief: true });
    expect(zh.actions).toEqual([{ id: 'more', label: '全部可能原因與檢查', value: 'zh-TW:10054' }]);
  });

  it('says a shortened explanation lost its end, without asking for one error at a time (it is one)', () => {
    const en = explain('10054').shortenedNote ?? '';
    const zh = explain('10054', 'zh-TW').shortenedNote ?? '';
    expect(en).toMatch(/^✂ Shortened/);
    expect(en).not.toMatch(/one error at a time/);
    expect(zh).toMatch(/^✂ /);
    expect(zh).not.toMatch(/逐一查詢/);
  });
});

describe('"Windows message"', () => {
  const windowsTexts = windowsTextsFrom(realData().rules.localized);
  const message = (id: string, locale: 'en' | 'zh-TW', options: ExplainOptions = { windowsTexts }) => {
    const entry = catalog.byId.get(id);
    if (!entry) throw new Error(id);
    const heading = t(locale, 'explain.windowsMessage');
    return explainEntry(entry, locale, t, options).sections.find((s) => s.heading === heading)?.text;
  };

  it('shows in zh-TW the text a Traditional Chinese Windows prints, labelled, after the English one', () => {
    expect(message('10061', 'zh-TW')).toBe(
      '“No connection could be made because the target machine actively refused it.”\n' +
        '繁體中文版 Windows 顯示為：「無法連線，因為目標電腦拒絕連線。」',
    );
  });

  it('shows the English text alone where no zh-TW text was seen in real output', () => {
    expect(message('10050', 'zh-TW')).toBe('“A socket operation encountered a dead network.”');
    expect(message('11001', 'zh-TW')).toBe('“No such host is known.”');
  });

  it('leaves the English explanation as it was', () => {
    for (const id of ['10061', '10054', '10050']) {
      expect(message(id, 'en')).toBe(message(id, 'en', { windowsTexts: undefined }));
      expect(message(id, 'en')).toBe(`“${catalog.byId.get(id)?.systemMessage}”`);
    }
  });
});
