import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from VPN clients and servers, from real pastes of corpus round 70. */
describe("detectErrors reads OpenVPN's 'Connection reset, restarting [status]' by its status", () => {
  it('finds nothing when the status is 0, the peer closing the stream (OpenVPN/openvpn issue #764)', () => {
    const text =
      'Jun 11 12:29:42 k8s-pre-node01 openvpn: 172.31.1.46:50990 Connection reset, restarting [0]\nJun 11 12:29:42 k8s-pre-node01 openvpn: 172.31.1.46:50990 SIGUSR1[soft,connection-reset] received, client-instance restarting';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in a client looping on the same status 0 (pivpn/pivpn issue #507)', () => {
    expect(anyIds('It continuos looping saying me `Connection reset, restarting [0]`.')).toEqual([]);
  });

  it('still reads status -1, a read that failed with ECONNRESET (schwabe/ics-openvpn issue #423)', () => {
    expect(highIds('2015-12-23 10:14:27 Connection reset, restarting [-1]')).toEqual(['10054']);
  });
});

describe("detectErrors leaves wg's own EPROTONOSUPPORT for a missing WireGuard module alone", () => {
  it('finds nothing in wg-quick on a kernel without WireGuard (isystem-io/wireguard-aws issue #10)', () => {
    const text =
      'wg-quick[933]: [#] ip link add wg0 type wireguard\nwg-quick[933]: RTNETLINK answers: Operation not supported\nwg-quick[933]: Unable to access interface: Protocol not supported\nwg-quick[933]: [#] ip link delete dev wg0\nwg-quick[933]: Cannot find device "wg0"';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads strongSwan's netlink socket() that fails with EPROTONOSUPPORT (jawj/IKEv2-setup issue #142)", () => {
    const text = 'charon: 00[KNL] unable to create netlink socket: Protocol not supported (93)';
    expect(highIds(text)).toEqual(['10043']);
  });

  it("still reads a real error after wg's own prefix", () => {
    expect(highIds('Unable to access interface: Connection refused')).toEqual(['10061']);
  });
});

describe("detectErrors reads OpenVPN's '(code=N)' in each platform's numbering", () => {
  it("reads Windows' Winsock number behind 'Unknown error' (OpenVPN/openvpn-gui issue #300)", () => {
    expect(highIds('Tue Apr 09 23:35:58 2019 read UDP: Unknown error (code=10054)')).toEqual(['10054']);
  });

  it("reads FreeBSD's errno numbers on OPNsense (opnsense/core issue #2729)", () => {
    const text =
      'openvpn[79299]: write UDP: Host is down (code=64)\nopenvpn[834]: write UDP: No buffer space available (code=55)';
    expect(highIds(text)).toEqual(['10055', '10064']);
  });
});
