import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Network file systems and storage protocols (corpus round 131): mount.nfs and showmount's Sun RPC
 * errors, iscsiadm, Samba's own logs, sshfs and davfs2. davfs2 counts its own retries in words that
 * hold an errno text, Sun RPC's 'Remote system error' holds glibc's EAI_SYSTEM text, and Samba's
 * write_data() names the client socket its strerror belongs to; iscsiadm prints the errno of its
 * connect to iscsid as a bare number.
 */
describe("davfs2's own retry messages are left alone", () => {
  it('leaves "connection timed out two times" and its follow-up lines (c131-034, c131-035)', () => {
    const text = [
      '/sbin/mount.davfs: connection timed out two times;',
      'trying one last time',
      '/sbin/mount.davfs: server temporarily unreachable;',
      'mounting anyway',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a bare "Connection timed out" from another tool', () => {
    expect(highIds('mount.nfs: Connection timed out')).toEqual(['10060']);
  });
});

describe("Sun RPC's error texts are read by their errno only", () => {
  it('reads "RPC: Remote system error - Connection refused" as a refusal, not a resolver error (c131-006)', () => {
    expect(
      anyIds('[tcp] 127.0.0.1:/: RPCMNT: clnt_create: RPC: Remote system error - Connection refused'),
    ).toEqual(['10061']);
  });

  it("reads showmount's port mapper failure and a reset MOUNT call (c131-010, c131-011)", () => {
    expect(
      highIds('clnt_create: RPC: Port mapper failure - Unable to receive: errno 111 (Connection refused)'),
    ).toEqual(['10061']);
    expect(highIds('rpc mount export: RPC: Unable to receive; errno = Connection reset by peer')).toEqual([
      '10054',
    ]);
  });

  it('leaves an RPC answer that names no errno (c131-032)', () => {
    expect(anyIds('mount.nfs: portmap query failed: RPC: Program not registered')).toEqual([]);
  });
});

describe("Samba's write_data() names the client socket", () => {
  it('reads "write failure in writing to client … Error Broken pipe" as EPIPE on a socket (c131-013)', () => {
    expect(highIds('  write_data: write failure in writing to client 0.0.0.0. Error Broken pipe')).toEqual([
      'EPIPE',
    ]);
  });

  it('does not make a bare "Broken pipe" without those words a socket error', () => {
    expect(highIds('cat big.log | head: Broken pipe')).toEqual([]);
  });
});

describe("iscsiadm's connect to iscsid names its errno", () => {
  it('reads "can not connect to iSCSI daemon (111)!" as a refusal (c131-048)', () => {
    expect(highIds('iscsiadm: can not connect to iSCSI daemon (111)!')).toEqual(['10061']);
  });

  it('does not read the exit status in "could not connect to iscsid: exit status 20"', () => {
    expect(
      anyIds(
        'iscsiadm: Could not perform SendTargets discovery: could not connect to iscsid: exit status 20',
      ),
    ).toEqual([]);
  });
});

describe("the storage tools' connect failures stay read", () => {
  it("reads iscsiadm's refused discovery and mount.nfs's refusal (c131-007, c131-004)", () => {
    expect(highIds('iscsiadm: cannot make connection to 137.74.24.206: Connection refused')).toEqual([
      '10061',
    ]);
    expect(highIds('mount.nfs: mount(2): Connection refused')).toEqual(['10061']);
  });
});
