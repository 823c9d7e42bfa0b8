import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/** Lines of Linux daemons' logs from real pastes of corpus round 20 (`test/fixtures/corpus/round20.jsonl`, ids c20-…). */
describe("detectErrors reads BIND's failed queries", () => {
  it("reads named's 'network unreachable resolving' after its syslog tag and category (Homas/RpiDNS issue #4)", () => {
    const text =
      "Jun 27 11:09:08 raspberrypi named[12945]: lame-servers: network unreachable resolving 'ns-1339.awsdns-39.org/AAAA/IN': 2600:9000:5302:e900::1#53";
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads it after a file channel's time stamp (sameersbn/docker-bind issue #82)", () => {
    const text = "25-Sep-2019 02:27:43.771 network unreachable resolving './NS/IN': 2001:7fe::53#53";
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads 'host unreachable resolving' as no route to host", () => {
    expect(
      highIds("named[812]: host unreachable resolving 'ipv6.example.org/AAAA/IN': 2001:503:231d::2:30#53"),
    ).toEqual(['10065']);
  });
});

describe('detectErrors leaves mount errors and iSCSI deadlines alone', () => {
  it("ignores mount.nfs's mount(2) EACCES even with 'proto=udp' above it (wl500g/wl500g issue #212)", () => {
    const text =
      "mount.nfs4: trying text-based options \n'proto=udp,soft,addr=192.168.1.1,clientaddr=192.168.1.93'\nmount.nfs4: mount(2): Permission denied\nmount.nfs4: access denied by server while mounting 192.168.1.1:/home/dmig/Media";
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores BusyBox mount's EINVAL above the CIFS client's 'Connecting' line (8devices/carambola2 issue #21)", () => {
    const text =
      'mount: mounting //192.168.4.102/ashare on /share failed: Invalid argument\n\ndmesg shows:\n[  451.500000] CIFS VFS: Connecting to DFS root not implemented yet';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a socket error that BusyBox mount reports (nanobox-io/nanobox issue #462)', () => {
    const text =
      'mount: mounting //192.168.99.1/nanobox-f9bde01f4d747a89f6f207cb15de7057 on /share/f9bde01f4d747a89f6f207cb15de7057/code failed: Host is down';
    expect(highIds(text)).toEqual(['10064']);
  });

  it("ignores open-iscsi's own 'connection timed out', its error code 8 (autotest/virt-test pull request #1872)", () => {
    const text =
      'iscsiadm: Could not login to [iface: default, target: XX, portal: fe80::baac:6fff:fe3b:9aa,3260].\niscsiadm: initiator reported error (8 - connection timed out)';
    expect(detectErrors(text)).toEqual([]);
  });
});

describe('detectErrors reads errnos the kernel CIFS client and libcurl print', () => {
  it("reads the kernel's negative errno after 'cifs_mount failed w/return code' (vdsm/virtual-dsm issue #750)", () => {
    expect(anyIds('[44851.169924] CIFS VFS: cifs_mount failed w/return code = -113')).toEqual(['10065']);
    expect(anyIds('CIFS VFS: cifs_mount failed w/return code = -115')).toEqual(['10036']);
  });

  it("leaves the CIFS client's refused login (-13) alone", () => {
    const text =
      'Status code returned 0xc000006d STATUS_LOGON_FAILURE\nCIFS VFS: Send error in SessSetup = -13\nCIFS VFS: cifs_mount failed w/return code = -13';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads the socket's errno after libcurl's 'SSL_write() returned SYSCALL' (systemd/systemd issue #2102)", () => {
    const text =
      'systemd-journal-upload[15774]: Upload to https://test1:19532/upload failed: SSL_write() returned SYSCALL, errno = 32';
    expect(highIds(text)).toEqual(['EPIPE']);
  });
});

describe("detectErrors reads Postfix's resolver and socket lines", () => {
  it("reads the resolver's error after Postfix's 'Host or domain name not found.' preamble, not the preamble (mail-in-a-box/mailinabox issue #1607)", () => {
    const text =
      'status=deferred (Host or domain name not found. Name service error for name=fontarboleas.es type=MX: Host not found, try again)';
    expect(anyIds(text)).toEqual(['11002']);
    expect(
      anyIds(
        'status=bounced (Host or domain name not found. Name service error for name=gbianco.191.it type=AAAA: Host not found)',
      ),
    ).toEqual(['11001']);
  });

  it("reads Postfix's NO_DATA text as no data record (Mailu/Mailu issue #2934)", () => {
    const text =
      'Host or domain name not found. Name service error for name=outlook-com.olc.protection.outlook.com type=AAAA: Host found but no data record of requested type';
    expect(anyIds(text)).toEqual(['11004']);
  });

  it("ignores EACCES on Postfix's private/ sockets (docker-mailserver/docker-mailserver issue #604)", () => {
    const text =
      'postfix/smtpd[10809]: warning: connect to private/anvil: Permission denied\npostfix/smtpd[10809]: warning: problem talking to server private/anvil: Permission denied\npostfix/smtpd[10809]: warning: SASL: Connect to /var/spool/postfix/private/auth failed: Permission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a refused connect to a private/ socket or a TCP port', () => {
    expect(
      highIds('postfix/qmgr[2679]: warning: connect to transport private/retry: Connection refused'),
    ).toEqual(['10061']);
    expect(highIds('postfix/smtp[3]: connect to mx.example.com[192.0.2.1]:25: Permission denied')).toEqual([
      '10013',
    ]);
  });
});
