import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/catalog/types.js';
import { realEntry, testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

/**
 * The catalog's causes and checks held to the phase real pastes show (a lookup, an outgoing connect,
 * a server's bind or listen, a connection that was up), row by row of the labelled corpus.
 */
const { core } = testCore();
const entry = realEntry;
/** A section of a paste's answer (`Check first`, `Likely causes`), in either reply shape. */
const section = (paste: string, heading: RegExp, locale: 'en' | 'zh-TW' = 'en') =>
  core.scan(paste, locale).reply?.sections.find((s) => heading.test(s.heading ?? ''))?.items ?? [];
const checks = (paste: string, locale: 'en' | 'zh-TW' = 'en') => section(paste, /Check first|先檢查/, locale);
const causes = (paste: string, locale: 'en' | 'zh-TW' = 'en') =>
  section(paste, /Likely causes|可能原因/, locale);

describe('address in use (10048) on an outgoing connect', () => {
  it("leads with the client's own ports, not a listener on the port it connects to", () => {
    // c63-026 (ptvsd's `sock.connect(addr)` to localhost:53789, WinError 10048), c200-014 and c34-107
    // (Protractor's `connect EADDRINUSE 127.0.0.1:<port>` on Windows), c213-013 (Ruby's
    // `connect(2)`), c109-002 (Julia's `connect!`), c6-035 (ZeroMQ's `Socket.connect`), c67-006 (an
    // Indy client's second connect): the port is the client's source port; a listener looked for
    // on the destination port is the server it meant to reach.
    for (const row of ['c63-026', 'c200-014', 'c34-107', 'c213-013', 'c109-002', 'c6-035', 'c67-006']) {
      expect(checks(corpusPaste(row))[0], row).toContain('Get-NetTCPConnection | Group-Object State');
      expect(checks(corpusPaste(row)).slice(0, 2).join('\n'), row).not.toContain('-State Listen');
      expect(causes(corpusPaste(row))[0], row).toContain('dynamic port range');
      expect(checks(corpusPaste(row), 'zh-TW')[0], row).toContain(
        'Get-NetTCPConnection | Group-Object State',
      );
    }
    for (const locale of LOCALES) {
      expect(entry('10048')[locale].causesWhen?.connecting?.[1], locale).toContain('`LocalPort`');
    }
  });

  it("keeps the listener checks for a server's bind, also where it is worded as a connect", () => {
    // Node's `listen EADDRINUSE`; PHP's `stream_socket_server(): unable to connect to tcp://0.0.0.0:41414
    // (Address already in use)` (c104-021) and adb's `could not install *smartsocket* listener` before
    // its `cannot connect to daemon` (c80-058) are a server's bind.
    const pastes = [
      'Error: listen EADDRINUSE: address already in use :::3000',
      corpusPaste('c104-021'),
      corpusPaste('c80-058'),
    ];
    for (const paste of pastes) {
      expect(checks(paste)[0], paste).toMatch(
        /ss -ltnp|lsof -nP -iTCP:\S+ -sTCP:LISTEN|Get-NetTCPConnection -LocalPort/,
      );
      expect(causes(paste)[0], paste).toContain('Something already listens on the port');
    }
  });
});

describe('connection aborted (10053) on an outgoing connect', () => {
  it("leads with the connect's own causes (lwIP's 113, NCCL, a client's connect), not a client that left a server", () => {
    // 23 of its dev rows are a connect: ESP32 and ESP8266 (c10-008, c10-011, c164-003, c55-014:
    // lwIP's 113 and MicroPython's 103), NCCL's `socketStartConnect` (c19-058, c209-011), Java's
    // `(connect failed)` (c123-019), PuTTY connecting (c126-005). They led with "Server side: the
    // client gave up" and "Compare timeouts end to end".
    for (const row of [
      'c10-008',
      'c10-011',
      'c164-003',
      'c55-014',
      'c19-058',
      'c209-011',
      'c123-019',
      'c126-005',
    ]) {
      expect(causes(corpusPaste(row))[0], row).toContain('lwIP');
      expect(causes(corpusPaste(row)).join('\n'), row).not.toContain('Server side: the client gave up');
      expect(checks(corpusPaste(row))[0], row).toContain('nc -vz');
      expect(checks(corpusPaste(row), 'zh-TW')[0], row).toContain('nc -vz');
    }
    expect(causes(corpusPaste('c19-058')).join('\n')).toContain('NCCL_SOCKET_IFNAME');
  });
});

describe("a client library's `connecting to` as a connect", () => {
  it('gives its connect checks to 10049 and 10013 (c193-015, c23-072, c104-011)', () => {
    // redis-py's `Error 99 connecting to 127.0.0.1:6379` and wget's IPv6 attempt got the bind checks;
    // php-amqplib's `Error Connecting to server(13): Permission denied` got Windows' reserved ports.
    expect(checks(corpusPaste('c193-015'))[0]).toContain('ip_local_port_range');
    // c23-072 shows a timeout beside it: its triage line's check is the connect's, not the bind address.
    const triage = core.scan(corpusPaste('c23-072'), 'en').reply?.fallback ?? '';
    expect(triage).toMatch(/10049 WSAEADDRNOTAVAIL[^\n]*\n\s+check first: Ephemeral exhaustion/);
    expect(checks(corpusPaste('c104-011'))[0]).toContain('Test-NetConnection');
    expect(checks(corpusPaste('c104-011'))[0]).not.toContain('excludedportrange');
  });
});

describe('connection reset (10054) on an outgoing connect', () => {
  it('leads with a server or middlebox turning the new connection away, not a stale pooled one', () => {
    // 55 of its dev rows are a reset of a new connection: SSH's handshake (c62-007, JSch's
    // `Session.connect`; c35-074, `kex_exchange_identification`), NRPE's `allowed_hosts` (c20-081),
    // TLS's (c91-037, Ruby's `SSL_connect`; c102-013), Node's `connect ECONNRESET` (c34-029). The
    // catalog's causes and checks are for a connection that was up (a pool's idle timeout).
    for (const row of ['c62-007', 'c35-074', 'c91-037', 'c102-013', 'c34-029']) {
      expect(causes(corpusPaste(row))[0], row).toContain('turned the new connection away');
      expect(causes(corpusPaste(row)).join('\n'), row).not.toMatch(/pooled|idle timeout/);
      expect(checks(corpusPaste(row))[0], row).toContain('who resets the new connection');
      expect(checks(corpusPaste(row), 'zh-TW')[0], row).toContain('誰重設這條新連線');
    }
    // c20-081 shows 10047 beside it: its triage line's check is the new connection's.
    const triage = core.scan(corpusPaste('c20-081'), 'en').reply?.fallback ?? '';
    expect(triage).toMatch(/10054 WSAECONNRESET[^\n]*\n\s+check first: Find who resets the new connection/);
  });

  it("reads urllib3's `Retry(total=4, connect=None…)` as no connect (c19-152, c177-023)", () => {
    // pip's `connection broken by 'ProtocolError('Connection aborted.', …)'` is a request that failed
    // after its connect; `connect=None` is a retry counter.
    for (const row of ['c19-152', 'c177-023']) {
      expect(checks(corpusPaste(row))[0], row).toContain("Read the peer's side at that minute");
    }
  });
});

describe('invalid argument (10022) on an outgoing connect', () => {
  it("leads with the destination and the source address, not a server's calls out of order", () => {
    // 13 of its 36 dev rows are a connect: Docker's `dial tcp 0.0.8.90:443: connect: invalid argument`
    // (c84-009), socat's empty Unix path (c23-029), an IRC vhost of 127.0.0.1 (c119-025), Perl's LWP
    // (c13-080), libwebsockets on Windows (c92-056). They led with `accept()` before `listen()`.
    for (const row of ['c84-009', 'c23-029', 'c13-080', 'c92-056']) {
      expect(causes(corpusPaste(row)).slice(0, 2).join('\n'), row).toMatch(/0\.0\.0\.0\/8/);
      expect(causes(corpusPaste(row))[0], row).not.toContain('`accept()` before `listen()`');
      expect(checks(corpusPaste(row))[0], row).toContain('Log the exact destination');
      expect(checks(corpusPaste(row), 'zh-TW')[0], row).toContain('記錄用戶端實際連往的目的地');
    }
  });
});

describe('not connected (10057) on an outgoing connect', () => {
  it('leads with the connect that failed before it, not a client that left a server', () => {
    // c85-014 (ProxySQL's `mysql_real_connect()` … `(107)`), c90-034 (requests' `Failed to establish
    // a new connection: [WinError 10057]`), c160-006 (`failed to connect to … SocketException`):
    // a connect that failed and a socket used anyway, not `getpeername()` after a client left.
    for (const row of ['c85-014', 'c90-034', 'c160-006']) {
      expect(causes(corpusPaste(row))[0], row).toMatch(/^A connect\(\) that failed/);
      expect(causes(corpusPaste(row), 'zh-TW')[0], row).toBe(entry('10057')['zh-TW'].causes[3]);
    }
  });
});

describe("connection aborted (10053) on a server's accept()", () => {
  it('says a connection reset in the listen queue is harmless and the accept loop must go on', () => {
    // c129-004 (`ERROR on accept: Software caused connection abort`, FreeBSD), c129-012 (Python's
    // `self.socket.accept()`, macOS), c56-072 (OCaml's `Unix_error(Unix.ECONNABORTED, "accept", "")`
    // ending a server): they led with a client that gave up while the server was sending.
    for (const row of ['c129-004', 'c129-012', 'c56-072']) {
      expect(causes(corpusPaste(row))[0], row).toContain('accept()');
      expect(checks(corpusPaste(row))[0], row).toContain('accept() again');
      expect(checks(corpusPaste(row), 'zh-TW')[0], row).toContain('accept()');
    }
  });
});

describe('timed out (10060) on a TLS connection that was up', () => {
  it("gives a read's checks, not SYN retries, to OpenSSL's and libpq's reads (c32-080, c49-079, c85-002)", () => {
    // stunnel's `SSL_read: Operation timed out (60)`, psycopg2's `SSL SYSCALL error: Operation timed
    // out`, PgBouncer's `tls_sbufio_recv: read failed: Connection timed out`: data went unanswered.
    for (const row of ['c32-080', 'c49-079', 'c85-002']) {
      expect(checks(corpusPaste(row))[0], row).toMatch(/^This connection was up/);
      expect(checks(corpusPaste(row)).join('\n'), row).not.toContain('SYN retries');
    }
  });
});
