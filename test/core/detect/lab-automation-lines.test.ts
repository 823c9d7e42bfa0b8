import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from laboratory instruments and building and industrial automation, from real pastes of corpus
 * round 202. No rule was added for the round: these pin the forms it showed in both directions, so that a
 * later rule for one of them cannot quietly move the others.
 */
describe('detectErrors reads the OS errors under PLC, OPC UA, KNX and EPICS clients', () => {
  it("reads snap7's connect timeout on Windows, which comes from the OS's blocking connect (c202-039)", () => {
    const text = '    raise Snap7Exception(error)\nSnap7Exception:  TCP : Connection timed out`';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads xknx's UDP tunnel socket refused by the KNX/IP interface (c202-003)", () => {
    const text =
      'Source: /usr/local/lib/python3.8/site-packages/xknx/io/udp_client.py:74\nError received: [Errno 111] Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads knxtool's perror after its connect as a refusal (c202-005)", () => {
    const text = 'pi@pi2:/ $ knxtool groupswrite ip:192.168.178.200 1/1/7 0\nOpen failed: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads German Windows' WSAECONNABORTED text wrapped across two lines under Milo (c202-006)", () => {
    const text =
      'java.io.IOException: Eine bestehende Verbindung wurde softwaregesteuert\ndurch den Hostcomputer abgebrochen\n\tat sun.nio.ch.SocketDispatcher.read0(Native Method) ~[?:?]';
    expect(highIds(text)).toEqual(['10053']);
  });

  it("reads nodeS7's caught connect error code as a reset (c202-007)", () => {
    const text = '[5789288,957315106 192.168.203.100 S4] We Caught a connect error ECONNRESET';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Node-RED's tcp in node listening on a privileged port as WSAEACCES (c202-011)", () => {
    const text = 'results in error: "unable to listen on port 23, error: Error: listen EACCES 0.0.0.0:23".';
    expect(highIds(text)).toEqual(['10013']);
  });

  it("reads pvAccess's bind strerror before its fallback to a dynamic port (c202-019)", () => {
    const text =
      '2023-09-28T17:44:29.673 Socket bind error: Address already in use.\n2023-09-28T17:44:29.673 Configured TCP port 5075 is unavailable, trying to assign it dynamically.';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads the JDK's 'No route to host (Host unreachable)' under openHAB's Velux binding (c202-015)", () => {
    const text =
      '[WARN ] [x.internal.bridge.slip.io.Connection] - io() on 192.168.178.204: raised an error during connection setup: No route to host (Host unreachable).';
    expect(highIds(text)).toEqual(['10065']);
  });
});

describe("detectErrors reads no socket error in these protocols' own timeouts and statuses", () => {
  it("reads none in snap7's receive deadline, which it sets itself (c202-040)", () => {
    expect(
      anyIds(
        'What is the proper way to recover from a snap7 exception ISO : An error occurred during recv TCP : Connection timed out?',
      ),
    ).toEqual([]);
  });

  it("reads none in knxd's KNXnet/IP CONNECT_RESPONSE status 0x29 (c202-033)", () => {
    expect(
      anyIds(
        'it fails with `Connect failed with error 29` which is presented in wireshark as `E_TUNNELING_LAYER`',
      ),
    ).toEqual([]);
  });

  it("reads none in the IOC's CA server falling back to a dynamic port without an errno (c202-048)", () => {
    const text =
      'cas warning: Configured TCP port was unavailable.\ncas warning: Using dynamically assigned TCP port 33119,\ncas warning: but now two or more servers share the same UDP port.\ncannot connect to test_pv';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads none in nodeS7's own reset and reconnect log (c202-038)", () => {
    const text =
      '[773808,276347290 172.21.105.1 S3] Calling reset from readResponse as there is one pending\n[773808,277302832 172.21.105.1 S3] Connection cleanup is happening\n30 Oct 13:17:28 - [error] [s7 endpoint:41a1a0ea.14fbb] Failure (Bad values)\n[773808,283685891 172.21.105.1 S3] TCP Connection Established to 172.21.105.1 on port 102';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads none in Jetty's own 'Connect Timeout' under openHAB (c202-042)", () => {
    const text = 'Request to OpenSprinkler device failed: java.net.SocketTimeoutException: Connect Timeout)';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads none in OPC UA status codes over a working connection (c202-026, c202-046)', () => {
    expect(
      anyIds(
        "04/19/2018 10:24:42.818 ***EXCEPTION*** BadSecurityChecksFailed 'Error received from remote host: Could not verify security on OpenSecureChannel request.'",
      ),
    ).toEqual([]);
    expect(
      anyIds('error/client\tGetEndpointRequest failed with error code BadSecureChannelIdInvalid'),
    ).toEqual([]);
  });

  it("reads none in pyepics' own connection deadline for a channel (c202-035)", () => {
    expect(
      anyIds("epics.ca.ChannelAccessException: get() timed out waiting 'dummy' to connect (1 seconds)"),
    ).toEqual([]);
  });
});
