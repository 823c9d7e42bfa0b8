import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/catalog/types.js';
import { realEntry, testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

/**
 * The catalog's judgments (category, where to look first, whether a retry helps, the first causes and
 * checks) held to what real pastes of each error show, row by row of the labelled corpus.
 */
const { core } = testCore();
const entry = realEntry;
/** The one-line verdict the reply gives a paste: `dns · retry: maybe · network path`. */
const subtitle = (paste: string) => core.scan(paste, 'en').reply?.subtitle ?? '';

describe('EAI_AGAIN (11002)', () => {
  it('says a retry may help, not that it will: the pastes show tools retrying into the same failure', () => {
    // c16-128 (cargo: 2, then 1 tries remaining, then the error), c3-081 (pip's Retry(total=4)),
    // c18-035 (npm's `retry will retry`), c158-011 (Nx retrying every 10 s), c177-009 (uv: failed
    // after 3 retries): a resolver that is down or a container with no DNS does not pass at once.
    expect(entry('11002').retryable).toBe('maybe');
    expect(subtitle(corpusPaste('c16-128'))).toMatch(/retry: maybe/);
  });

  it('puts containers second among the causes, and no longer tells a bad name from an outage by persistence', () => {
    // 79 of its 226 dev rows are Docker, Compose, Alpine or Kubernetes pastes (c13-060, c113-018,
    // c16-120: a Compose service name), and c39-072 (`http` as the host), c21-054 (`lookup https`)
    // and c53-006 (a mistyped region) are bad names that persist however long one waits.
    for (const locale of LOCALES) {
      const text = entry('11002')[locale];
      expect(text.causes[1], locale).toContain('127.0.0.11');
      expect(text.causes[1], locale).toContain('Compose');
      expect(text.causes.join('\n'), locale).toContain('`lookup https`');
      expect(text.checks.at(-1), locale).not.toMatch(/not a bad name|而不是名稱有問題/);
    }
  });
});

/** The triage line of an error in a paste's reply: `2. 04:39:58 10057 WSAENOTCONN ×1 · reset · …`. */
const triageLine = (paste: string, id: string, locale: 'en' | 'zh-TW' = 'en') =>
  (core.scan(paste, locale).reply?.fallback ?? '').split('\n').find((l) => l.includes(` ${id} `)) ?? '';

describe('ENOTCONN (10057)', () => {
  it('is a connection the other side or the system tore down, not a programming error', () => {
    // Of its 70 dev rows about 50 are a peer already gone (c40-011, c14-069, c4-032: getpeername()
    // after the client left), a peer down (c44-086, c100-026, c43-006, c45-044) or iOS closing it
    // (c132-011, c42-120); about 12 are a socket used before its connect succeeded (c115-016, c60-013).
    expect([entry('10057').category, entry('10057').group, entry('10057').retryable]).toEqual([
      'reset',
      'remote',
      'maybe',
    ]);
    for (const row of ['c100-026', 'c44-086', 'c10-025']) {
      const line = triageLine(corpusPaste(row), '10057');
      expect(line, row).toMatch(/WSAENOTCONN ×\d+ · reset · retry: maybe/);
      expect(triageLine(corpusPaste(row), '10057', 'zh-TW'), row).toContain('連線中斷 · 重試不一定有幫助');
    }
  });

  it('checks first what closed the connection, and keeps the programming checks last', () => {
    for (const locale of LOCALES) {
      const text = entry('10057')[locale];
      expect(text.checks[0], locale).toMatch(/refused connect|拒絕連線/);
      expect(text.checks.at(-1), locale).toContain('`SO_ERROR`');
      expect(text.causes[0], locale).toContain('getpeername()');
    }
  });
});

describe('permission denied (10013)', () => {
  /** The first check a paste's answer gives for 10013, in either reply shape. */
  const firstCheck = (paste: string, locale: 'en' | 'zh-TW' = 'en') => {
    const reply = core.scan(paste, locale).reply;
    return reply?.sections.find((s) => /Check first|先檢查/.test(s.heading ?? ''))?.items?.[0] ?? '';
  };

  it("answers a denied connect with the outgoing call's checks, not Windows' reserved port ranges", () => {
    // About 35 of its 132 dev rows are a connect() refused by a firewall, SELinux or a sandbox:
    // c15-058 and c217-004 (Java's `Permission denied: connect`), c175-008 and c53-035 (Azure App
    // Service's sandbox under .NET's ConnectHelper.ConnectAsync), c179-008 (SELinux, PHP's connect).
    for (const row of ['c15-058', 'c217-004', 'c175-008', 'c53-035', 'c179-008']) {
      expect(firstCheck(corpusPaste(row)), row).toContain('Test-NetConnection');
      expect(firstCheck(corpusPaste(row)), row).not.toContain('excludedportrange');
      expect(firstCheck(corpusPaste(row), 'zh-TW'), row).toContain('從同一台機器測試');
    }
    for (const locale of LOCALES) {
      const causes = entry('10013')[locale].causesWhen?.connecting ?? [];
      expect(causes.join('\n'), locale).toContain('SNAT');
      expect(causes[0], locale).toContain('SELinux');
    }
  });

  it("keeps Windows' reserved port ranges first for a server's bind (c18-140, c24-069, c61-020)", () => {
    for (const row of ['c18-140', 'c24-069']) {
      expect(firstCheck(corpusPaste(row)), row).toContain('excludedportrange');
    }
  });
});

describe('no data of the requested type (11004)', () => {
  it('says what the pastes show: Android offline and Windows without outside DNS, not only a missing record', () => {
    // About 30 of its 57 dev rows are Android's EAI_NODATA for names that have addresses, with the
    // phone offline or just back (c42-039: Wi-Fi off and on; c167-017: airplane mode; c222-003),
    // or a URL as the host (c42-009, c42-010); Windows rows look up github.com (c80-017), pypi.org
    // (c177-021) and www.okx.com behind a VPN (c16-113). A retry once the network is back can pass.
    expect(entry('11004').retryable).toBe('maybe');
    for (const locale of LOCALES) {
      const text = entry('11004')[locale];
      expect(text.summary, locale).toContain('Android');
      expect(text.causes[0], locale).toContain('`EAI_NODATA`');
      expect(text.causes[1], locale).toContain('github.com');
      expect(text.checks[0], locale).toContain('`nslookup`');
    }
    expect(subtitle(corpusPaste('c42-039'))).toBe('dns · retry: maybe · network path');
  });
});

describe('operation now in progress (10036)', () => {
  it('is judged as the connect timeout its pastes show, not as a programming error a retry fixes', () => {
    // c50-043 (a firewall dropping SYNs), c131-001 (the NAS denied the range), c140-022 (a proxy was
    // needed), c175-016 (a Lambda in a VPC without NAT), c164-019 (a network fault): a connect that
    // never completed, which retrying at once does not change; c44-049 (timeout=0) is the rare slip.
    expect([entry('10036').category, entry('10036').group, entry('10036').retryable]).toEqual([
      'timeout',
      'network',
      'maybe',
    ]);
    expect(subtitle(corpusPaste('c50-043'))).toBe('timeout · retry: maybe · network path');
  });
});

describe('no buffer space (10055)', () => {
  it("gives a UDP send's ENOBUFS queue and multicast checks, not Windows' TCP port counts", () => {
    // c70-004 (OpenVPN on Linux: `write UDPv4 []: No buffer space available (fd=6,code=105)`),
    // c70-003 (FreeBSD), c70-006 (macOS), c25-055 (Jaeger's UDP sender on Linux), c170-012 (a
    // multicast join): the old text said Linux drops such datagrams silently.
    const reply = core.scan(corpusPaste('c70-004'), 'en').reply;
    const checks = reply?.sections.find((s) => s.heading === 'Check first')?.items ?? [];
    expect(checks[0]).toContain('`ip -s link show`');
    expect(checks.join('\n')).not.toContain('Get-NetTCPConnection');
    for (const locale of LOCALES) {
      expect(entry('10055')[locale].causes[3], locale).toContain('Linux');
      expect(entry('10055')[locale].causes[3], locale).not.toMatch(/silently|默默/);
    }
  });
});

describe('connection reset (10054)', () => {
  it("leads with the peer's own side at that minute, and keeps kubectl for a cluster", () => {
    // 21 of its 1,267 dev rows are Kubernetes pastes, yet the first check (the one a triage line
    // shows) was `kubectl get pods`; c57-090 (Burp against a target resetting under load), c68-042
    // (Oracle over WinError 10054), c12-034 (Selenium on Windows) need the peer's logs, not kubectl.
    for (const locale of LOCALES) {
      const checks = entry('10054')[locale].checks;
      expect(checks[0], locale).not.toContain('kubectl');
      expect(checks.at(-1), locale).toMatch(/^Kubernetes[:：].*`kubectl get pods -o wide`/);
    }
  });
});

describe('cannot assign requested address (10049)', () => {
  /** The checks a paste's answer gives, in either reply shape. */
  const checks = (paste: string, locale: 'en' | 'zh-TW' = 'en') => {
    const reply = core.scan(paste, locale).reply;
    return reply?.sections.find((s) => /Check first|先檢查/.test(s.heading ?? ''))?.items ?? [];
  };

  it("answers a client's connect with its ports, IPv6 and destination, not a server's bind address", () => {
    // About half its dev rows are an outgoing connect: local ports used up (c238-013, mysqli's `(99)`
    // to a remote server; c34-077, Go's `connect: cannot assign requested address` under load;
    // c88-042, Celery's Redis) or `::1` where there is no IPv6 (c183-019, c2-143). The bind checks
    // (compare with the bind address, bind to 0.0.0.0 in containers) led them all.
    for (const row of ['c238-013', 'c34-077', 'c88-042', 'c183-019', 'c2-143']) {
      const shown = checks(corpusPaste(row));
      expect(shown[0], row).toContain('ip_local_port_range');
      expect(shown[1], row).toContain('::1');
      expect(shown.join('\n'), row).not.toMatch(/bind address|ip_nonlocal_bind|network-online/);
      expect(checks(corpusPaste(row), 'zh-TW')[0], row).toContain('ip_local_port_range');
    }
    for (const locale of LOCALES) {
      expect(entry('10049')[locale].causesWhen?.connecting?.[0], locale).toContain('TIME_WAIT');
    }
  });

  it('leads a Windows connect with its destination, which Windows reports so when unset (c220-002, c19-055)', () => {
    for (const row of ['c220-002', 'c19-055']) {
      expect(checks(corpusPaste(row))[0], row).toMatch(/^Windows: log the exact destination; `0\.0\.0\.0`/);
      expect(checks(corpusPaste(row), 'zh-TW')[0], row).toMatch(/^Windows：記錄實際的目的地/);
    }
  });

  it('keeps the local addresses first for a server that binds (c13-076, c48-004, c19-037)', () => {
    for (const row of ['c13-076', 'c48-004', 'c19-037']) {
      expect(checks(corpusPaste(row))[0], row).toContain('ip -br addr');
    }
  });
});

describe('ECONNREFUSED (10061)', () => {
  it("names kubectl's fallback to localhost:8080 among the wrong targets, where its refusals come from", () => {
    // kubectl with no kubeconfig (a k3s agent, `sudo kubectl`, a new user) connects to localhost:8080
    // and prints `The connection to the server localhost:8080 was refused`: c29-035, c237-001, c11-010
    // and 17 more dev rows. The reply named only "the config points at the wrong host or port".
    for (const locale of LOCALES) {
      expect(entry('10061')[locale].causes.join('\n'), locale).toMatch(/`kubectl`[^\n]*`localhost:8080`/);
    }
    const reply = JSON.stringify(core.scan(corpusPaste('c29-035'), 'en').reply);
    expect(reply).toContain('falls back to `localhost:8080`');
  });
});
