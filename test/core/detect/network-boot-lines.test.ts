import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from network boot and machine provisioning, from real pastes of corpus round 148. */
describe("detectErrors reads iPXE's errors by the source file its code URL names", () => {
  it('reads a TCP connect timeout from tcp.c (xcat2/xcat-core issue #6357)', () => {
    const text = 'the client returns "Connection timed out (http://ipxe.org/4c0a6012)";';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('reads a reset from tcp.c and leaves the prompt timing out below it (ipxe/ipxe issue #130)', () => {
    const text =
      'pxelinux.cfg/52-54-00-09-06-3e................................. Connection reset (http://ipxe.org/0f0a6095)\nPXE boot failed! No configuration found for any of the present NICs.\nPress any key to reboot...\nCould not boot image: Connection timed out (http://ipxe.org/4c22e092)';
    expect(anyIds(text)).toEqual(['10054']);
  });

  it('finds nothing in a DHCP timeout from dhcp.c (the form of ipxe/ipxe issue #1221)', () => {
    const text =
      'Configuring (net0 52:54:00:12:34:56)...... Connection timed out (https://ipxe.org/4c106035)';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in a TFTP timeout from tftp.c, nor in its 6-digit err form', () => {
    expect(
      anyIds('tftp://10.0.20.5/ltsp/amd64/vmlinuz... Connection timed out (https://ipxe.org/4c126035)'),
    ).toEqual([]);
    expect(anyIds('Connection timed out (https://ipxe.org/err/4c1260)')).toEqual([]);
  });

  it("finds nothing in the link-up wait's timeout (ipxe/ipxe issue #1097)", () => {
    expect(anyIds('Waiting for link-up on net0... Connection timed out')).toEqual([]);
  });

  it('still reads a timeout after the link-up wait succeeded, on the next line', () => {
    const text =
      'Waiting for link-up on net0... ok\nhttp://10.0.0.1/boot.ipxe... Connection timed out (https://ipxe.org/4c0a6035)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads iPXE's Network unreachable with its code (netbootxyz/netboot.xyz issue #1550)", () => {
    const text =
      'could not boot: Network unreachable (https://ipxe.org/280a6011)\nCould not boot: No such file or directory (https://ipxe.org/2d02803b)';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads ifstat's counters: unreachable, the neighbour timeout and ENOTCONN (ipxe/ipxe pull request #1171)", () => {
    const text =
      '[TXE: 1 x "Network unreachable (https://ipxe.org/28086090)"]\n[TXE: 6 x "Connection timed out (https://ipxe.org/4c376092)"]\n[RXE: 16 x "The socket is not connected (https://ipxe.org/380f6093)"]';
    expect(highIds(text).sort()).toEqual(['10051', '10057', '10060']);
  });

  it('leaves the bare words Network unreachable without an iPXE code to the catalog', () => {
    expect(highIds('Network unreachable')).toEqual([]);
  });

  it('finds nothing in HTTP 404, TFTP not found and permission errors (netboot.xyz issues #327 and #1050)', () => {
    expect(anyIds('Unable to boot Ubuntu: No such file or directory (http://ipxe.org/2d0c613b)')).toEqual([]);
    expect(anyIds('autoexec.ipxe... not found (https://ipxe.org/2d12618e)')).toEqual([]);
    expect(
      anyIds('The error `Permission denied`(https://ipxe.org/err/020c61) occurs while downloading NixOS.'),
    ).toEqual([]);
  });
});

describe("detectErrors leaves TFTP servers' own timeouts alone and reads the provisioning fetches", () => {
  it("finds nothing in Circle's tftpd and fbtftp's retransmit limit (rsta2/circle #33, facebookarchive/fbtftp #51)", () => {
    expect(anyIds('00:12:25.68 tftpd: Transfer timed out')).toEqual([]);
    expect(
      anyIds("INFO:root:Error: {'error_code': 0, 'error_message': 'timeout after 6 retransmits.'}"),
    ).toEqual([]);
  });

  it("reads MAAS rackd's refused region RPC (canonical/cloud-init issue #3770)", () => {
    const text =
      '2020-07-21 23:49:10 provisioningserver.rpc.clusterservice: [info] Region not available: Connection was refused by other side: 111: Connection refused. (While requesting RPC info at http://localhost:5240/MAAS).';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Ignition's unreachable metadata fetch (coreos/bugs issue #1431)", () => {
    const text =
      'ignition[249]: op(1): [failed]   fetching config from "http://169.254.169.254/2009-04-04/user-data": Get http://169.254.169.254/2009-04-04/user-data: dial tcp 169.254.169.254:80: connect: network is unreachable';
    expect(highIds(text)).toEqual(['10051']);
  });
});
