import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 85 (`test/fixtures/corpus/round85.jsonl`, ids c85-…). */
describe('detectErrors reads what connection poolers and database proxies print', () => {
  it("reads the socket errno PgBouncer's TLS handshake failure ends with at high confidence", () => {
    // prisma/orm issue #17226: Azure's built-in PgBouncer under load, quoted in the user's prose.
    expect(
      highIds(
        'When checked database logs it’s showing `WARNING TLS handshake error: handshake failed: Broken pipe`',
      ),
    ).toEqual(['EPIPE']);
    expect(
      highIds('2024-01-01 00:00:00.000 UTC [1] WARNING TLS handshake error: handshake failed: Broken pipe'),
    ).toEqual(['EPIPE']);
  });

  it('does not take a bare "handshake failed:" before Broken pipe for a socket', () => {
    // An MCP client's stdio handshake with a child process: a real pipe (public-code index id 62176783956).
    expect(anyIds('chrome-devtools handshake failed: Broken pipe (os error 32)')).toEqual([]);
  });

  it("ignores the codes twemproxy and Pgpool-II's SSL layer print of their own", () => {
    // twitter/twemproxy issue #401: twemproxy's EINVAL marker for a request it could not parse.
    expect(
      anyIds(
        "[2015-08-12 14:08:45.414] nc_core.c:237 close c 529 '127.0.0.1:18198' on event 00FF eof 0 done 0 rb 224930 sb 61853847: Invalid argument",
      ),
    ).toEqual([]);
    // pgpool/pgpool2_on_k8s issue #32: SSL_ERROR_SYSCALL (5) and errno 0's text.
    expect(
      anyIds(
        '2024-10-10 11:45:46.817: rest_api pid 164: WARNING:  ssl read: error: 5\n2024-10-10 11:45:46.817: rest_api pid 164: WARNING:  write on backend 0 failed with error :"No error information"',
      ),
    ).toEqual([]);
  });

  it("reads the errno ProxySQL's backend connects carry in parentheses", () => {
    // sysown/proxysql issues #1598 and #2954: libmysqlclient's '(107)' and '(99)' on Linux.
    expect(
      highIds(
        "2018-07-02 19:40:53 mysql_connection.cpp:628:handler(): [ERROR] Failed to mysql_real_connect() on 172.27.176.239:10353 , FD (Conn:0 , MyDS:25) , 2003: Can't connect to MySQL server on '172.27.176.239' (107).",
      ),
    ).toEqual(['10057']);
    expect(
      highIds(
        "2020-07-14 16:07:21 mysql_connection.cpp:835:handler(): [ERROR] Failed to mysql_real_connect() on 10.120.50.11:3306 , FD (Conn:0 , MyDS:0) , 2002: Can't connect to MySQL server on '10.120.50.11' (99).",
      ),
    ).toEqual(['10049']);
  });
});
