import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 90 (`test/fixtures/corpus/round90.jsonl`, ids c90-…). */
describe('detectErrors reads what network-automation tools print', () => {
  it("ignores Python's ssl read deadline even after a word that starts with 'connect'", () => {
    // arista-eosplus/pyeapi issue #184 (c90-059): pyeapi wraps the ssl module's own timeout text.
    expect(
      anyIds('ConnectionError: Socket error during eAPI connection: The read operation timed out'),
    ).toEqual([]);
  });

  it("ignores Python's ssl handshake and write deadlines", () => {
    // megadose/ignorant issue #8: httpx names the handshake deadline a ConnectTimeout.
    expect(anyIds('httpx.ConnectTimeout: _ssl.c:980: The handshake operation timed out')).toEqual([]);
    // DinoTools/monitoring-check_routeros issue #70 (c90-069).
    expect(anyIds('TimeoutError: _ssl.c:990: The handshake operation timed out')).toEqual([]);
    // voyagegroup/apns-proxy-server issue #23: the same deadline on a TLS write.
    expect(
      anyIds(
        '2014-05-08 17:19:06,773 ERROR The write operation timed out\nSSLError: The write operation timed out',
      ),
    ).toEqual([]);
  });

  it("still reads macOS's ETIMEDOUT text after a connect", () => {
    // The 'connect' rule the ssl texts used to meet, on the OS's own message (c49/c13 forms).
    expect(highIds('ssh: connect to host 10.0.0.1 port 22: Operation timed out')).toEqual(['10060']);
  });

  it('reads the socket errors NETCONF and SNMP clients print', () => {
    // CESNET/netopeer2 issue #1013 (c90-047): libnetconf2 prints strerror after its connect.
    expect(highIds('nc ERROR: Unable to connect to 192.168.0.11:830 (Connection refused).')).toEqual([
      '10061',
    ]);
    // wozniakpawel/synology-grafana-prometheus-overly-comprehensive-dashboard issue #8 (c90-025):
    // gosnmp's read of a UDP socket the agent answered with ICMP port unreachable.
    expect(
      highIds(
        'error getting target 192.xxx.x.xxx: error reading from socket: read udp 172.22.0.4:36686->192.xxx.x.xxx:161: recvfrom: connection refused',
      ),
    ).toEqual(['10061']);
  });

  it("reads Go's resolver timeout under 'dial udp: lookup' even with a placeholder glued on", () => {
    // prometheus/snmp_exporter issue #267 (c90-022): the SNMP target's name did not resolve in time.
    const line =
      'INFO[0025] Error scraping target <target_host>: Error connecting to target <target_host>: Error establishing connection to host: dial udp: lookup<target_host> on <target_ip>:53: read udp 172.17.0.2:35959-><target_ip>:53: i/o timeout';
    expect(anyIds(line)).toEqual(['11002']);
    // CoreDNS's own read deadline towards its upstream (no dial, no lookup) stays nothing (c29-009).
    expect(
      anyIds('coredns [ERROR] plugin/errors: 2 read udp 10.244.235.249:55567->10.96.0.10:53: i/o timeout'),
    ).toEqual([]);
  });

  it("ignores the SNMP tools' and Netmiko's own deadlines", () => {
    // etingof/snmpsim issue #51 (c90-009).
    expect(anyIds('SNMP Engine error: No SNMP response received before timeout')).toEqual([]);
    expect(
      anyIds(
        '$ snmpwalk -v2c -c public demo.snmplabs.com system\nTimeout: No Response from demo.snmplabs.com',
      ),
    ).toEqual([]);
    // ktbyers/netmiko issue #1893 (c90-045): paramiko's channel-closed error has no errno.
    expect(anyIds('    raise socket.error("Socket is closed")\nOSError: Socket is closed')).toEqual([]);
  });
});
