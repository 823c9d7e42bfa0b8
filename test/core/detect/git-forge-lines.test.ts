import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * A file system that cannot hold a socket file refuses bind(2) on a Unix-domain socket's path with
 * EOPNOTSUPP (Linux's errno 95, "Operation not supported"): the file system's limit, no network
 * error. Lines from corpus round 93 (self-hosted Git forges) and from public code where Go prints
 * the same bind failure.
 */
describe('detectErrors reads "operation not supported" on a Unix socket path as no socket error', () => {
  it("ignores Gitaly's bootstrap that cannot create its socket (sameersbn/docker-gitlab #3278, c93-038)", () => {
    const text =
      'ERRO[0000] shutting down                                 error="unable to start the bootstrap: can\'t create new listener: listen unix /home/git/gitlab/tmp/sockets/private/gitaly.socket: operation not supported"';
    expect(detectErrors(text)).toEqual([]);
  });

  it("ignores Go's bind failure on WSL's /mnt/c and on a bind-mounted geth.ipc", () => {
    expect(
      anyIds(
        'Error: listen unix /mnt/c/splectrum/InfoMetis/k0s-data/run/status.sock: bind: operation not supported',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Fatal: Error starting protocol stack: listen unix /qdata/dd/geth.ipc: bind: operation not supported',
      ),
    ).toEqual([]);
  });

  it('still reads the same text on a TCP socket (unbound with TCP Fast Open, c20-094)', () => {
    const text =
      '    error: tcp sendmsg: Operation not supported for 3.127.12.149 port 53\n' +
      '    error: tcp sendmsg: Operation not supported for 3.127.12.149 port 53';
    expect(anyIds(text)).toEqual(['ENOTSUP']);
  });
});

/** The other errors on a forge's Unix sockets keep their readings (corpus round 93). */
describe("detectErrors keeps the other errors on a forge's Unix sockets as they were", () => {
  it("reads workhorse's refused Rails socket as a refusal (c93-006)", () => {
    const text =
      'time="2019-09-19T11:14:17+08:00" level=error msg=error correlation_id="[MISSING]" error="badgateway: failed after 0s: dial unix /Users/git/gitlab/tmp/sockets/gitlab.socket: connect: connection refused" method=GET uri=';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("ignores workhorse's missing socket file and nginx's denied one (c93-036, c93-037)", () => {
    expect(
      detectErrors(
        'time="2024-03-27T04:04:40+01:00" level=error correlation_id= duration_ms=0 error="badgateway: failed to receive response: dial unix /home/git/gitlab/tmp/sockets/gitlab.socket: connect: no such file or directory" method=GET uri=',
      ),
    ).toEqual([]);
    expect(
      detectErrors(
        '2015/12/29 20:18:59 [crit] 4331#0: *1 connect() to unix:/var/opt/gitlab/gitlab-workhorse/socket failed (13: Permission denied) while connecting to upstream, client: XX.XX.XX.XX, server: YY.YY.YY.YY, request: "GET / HTTP/1.1", upstream: "http://unix:/var/opt/gitlab/gitlab-workhorse/socket:/", host: "YY.YY.YY.YY"',
      ),
    ).toEqual([]);
  });
});
