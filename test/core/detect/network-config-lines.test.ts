import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Linux network configuration and name-resolution daemons' own lines, from real pastes of corpus
 * round 72 (`test/fixtures/corpus/round72.jsonl`).
 */
describe("detectErrors reads network configuration daemons' lines", () => {
  it("gives systemd's D-Bus method-call deadline under resolvectl's wording no finding", () => {
    // systemd/systemd issues #24993 and #20124: sd_bus_call() gave up and returned -ETIMEDOUT.
    expect(
      anyIds(
        'michalg@augusta-gcp-298:~$ resolvectl query augusta-gcp-389.google.internal\naugusta-gcp-389.google.internal: resolve call failed: Connection timed out',
      ),
    ).toEqual([]);
    expect(
      anyIds('the above call errors with "Failed to set DNS configuration: Connection timed out".'),
    ).toEqual([]);
  });

  it("gives networkd's netlink reply deadline and wait-online's timeout no finding", () => {
    // systemd/systemd issues #33288 and #25607: sd-netlink's and sd-event's own -ETIMEDOUT.
    expect(anyIds('systemd-networkd Could not set DHCPv4 address: Connection timed out')).toEqual([]);
    expect(
      anyIds('Oct 04 10:20:11 vm systemd-networkd[512]: ens4: Could not set route: Connection timed out'),
    ).toEqual([]);
    expect(anyIds('systemd-networkd-wait-online.service Event loop failed: Connection timed out')).toEqual(
      [],
    );
  });

  it('still reads a socket that timed out next to those daemons', () => {
    expect(highIds('ssh: connect to host 10.0.0.5 port 22: Connection timed out')).toEqual(['10060']);
    expect(
      highIds(
        'systemd-resolved[575]: Using degraded feature set UDP instead of UDP+EDNS0\ncurl: (7) Failed to connect to 10.0.0.5 port 443: Connection timed out',
      ),
    ).toEqual(['10060']);
  });

  it("gives ethtool's unsupported driver feature no finding", () => {
    // sosreport/sos issue #1534: SIOCETHTOOL answered EOPNOTSUPP for UDP fragmentation offload.
    expect(
      anyIds(
        'Cannot get device udp large send offload settings: Operation not supported\nOffload parameters for eth1:\nudp fragmentation offload: off',
      ),
    ).toEqual([]);
    expect(highIds('sendmsg on udp socket: Operation not supported')).toEqual(['ENOTSUP']);
  });

  it("reads musl's 'Address in use' after a bind as EADDRINUSE", () => {
    // RyanEwen/lan-cache-docker issue #21: dnsmasq in an Alpine container.
    expect(
      highIds('dnsmasq     | dnsmasq: failed to create listening socket for port 53: Address in use'),
    ).toEqual(['10048']);
    expect(highIds('Failed to bind socket: Address in use')).toEqual(['10048']);
    expect(anyIds('Check which address in use by the service before you change it.')).toEqual([]);
  });

  it("gives systemd's 'Unit <name>.service not found.' no finding", () => {
    // NixOS/nixpkgs issue #55765: D-Bus activation of an absent unit.
    expect(
      anyIds('Failed to get global data: Unit dbus-org.freedesktop.resolve1.service not found.'),
    ).toEqual([]);
  });
});
