import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/index.js';
import { createLookup } from '../../../src/core/lookup/create-lookup.js';
import { triagePaste } from '../../../src/core/reply/triage.js';
import { loadTranslations } from '../../../src/infra/data/index.js';
import { scanInPieces, testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

const { core } = testCore();
const triage = (text: string, locale: 'en' | 'zh-TW' = 'en') => core.scan(text, locale).reply;
const counts = (text: string) =>
  Object.fromEntries(core.scan(text, 'en').findings.map((f: Finding) => [f.id, f.count]));
const lines = (text: string) => (triage(text)?.sections[0]?.text ?? '').split('\n');

describe('the order of a triage', () => {
  it('lists refusal, DNS failure and bind error in the order the paste shows them, and claims no cause', () => {
    const paste = [
      '2024-05-02 10:01:00 ERROR connect ECONNREFUSED 10.0.0.7:5432',
      '2024-05-02 10:02:00 ERROR getaddrinfo ENOTFOUND db.internal',
      '2024-05-02 10:03:00 FATAL listen EADDRINUSE: address already in use :::3000',
    ].join('\n');
    const reply = triage(paste);
    expect(reply?.kind).toBe('triage');
    const numbered = lines(paste).filter((l) => /^\d\./.test(l));
    expect(numbered.map((l) => l.match(/\d{5} \w+/)?.[0])).toEqual([
      '10061 WSAECONNREFUSED',
      '11001 WSAHOST_NOT_FOUND',
      '10048 WSAEADDRINUSE',
    ]);
    expect(reply?.fallback).not.toMatch(/follows from|first\.|consequence|probably/i);
    expect(reply?.subtitle).toBe('In the order they first appear in the paste.');
  });

  it('shows the timestamp of each error beside it, with the date when they span days', () => {
    const sameDay = [
      '2024-05-02 10:01:00 connect ECONNREFUSED 10.0.0.7:5432',
      '2024-05-02 10:02:00 read ECONNRESET',
    ];
    expect(
      lines(sameDay.join('\n'))
        .filter((l) => /^\d\./.test(l))
        .map((l) => l.slice(0, 12)),
    ).toEqual(['1. 10:01:00 ', '2. 10:02:00 ']);
    const twoDays = [...sameDay.slice(0, 1), '2024-05-03 09:00:00 read ECONNRESET'].join('\n');
    expect(lines(twoDays)[0]).toMatch(/^1\. 2024-05-02 10:01:00 10061/);
    expect(lines('connect ECONNREFUSED 10.0.0.7:5432\nread ECONNRESET')[0]).toMatch(/^1\. 10061/);
  });
});

describe('causes', () => {
  it('links a failed look-up to later timeouts to the same host, naming the link', () => {
    const paste = [
      '10:02:07 WARN getaddrinfo ENOTFOUND db.internal',
      '10:02:08 ERROR io.netty.channel.ConnectTimeoutException: connection timed out: db.internal/10.0.0.7:5432',
    ].join('\n');
    expect(lines(paste)).toContain('    probably follows from 1: same host db.internal');
  });

  it('links a refusal to later resets on the same peer', () => {
    const paste = 'Error: connect ECONNREFUSED 10.0.0.5:6379\nError: read ECONNRESET 10.0.0.5:6379';
    expect(lines(paste)).toContain('    probably follows from 1: same peer 10.0.0.5:6379');
    const zh = triage(paste, 'zh-TW')?.fallback ?? '';
    expect(zh).toContain('可能接續第 1 項：同一遠端 10.0.0.5:6379');
  });

  it.each([
    [
      'the cause comes after the effect',
      'Error: read ECONNRESET 10.0.0.5:6379\nError: connect ECONNREFUSED 10.0.0.5:6379',
    ],
    ['the peers differ', 'Error: connect ECONNREFUSED 10.0.0.5:6379\nError: read ECONNRESET 10.0.0.9:443'],
    ['the paste names no peer', 'Error: connect ECONNREFUSED\nError: read ECONNRESET'],
    [
      'no known chain fits',
      'getaddrinfo ENOTFOUND db.internal\nlisten EADDRINUSE: address already in use db.internal:3000',
    ],
  ])('claims nothing when %s', (_, paste) => {
    expect(triage(paste)?.fallback).not.toMatch(/follows from/);
  });
});

describe('a paste with more errors than a triage lists', () => {
  const forms = [
    'connect ECONNREFUSED 10.0.0.1:5432',
    'read ECONNRESET',
    'getaddrinfo ENOTFOUND db.internal',
    'connect ETIMEDOUT 10.0.0.2:443',
    'listen EADDRINUSE: address already in use :::3000',
    'connect EHOSTUNREACH 10.0.0.3:22',
    'connect ENETUNREACH 10.0.0.4:80',
    'write EPIPE',
    'getaddrinfo EAI_AGAIN api.example.com',
    'connect EACCES 10.0.0.5:80',
    'WSAEHOSTDOWN 10064',
    'WSAENETDOWN 10050',
    'WSAEMSGSIZE 10040',
  ];
  const paste = forms.map((f, i) => `2024-05-02 10:${String(i).padStart(2, '0')}:00 ERROR ${f}`).join('\n');

  it('lists the first ten and names the rest, in the order they appear, in both languages', () => {
    const reply = triage(paste);
    expect(reply?.title).toBe('13 socket errors in this paste');
    const list = lines(paste);
    expect(list.filter((l) => /^\d+\./.test(l))).toHaveLength(10);
    expect(list.at(-1)).toBe(
      '…and 3 more (shortened to fit): 10064 WSAEHOSTDOWN, 10050 WSAENETDOWN, 10040 WSAEMSGSIZE.',
    );
    const zh = triage(paste, 'zh-TW')?.sections[0]?.text ?? '';
    expect(zh.split('\n').at(-1)).toMatch(
      /^……另有 3 個.*10064 WSAEHOSTDOWN.*10050 WSAENETDOWN.*10040 WSAEMSGSIZE/,
    );
  });
});

describe('counts of separate occurrences, in real pastes', () => {
  it.each([
    ['more-033', '10061', 'a chained Python traceback'],
    ['dev-035', '10061', 'a chained traceback from requests'],
    ['more-093', '10065', 'a Java exception with its nested causes'],
    ['more-084', '10048', "a Java failure's message, then its stack trace"],
    ['more-086', '11001', 'a logged UnknownHostException, then the wrapping exception with its stack'],
  ])('counts %s once (%s: %s)', (id, error) => {
    expect(counts(corpusPaste(id))[error]).toBe(1);
  });

  it('counts two programs that both failed twice', () => {
    expect(counts(`${corpusPaste('more-054')}\n${corpusPaste('more-055')}`)['10061']).toBe(2);
  });

  it('counts retries in a timestamped log separately', () => {
    expect(counts(corpusPaste('dev-038'))['10065']).toBe(2);
  });

  it('counts separate failures under a line that only mentions a date, which is no log timestamp', () => {
    const paste = [
      'Backup job started at 2024-01-02 10:00:00',
      'Error: connect ECONNREFUSED 10.0.0.1:5432',
      'Error: connect ECONNREFUSED 10.0.0.1:5432',
    ].join('\n');
    expect(counts(paste)).toEqual({ '10061': 2 });
    expect(lines(paste)[0]).not.toContain('10:00:00');
  });

  it('counts the same line pasted five times five times', () => {
    expect(counts('read ECONNRESET\n'.repeat(5))['10054']).toBe(5);
  });
});

describe('a Docker Compose log where one service stamps its lines', () => {
  const log = [
    'db_1   | 2024-01-02 10:00:00.000 UTC [1] LOG:  database system is ready to accept connections',
    'app_1  | Error: connect ECONNREFUSED 172.18.0.2:5432',
    'app_1  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
    'db_1   | 2024-01-02 10:00:01.000 UTC [1] LOG:  checkpoint starting',
    'app_1  | Error: connect ECONNREFUSED 172.18.0.2:5432',
    'app_1  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
    'db_1   | 2024-01-02 10:00:02.000 UTC [1] LOG:  checkpoint complete',
    'app_1  | Error: read ECONNRESET 172.18.0.2:5432',
  ].join('\n');

  it("counts the app's failures apart and gives them none of the db's timestamps", () => {
    expect(counts(log)).toEqual({ '10061': 2, '10054': 1 });
    const [refused, reset] = lines(log).filter((l) => /^\d+\./.test(l));
    expect(refused).toMatch(/^1\. 10061 WSAECONNREFUSED ×2/);
    expect(reset).toMatch(/^2\. 10054 WSAECONNRESET ×1/);
  });

  it("counts the app's consecutive failures apart too, with no db line between them", () => {
    const consecutive = log
      .split('\n')
      .filter((line) => !line.includes('checkpoint'))
      .join('\n');
    expect(counts(consecutive)).toEqual({ '10061': 2, '10054': 1 });
    for (const size of [7, 1000])
      expect(scanInPieces(core, consecutive, size)).toEqual(core.scan(consecutive, 'en'));
  });

  it('reads it piece by piece as it reads it whole', () => {
    const whole = core.scan(log, 'en');
    for (const size of [7, 64, 1000]) expect(scanInPieces(core, log, size)).toEqual(whole);
  });
});

describe('check first', () => {
  it("fills the first check with the paste's host and port", () => {
    const paste = 'getaddrinfo ENOTFOUND db.internal\nError: connect ECONNREFUSED 10.0.0.7:5432';
    const text = lines(paste).join('\n');
    expect(text).toContain('`getent hosts db.internal`');
    expect(text).toContain("`ss -ltnp 'sport = :5432'`");
  });

  it('shows placeholders where the paste names no host or port, never made-up values', () => {
    const text = lines('read ECONNRESET\nconnect ETIMEDOUT').join('\n');
    expect(text).toContain('<host>');
    expect(text).not.toMatch(/10\.0\.0\.\d|:8080|\b443\b|db\.internal/);
  });

  it("resolves the upstream nginx could not find, not its configuration file's name (c105-020)", () => {
    const text = lines(corpusPaste('c105-020')).join('\n');
    expect(text).toContain('`getent hosts my-harbor-core`');
    expect(text).not.toContain('nginx.conf');
  });

  it('routes to the address the paste names, not to a host name `ip route get` refuses (c10-064)', () => {
    const text = lines(corpusPaste('c10-064')).join('\n');
    expect(text).toContain('`ip route get 10.25.14.2`');
    expect(text).not.toMatch(/ip (?:route get|neigh show) win2008r2-01/);
  });

  it('fills no check with a word of the sentence around a failed look-up (c118-003: "host remoto")', () => {
    const reply = core.scan(corpusPaste('c118-003'), 'en').reply;
    expect(reply?.fallback).toContain('`getent hosts <host>`');
    expect(reply?.fallback).not.toMatch(/remoto|hosts no\b/);
  });

  it("takes no host or port from Apple's connection id `[C2.1:1]` (c10-015)", () => {
    const reply = core.scan(corpusPaste('c10-015'), 'en').reply;
    expect(reply?.fallback).not.toMatch(/C2\.1|sport = :1'/);
  });
});

describe('the rest of a triage', () => {
  it('mentions low-confidence findings only as "possibly also", unless nothing surer was found', () => {
    const deps = { catalog: core.catalog, t: loadTranslations(), lookup: createLookup(core.catalog) };
    const text = 'read ECONNRESET\nconnect ETIMEDOUT\nwrite EPIPE';
    const finding = (id: string, index: number, confidence: Finding['confidence']): Finding => ({
      id,
      match: id,
      index,
      form: 'symbol',
      confidence,
      count: 1,
    });
    const findings = [finding('10054', 5, 'high'), finding('10060', 24, 'high'), finding('EPIPE', 40, 'low')];
    const reply = triagePaste(deps, { text, findings }, 'en');
    expect(reply?.footer).toMatch(/Possibly also: EPIPE$/);
    expect(reply?.fallback).not.toMatch(/^\d\. EPIPE/m);
    expect(triagePaste(deps, { text, findings: [finding('EPIPE', 40, 'low')] }, 'en')?.title).toBe(
      'EPIPE · Broken pipe',
    );
  });

  it('cuts a very long list with a note', () => {
    const many = core.catalog.entries
      .filter((e) => e.code !== null && e.code > 10000 && e.code < 11000)
      .slice(0, 14)
      .map((e) => `SocketException (${e.code})`)
      .join('\n');
    expect(triage(many)?.fallback).toMatch(/…and \d+ more/);
  });

  it('says how many times the paste shows its one error, and nothing for a one-off', () => {
    const loop = Array.from({ length: 5 }, (_, i) => `2026-12-07 10:00:0${i} ERROR read ECONNRESET`).join(
      '\n',
    );
    expect(triage(loop)?.footer).toBe('Seen 5 times in this paste.');
    expect(triage(loop, 'zh-TW')?.footer).toBe('這段內容中這個錯誤出現了 5 次。');
    expect(triage('2026-12-07 10:00:00 ERROR read ECONNRESET')?.footer ?? '').not.toMatch(/Seen \d+ times/);
  });
});
