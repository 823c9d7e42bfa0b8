import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 172 (`test/fixtures/corpus/round172.jsonl`, ids c172-…). */
describe('detectErrors reads what network-equipment tools print', () => {
  it("reads macOS's ETIMEDOUT text after routeros-api-php's connect sentence", () => {
    // EvilFreelancer/routeros-api-php issue #39 (c172-023): the library appends stream_socket_client's
    // errstr to its own words, so the text after the comma is the connect's error.
    expect(highIds('  string(55) "Unable to establish socket session, Operation timed out"')).toEqual([
      '10060',
    ]);
    expect(highIds('Unable to establish socket session, Operation timed out')).toEqual(['10060']);
  });

  it("still reads the library's other errno texts on their own", () => {
    // routeros-api-php issues #56 and #113 (c172-022, c172-024).
    expect(highIds('Unable to establish socket session, No route to host')).toEqual(['10065']);
    expect(
      highIds(
        '"Unable to establish socket session, A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond."',
      ),
    ).toEqual(['10060']);
  });

  it("ignores a tool's own deadline worded 'Operation timed out after', even after the library's words", () => {
    expect(anyIds('Unable to establish socket session, Operation timed out after 5 seconds')).toEqual([]);
    expect(anyIds('curl: (28) Operation timed out after 30001 milliseconds')).toEqual([]);
  });

  it('reads the socket errors of SSH, WireGuard and unbound on network gear', () => {
    // ansible/product-demos issue #135 (c172-011): libssh under network_cli.
    expect(
      highIds('"msg": "ssh connection failed: ssh connect failed: Socket error: Connection reset by peer."'),
    ).toEqual(['10054']);
    // aredn/aredn issue #2524 (c172-014): wg resolving a peer endpoint through musl.
    expect(
      highIds(
        "Fri Oct 17 18:50:15 2025 daemon.notice netifd: wgs0 (16095): Name does not resolve: `w6bi-shack-node:5532'",
      ),
    ).toEqual(['11001']);
    // opnsense/core issue #4563 (c172-008): unbound's sendto refused by the firewall.
    expect(
      highIds('2021-01-02T09:52:33 | unbound[55300] | [55300:2] notice: sendto failed: Permission denied |'),
    ).toEqual(['10013']);
    // socialwifi/RouterOS-api issue #38 (c172-001): the brackets after 'Errno' as the user typed them.
    expect(highIds('ConnectionRefusedError: Errno [111] Connection refused')).toEqual(['10061']);
  });

  it("ignores the devices' and libraries' own codes and summaries", () => {
    // linuxserver-archive/docker-unifi issue #74 (c172-033): the inform reporter's rc.
    expect(
      anyIds(
        'ace_reporter.reporter_fail(): initial contact failed #4, url=http://172.17.0.3:8080/inform, rc=11',
      ),
    ).toEqual([]);
    // openwrt/asu issue #939 (c172-028): wget's exit status under opkg.
    expect(
      anyIds(
        ' * opkg_download: Failed to download https://downloads.openwrt.org/releases/23.05.4/packages/aarch64_cortex-a53/packages/coreutils-sleep_9.3-1_aarch64_cortex-a53.ipk, wget returned 4.',
      ),
    ).toEqual([]);
    // vyos/vyos-1x pull #4552 (c172-047): VyOS's own code for a missing VPP API socket.
    expect(anyIds('vpp_papi.vpp_papi.VPPIOError: [Errno 2] Cannot connect to VPP API')).toEqual([]);
    // Juniper/ansible-junos-stdlib pull #819 (c172-044): PyEZ's timing-based class name.
    expect(anyIds('Unable to make a PyEZ connection: ConnectRefusedError(xx.xx.xx.xx)')).toEqual([]);
    // aluisiora/node-routeros issue #10 (c172-045): the library's own 'SOCKTMOUT'.
    expect(
      anyIds('{\nname: "RosException",\nerrno: "SOCKTMOUT",\nmessage: "Timed out after 10 seconds"\n}'),
    ).toEqual([]);
  });

  it("ignores Netmiko's and net-snmp's own timeouts", () => {
    // ktbyers/netmiko issue #2371 (c172-026) and sonic-net/sonic-buildimage issue #5344 (c172-041).
    expect(anyIds('netmiko.ssh_exception.NetmikoTimeoutException: TCP connection to device failed.')).toEqual(
      [],
    );
    expect(anyIds('Timeout: No Response from 127.0.0.1')).toEqual([]);
  });
});
