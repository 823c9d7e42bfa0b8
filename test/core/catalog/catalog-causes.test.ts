import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/catalog/types.js';
import { realEntry } from '../../helpers/core.js';

/**
 * The catalog's causes and checks held to what real pastes of each error show: a cause that a good
 * share of an error's labelled corpus rows show is named, and the check for it is among the first.
 * (The judgments themselves, and answers that depend on what a paste shows, are in
 * catalog-judgments.test.ts.)
 */
const entry = realEntry;

describe('host not found (11001)', () => {
  it('names a container or pod that is not on this network or not up, second among the causes', () => {
    // 81 of its 692 dev rows are containers: a Compose name looked up from outside (c16-122, c6-098,
    // c107-009), before the service started (c16-126, c171-006), a pod restarting (c85-017, c100-028),
    // host.docker.internal outside Docker Desktop (c156-006, c183-024).
    for (const locale of LOCALES) {
      const causes = entry('11001')[locale].causes;
      expect(causes[1], locale).toContain('Compose');
      expect(causes[1], locale).toContain('`host.docker.internal`');
    }
  });

  it('says a machine with no network at all gets the same error, which no DNS answer caused', () => {
    // c181-006 (Windows offline: [Errno 11001]), c59-013 (Unity offline), c177-003 and c177-022
    // (macOS offline: EAI_NONAME), c19-051 and c208-004 (glibc offline), c143-008 (curl at boot).
    for (const locale of LOCALES) {
      const text = entry('11001')[locale];
      expect(text.summary, locale).toMatch(/no network at all|根本沒有網路/);
      expect(text.causes.at(-1), locale).toMatch(/offline|離線/);
    }
    expect(entry('11001').retryable).toBe('no');
  });
});

describe('address not available (10049)', () => {
  it('names `::1` in a container without IPv6 among its first causes and checks', () => {
    // About a fifth of its 139 dev rows: localhost as ::1 in a container or host without IPv6
    // (c36-118, c140-015, c183-019, c2-143, c22-056, c97-035, c3-002, c94-043, c111-015, c192-006)
    // or an IPv6 peer with no IPv6 source address (c23-072, c161-022, c6-077, c11-004).
    for (const locale of LOCALES) {
      const text = entry('10049')[locale];
      expect(text.summary, locale).toContain('`::1`');
      expect(text.causes.slice(0, 2).join('\n'), locale).toContain('`::1`');
      expect(text.checks.slice(0, 2).join('\n'), locale).toContain('`ip -6 addr show`');
    }
  });
});

describe('invalid argument (10022)', () => {
  it('names the causes its pastes show besides calls out of order', () => {
    // A socket bound to loopback sending elsewhere (c39-055, c78-048, c119-025, c72-038), an IPv6
    // link-local address or family mismatch (c20-095, c123-007, c13-080), an imitation socket layer
    // (c176-015 and c23-081 WSL 1, c23-082 iSH, c131-025 Termux, c119-017 Cisco IOS).
    for (const locale of LOCALES) {
      const causes = entry('10022')[locale].causes.join('\n');
      expect(causes, locale).toContain('127.0.0.x');
      expect(causes, locale).toContain('`%eth0`');
      expect(causes, locale).toContain('WSL 1');
    }
  });
});

describe('EPERM', () => {
  it('checks the firewall rules before conntrack, and names Android among its causes', () => {
    // Firewall drops in c116-010, c116-025, c173-001, c173-002, c39-084 against one full conntrack
    // table (c23-078); Android in 7 of its 22 dev rows (c42-058, c42-059, c42-060: no INTERNET
    // permission; c42-062 netd, c42-063, c42-064, c39-087).
    for (const locale of LOCALES) {
      const text = entry('EPERM')[locale];
      expect(text.checks[0], locale).toContain('`iptables -L OUTPUT -v -n`');
      expect(text.causes.join('\n'), locale).toContain('`android.permission.INTERNET`');
    }
  });
});

describe('address family not supported (10047)', () => {
  it('puts IPv6 turned off first, as most of its pastes show', () => {
    // c20-081, c201-011, c211-018, c58-067, c6-088, c63-016, c72-042, c81-062: an AF_INET6 socket on a
    // host, kernel or Wine without IPv6; a family mismatch in code is rarer.
    for (const locale of LOCALES) {
      const text = entry('10047')[locale];
      expect(text.causes[0], locale).toContain('`AF_INET6`');
      expect(text.checks[0], locale).toContain('`sysctl net.ipv6.conf.all.disable_ipv6`');
      expect(text.checks[0], locale).toContain('`ipv6.disable=1`');
    }
  });
});

describe('bad file descriptor (10009)', () => {
  it('names a macOS network filter for EBADF from connect(), which no code of the program caused', () => {
    // c149-020 (Little Snitch blocked the connect, curl got EBADF), c106-006 (Deno), c112-004 and
    // c33-069 (Go's `connect: bad file descriptor`): connect() on macOS, not a use after close.
    for (const locale of LOCALES) {
      const text = entry('10009')[locale];
      expect(text.causes.join('\n'), locale).toContain('Little Snitch');
      expect(text.checks.join('\n'), locale).toContain('Little Snitch');
    }
  });
});

describe('non-recoverable name failure (11003)', () => {
  it("names lwIP's EAI_FAIL for any failed look-up, half of its pastes", () => {
    // c55-001 (a PPP link), c55-002, c55-003 (right after Wi-Fi init), c55-004: lwIP's 202; and
    // c175-004, a whole URI in the host field.
    for (const locale of LOCALES) {
      const text = entry('11003')[locale];
      expect(text.causes.join('\n'), locale).toMatch(/EAI_FAIL ?[（(]202[）)]/);
      expect(text.checks.join('\n'), locale).toContain('`esp_netif_get_dns_info`');
      expect(text.summary, locale).toContain('lwIP');
    }
  });
});

describe('network unreachable (10051)', () => {
  it('names a boot-time service that connected before the default route existed', () => {
    // c148-005 and c148-004 (cloud-init), c148-008 and c148-014 (Ignition), c148-009 (Talos),
    // c151-017 (systemd-timesyncd before networkd), c151-006 (dnsdist while networkd restarted),
    // c151-016 (Technitium after a reboot).
    for (const locale of LOCALES) {
      const text = entry('10051')[locale];
      expect(text.causes[1], locale).toContain('cloud-init');
      expect(text.checks[1], locale).toContain('`network-online.target`');
    }
  });
});

describe('software caused connection abort (10053)', () => {
  it("names lwIP's ECONNABORTED for a connect that could not be made, 17 of its pastes", () => {
    // c10-009, c10-010, c164-001, c164-003, c164-020, c164-023 (ESP-IDF and Arduino-ESP32: connect()
    // errno 113), c164-002 (lwIP's ERR_ABRT), c55-013 (MicroPython on ESP32), c55-014 and c164-005 (103).
    for (const locale of LOCALES) {
      const text = entry('10053')[locale];
      expect(text.causes.join('\n'), locale).toContain('ESP8266');
      expect(text.checks.at(-1), locale).toContain('`nc -vz {host} {port}`');
    }
  });
});

describe('host is down (10064) and operation not supported (10045)', () => {
  it('leads with what most of their pastes show: a CIFS dialect refused, a Winsock LSP under WSL', () => {
    // 10064: c20-034, c20-035, c20-036, c20-037 (mount.cifs error 112; vers=3.02 fixed c20-037), 4
    // of 8 rows. 10045: c24-118 (Proxifier's LSP), c24-119 (0x8007273D), c24-120 (a VPN client),
    // c24-121 (a game accelerator), 4 of 7 rows.
    for (const locale of LOCALES) {
      expect(entry('10064')[locale].causes[0], locale).toContain('`mount error(112): Host is down`');
      expect(entry('10064')[locale].checks[0], locale).toContain('`-o vers=3.0`');
      expect(entry('10045')[locale].causes[0], locale).toContain('0x8007273D');
      expect(entry('10045')[locale].checks[0], locale).toContain('`netsh winsock show catalog`');
    }
  });
});

describe('connection timed out (10060)', () => {
  it('names the mail ports providers block, which about 30 of its pastes show', () => {
    // c20-002 (Postfix in Docker, port 25 blocked by the ISP), c20-017 (blocked by the provider),
    // c179-014 (a host that blocks SMTP), c20-001, c20-003, c41-007, c41-062, c133-012, c215-018.
    for (const locale of LOCALES) {
      expect(entry('10060')[locale].causes[0], locale).toMatch(/25.*465.*587/);
    }
  });
});

describe('address in use (10048)', () => {
  it("names a Windows client out of dynamic ports, not only a server's port in use", () => {
    // more-025, own-a-019, c141-010, c200-014, c22-126, c34-064, c34-065, c34-107 (clients and load
    // generators out of ephemeral ports on Windows), c53-036 (Azure Functions' SNAT limit).
    for (const locale of LOCALES) {
      const text = entry('10048')[locale];
      expect(text.causes.join('\n'), locale).toContain('SNAT');
      expect(text.checks.at(-1), locale).toContain('`netsh int ipv4 show dynamicport tcp`');
    }
  });
});
