import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Routers, firewalls and embedded network daemons as their admins paste logs: OpenWrt, pfSense and
 * OPNsense, DD-WRT, MikroTik, UniFi (corpus round 116, `test/fixtures/corpus/round116.jsonl`).
 */
describe("detectErrors leaves unbound's own SERVFAIL answers alone", () => {
  it('reads no resolver failure in the SERVFAIL lines unbound logs with log-servfail on (c116-046)', () => {
    const text = [
      'Oct 27 20:57:56 unbound[124347:0] error: SERVFAIL <dev.eu.ezviz7.com. A IN>: exceeded the maximum nameserver nxdomains',
      'Oct 27 20:58:03 unbound[124347:3] error: SERVFAIL <www.youtube.com. A IN>: exceeded the maximum nameserver nxdomains',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads a client's SERVFAIL as dig and nslookup print it", () => {
    expect(highIds("** server can't find example.com: SERVFAIL")).toEqual(['11002']);
    expect(highIds(';; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 4021')).toEqual(['11002']);
  });
});

describe("detectErrors leaves uclient-fetch's 'Failed to send request: Operation not permitted' alone", () => {
  it("reads no EPERM in uclient-fetch's report of its own connect failure code (c116-028, c116-027)", () => {
    const opkg = [
      ' * opkg_download: Failed to download https://downloads.openwrt.org/releases/22.03.5/packages/mipsel_24kc/telephony/Packages.sig, wget returned 4.',
      ' * opkg_download: Check your network settings and connectivity.',
      '',
      'The second command returns',
      '',
      "Downloading 'https://github.com/MODDEDWARFARE/PPPwn_WRT/raw/main/install.sh'",
      'Failed to send request: Operation not permitted',
    ].join('\n');
    expect(anyIds(opkg)).toEqual([]);
    const fetch = [
      "Downloading 'https://github.com/ihrapsa/OctoWrt/raw/main/scripts/1_format_extroot.sh'",
      'Failed to send request: Operation not permitted',
      'root@OctoWrt:/tmp# ',
    ].join('\n');
    expect(anyIds(fetch)).toEqual([]);
  });

  it("still reads a real send's EPERM after the same words when no uclient-fetch words are near", () => {
    expect(highIds('tftp: sendto(): failed to send request: Operation not permitted')).toEqual(['EPERM']);
  });
});

describe("detectErrors reads dpinger's sendto errno in the OS's numbering", () => {
  it("reads FreeBSD's EHOSTUNREACH from OPNsense's gateway monitor (c116-004, c116-005)", () => {
    expect(highIds('2024-09-26T04:15:17\tWarning\tdpinger\tWAN_PPPOE 1.1.1.1: sendto error: 65\t')).toEqual([
      '10065',
    ]);
    expect(
      highIds('and the log has numerous "Warning dpinger WAN_GW 1.1.1.1: sendto error: 65" messages.'),
    ).toEqual(['10065']);
  });

  it("reads Linux's number and a Windows program's Winsock code after the same words, and no -1", () => {
    expect(highIds('dpinger: sendto error: 113')).toEqual(['10065']);
    expect(highIds('sendto error: 10054')).toEqual(['10054']);
    expect(anyIds('sendto error: -1')).toEqual([]);
  });
});

describe("detectErrors reads musl's 'Address in use' in nginx's bind line", () => {
  it('reads nginx on an OpenWrt build whose ports uhttpd holds (c116-024)', () => {
    expect(
      highIds(
        'Tue Nov 16 09:35:57 2021 daemon.err nginx[12907]: 2021/11/16 09:35:57 [emerg] 12907#0: bind() to 0.0.0.0:443 failed (98: Address in use)',
      ),
    ).toEqual(['10048']);
  });

  it("leaves a router page's 'IP Address in use' alone", () => {
    expect(anyIds('The IP Address in use by another device')).toEqual([]);
  });
});

describe("detectErrors reads odhcpd's and odhcp6c's failed sends", () => {
  it('reads the firewall-refused router solicitation and DHCPv6 messages (c116-010)', () => {
    const text = [
      'Fri Nov 22 19:36:00 2024 daemon.err odhcp6c[9296]: Failed to send RS (Operation not permitted)',
      'Fri Nov 22 19:36:00 2024 daemon.err odhcp6c[9296]: Failed to send SOLICIT message to ff02::1:2 (Operation not permitted)',
    ].join('\n');
    expect(highIds(text)).toEqual(['EPERM']);
    expect(
      highIds('odhcp6c[9296]: Failed to send SOLICIT message to ff02::1:2 (Operation not permitted)'),
    ).toEqual(['EPERM']);
  });

  it("reads odhcpd's router advertisement refused with EACCES (c116-009) and its EADDRNOTAVAIL (c116-008)", () => {
    expect(
      highIds('Keep getting those spams - Failed to send to ff02::1%lan@br-lan (Permission denied)'),
    ).toEqual(['10013']);
    expect(
      highIds(
        'Fri Aug 28 09:44:57 2020 daemon.err odhcpd[1490]: Failed to send to ff02::1%lan@br-lan (Address not available)',
      ),
    ).toEqual(['10049']);
  });

  it('leaves other failed sends with a generic error alone', () => {
    expect(anyIds('Failed to send report: Operation not permitted')).toEqual([]);
    expect(anyIds('Failed to send to /var/log/messages (Permission denied)')).toEqual([]);
  });
});

describe('detectErrors reads the other router and firewall forms of the round, and leaves their own words alone', () => {
  it("reads dnsmasq's and uhttpd's binds and DD-WRT's resolver failures (c116-007, c116-023, c116-018)", () => {
    expect(
      highIds('daemon.crit dnsmasq[1]: failed to create listening socket for 192.168.178.2: Address in use'),
    ).toEqual(['10048']);
    expect(highIds('daemon.err uhttpd[2062]: bind(): Address not available')).toEqual(['10049']);
    expect(
      highIds(
        'DD-WRT daemon.err ntpclient[1352]: Failed resolving address to hostname 2.pool.ntp.org: Name or service not known',
      ),
    ).toEqual(['11001']);
  });

  it("leaves LuCI's, rpcd's, UniFi's and uclient-fetch's own words alone (c116-037, c116-038, c116-034, c116-026)", () => {
    expect(
      anyIds('I am now ALWAYS having "XHR request timed out" in the status section of Luci web interface.'),
    ).toEqual([]);
    expect(anyIds('RPC call to luci/getFeatures failed with error -32000: Object not found')).toEqual([]);
    expect(anyIds('Unable to register ubus object luci: Invalid argument')).toEqual([]);
    expect(
      anyIds('UBNT user.err syslog: ace_reporter.reporter_fail(): Server Reject (http:/x.x.x.x:8080/inform)'),
    ).toEqual([]);
    expect(anyIds('Failed to establish connection')).toEqual([]);
  });
});
