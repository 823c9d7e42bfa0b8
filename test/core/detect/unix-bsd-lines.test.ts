import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Commercial Unixes and the BSDs: AIX, Solaris and illumos, FreeBSD, NetBSD, OpenBSD, IBM i and
 * z/OS UNIX (corpus round 129). libfetch (FreeBSD pkg, fetch, pkg_add, pkgin) names a failed
 * host-name lookup `No address record` after the URL; the systems' own strerror texts and numbers
 * stay read, and their file errors (z/OS's EDC5111I and EDC5129I among them) stay left.
 */
describe("libfetch's resolver failure is read", () => {
  it('reads "No address record" after a URL as host not found (c129-020, c129-019)', () => {
    expect(
      highIds(
        'pkg: Error fetching http://pkg.FreeBSD.org/FreeBSD:11:amd64/quarterly/Latest/pkg.txz: No address record',
      ),
    ).toEqual(['11001']);
    expect(
      highIds(
        'pkgin: Could not fetch https://pkgsrc.smartos.org/packages/SmartOS/trunk/x86_64/All/pkg_summary.gz: No address record',
      ),
    ).toEqual(['11001']);
  });

  it('does not read the same words with no URL before them', () => {
    expect(anyIds('Resolve page shows "No address record" for a registered name.')).toEqual([]);
    expect(anyIds('vitalik.eth → no address record')).toEqual([]);
  });
});

describe("the systems' own socket texts and numbers stay read", () => {
  it("reads AIX's EHOSTUNREACH text and EADDRNOTAVAIL in one JDK paste (c129-010)", () => {
    const text = [
      "java.net.NoRouteToHostException: Can't assign requested address (Address not available)",
      '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
      'java.net.NoRouteToHostException: A route to the remote host is not available. (Host unreachable)',
    ].join('\n');
    expect(highIds(text)).toEqual(['10049', '10065']);
  });

  it("reads FreeBSD's errno 53 and 54 in Python's words (c129-012, c129-008)", () => {
    expect(highIds('socket.error: [Errno 53] Software caused connection abort')).toEqual(['10053']);
    expect(
      highIds('"[Errno 54] Connection reset by peer" on "AMD64 FreeBSD CURRENT Debug 3.x" buildbot'),
    ).toEqual(['10054']);
  });
});

describe('the same systems’ file errors, closes and own timeouts are left alone', () => {
  it("leaves z/OS UNIX's EDC5111I and EDC5129I on files (c129-031, c129-033)", () => {
    expect(anyIds('pax: FSUM6404 directory ".": EDC5111I Permission denied.')).toEqual([]);
    expect(anyIds('"fatal: cannot run less: EDC5129I No such file or directory. "')).toEqual([]);
  });

  it("leaves Db2's SQL30081N when recv returned 0 (c129-039)", () => {
    expect(
      anyIds(
        'SQL30081N  A communication error has been detected. Communication protocol being used: "TCP/IP".  Communication API being used: "SOCKETS".  Location where the error was detected: "192.168.155.1".  Communication function detecting the error: "recv".  Protocol specific error code(s): "*", "*", "0".  SQLSTATE=08001 SQLCODE=-30081',
      ),
    ).toEqual([]);
  });

  it("leaves pkg's cache-directory EACCES and poudriere's failed-ports table (c129-025, c129-038)", () => {
    expect(anyIds('pkg: mkdir(/var/cache/pkg/All): Permission denied')).toEqual([]);
    expect(anyIds('1 | libffi-3.3_1 | devel/libffi | fetch | 110 | fetch')).toEqual([]);
  });
});
