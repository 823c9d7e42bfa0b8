import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';
import { breakLines } from '../../helpers/texts.js';

/** A refused Unix-domain socket file (a file permission) in real pastes of corpus round 11. */
describe("detectErrors reads the Docker client's refused daemon socket as no socket error", () => {
  it('ignores EACCES on the daemon socket file wrapped by the Docker client (c11-106)', () => {
    const text =
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/images/create?fromImage=test&tag=latest": dial unix /var/run/docker.sock: connect: permission denied';
    expect(detectErrors(text)).toEqual([]);
  });

  it('ignores the newer wording without "Got" and a socket elsewhere than /var/run (c11-107, c11-103)', () => {
    expect(
      detectErrors(
        'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied.',
      ),
    ).toEqual([]);
    expect(
      detectErrors('dial unix /run/docker/docker.sock: connect: permission denied inside error'),
    ).toEqual([]);
  });

  it('ignores the Docker 28 client wording', () => {
    expect(
      detectErrors(
        'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
      ),
    ).toEqual([]);
  });

  it('still reads a TCP connect refused by the system as an access error', () => {
    const text = 'Get "http://10.0.0.7:2375/_ping": dial tcp 10.0.0.7:2375: connect: permission denied';
    expect(detectErrors(text).map((f) => f.id)).toEqual(['10013']);
  });
});

describe("detectErrors reads Node's EACCES on a Unix socket path as no socket error", () => {
  it('ignores connect EACCES followed by the socket file of the Docker daemon (gethomepage/homepage #1913)', () => {
    const text =
      '[2023-09-05T02:07:18.374Z] error: <dockerStatusService> Error: connect EACCES /var/run/docker.sock\n' +
      '    at PipeConnectWrap.afterConnect [as oncomplete] (node:net:1495:16)';
    expect(detectErrors(text)).toEqual([]);
  });

  it('ignores it from Jest output and wherever the socket file lives (apocas/dockerode #707)', () => {
    expect(detectErrors('  ● Leader election\n\n    connect EACCES /var/run/docker.sock')).toEqual([]);
    expect(detectErrors('Error: connect EACCES /tmp/docker.sock')).toEqual([]);
  });

  it('still reads connect EACCES to an IP address, and a refused Unix socket, as socket errors', () => {
    expect(detectErrors('Error: connect EACCES 127.0.0.1:80').map((f) => f.id)).toEqual(['10013']);
    expect(detectErrors('Error: connect ECONNREFUSED /var/run/docker.sock').map((f) => f.id)).toEqual([
      '10061',
    ]);
  });
});

describe("detectErrors reads the errno after the MySQL client's local socket path", () => {
  it('reads a refused local socket (111) as a refusal (corpus c14-050, precedent c2-177)', () => {
    const text =
      "OperationalError: (2002, \"Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (111)\")";
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads no socket error in a missing socket file (2) or a permission on it (13)', () => {
    const missing =
      "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/tmp/mysql.sock' (2)";
    const denied =
      "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/lib/mysql/mysql.sock' (13)";
    expect(detectErrors(missing)).toEqual([]);
    expect(detectErrors(denied)).toEqual([]);
  });
});

describe("detectErrors reads a socket's path on the line an 80-column console broke above the error", () => {
  it("ignores libvirt's EACCES on its socket file when the path ends the line above (c69-003)", () => {
    // The console broke `…connect socket to '/var/run/libvirt/libvirt-sock` / `': Permission denied`.
    const line =
      "libvirt.libvirtError: Failed to connect socket to '/var/run/libvirt/libvirt-sock': Permission denied";
    const broken = `${line.slice(0, 80)}\n${line.slice(80)}`;
    expect(anyIds(line)).toEqual([]);
    expect(anyIds(broken)).toEqual([]);
  });

  it('still reads an access error under a line of another width as the socket error it is', () => {
    const text = `${'x'.repeat(79)} /var/run/app.sock\nconnect to 10.0.0.5:443: Permission denied`;
    expect(highIds(text)).toEqual(['10013']);
  });
});

describe("detectErrors reads a socket's path across the lines a wrap broke", () => {
  it('ignores an EACCES whose socket is on a line a mailer or an editor wrapped above it', () => {
    // 75 columns, and `permission` would not have fit after them.
    const text =
      'Post http://x/v1.40/containers/create\n-nvIRrxReD45ZBGxFQzVTlI1vV1ALy1H4: dial unix /var/run/docker.sock: connect:\npermission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads a sign a wrap broke where its space was, or a console inside a word', () => {
    // libvirt's `connect socket to '/…` with the wrap at its space; incus's `dial unix ` broken at 80.
    const libvirt =
      "libvirt.libvirtError: Failed to connect socket to\n'/var/run/libvirt/libvirt-sock': Permission denied";
    expect(anyIds(libvirt)).toEqual([]);
    const line =
      'Error: Failed to connect to local daemon: Get "http://unix.socket/1.0": dial unix /var/lib/incus/unix.socket: connect: permission denied';
    expect(anyIds(`${line.slice(0, 80)}\n${line.slice(80)}`)).toEqual([]);
  });

  it('ignores an EACCES whose line a console broke inside a word, once the break is mended', () => {
    // The console broke `…stats-writer) f` / `ailed: Permission denied`; mended, the error's line starts with a space.
    expect(anyIds(corpusPaste('c41-114'))).toEqual([]);
    expect(anyIds(breakLines(corpusPaste('c41-114')))).toEqual([]);
  });

  it('still reads an access error under an unwrapped line with a socket on it as the socket error it is', () => {
    const text = 'API listen on /var/run/docker.sock\nconnect to 10.0.0.5:443 failed: Permission denied';
    expect(highIds(text)).toEqual(['10013']);
  });
});
