import { describe, expect, it } from 'vitest';
import { readSigns, type Sign, situationOf } from '../../../../src/core/reply/paste/situation-signs.js';
import { testCore } from '../../../helpers/core.js';
import { corpusPaste } from '../../../helpers/corpus.js';

const signsOf = (record: string) => [...new Set(readSigns(record).map((s) => s.sign))].sort();

describe('readSigns', () => {
  it("reads UDP in Go's net errors, Node's dgram, .NET's UdpClient and a program's own words", () => {
    for (const record of [
      'read udp 10.0.0.5:41234->10.0.0.2:53: read: connection refused',
      'listen udp4 0.0.0.0:3478: bind: address already in use',
      'at doSend (node:dgram:721:16)',
      'at System.Net.Sockets.UdpClient.Receive(IPEndPoint& remoteEP)',
      'ddsi_udp_create_conn: failed to bind to ANY:7400: address in use',
      'Tue Apr 09 23:35:58 2019 read UDP: Unknown error (code=10054)',
    ]) {
      expect(signsOf(record), record).toContain('udp');
    }
  });

  it("reads no UDP in words that only contain the letters, nor in Android's `sendto failed`", () => {
    expect(signsOf('GET /updates/udpate?x=1 failed')).not.toContain('udp');
    expect(signsOf('sendto failed: ECONNREFUSED (Connection refused)')).not.toContain('udp');
  });

  it('tells a read on an open connection from a connect', () => {
    expect(signsOf('Error: read ETIMEDOUT')).toEqual(['established']);
    expect(signsOf('Error: connect ETIMEDOUT 10.0.0.9:5432')).toEqual(['connecting', 'tcp']);
    expect(signsOf('Connection timed out (Read failed)')).toEqual(['established']);
  });

  it("reads nginx's phases of a connection that was up as one, and its connect as a connect (own-b-035, c236-035)", () => {
    // nginx names what it was doing when the error came: a read timeout on the response header is its
    // proxy_read_timeout on an upstream connection that was up, not a SYN that went unanswered.
    for (const action of [
      'while reading response header from upstream',
      'while reading upstream',
      'while sending request to upstream',
      'while sending to client',
      'while proxying upgraded connection',
      'while proxying and reading from upstream',
      'while SSL handshaking to upstream',
    ]) {
      const record = `[error] 1046#1046: *2094 upstream timed out (110: Connection timed out) ${action}, client: 192.168.17.1`;
      expect(signsOf(record), action).toEqual(['established']);
    }
    expect(
      signsOf(
        '[error] 8063#8063: *13537 connect() failed (110: Connection timed out) while connecting to upstream',
      ),
    ).toEqual(['connecting', 'tcp']);
    // Prose that reads or sends something names no phase of a connection.
    expect(signsOf('Connection timed out while reading the config file')).toEqual([]);
    const { core } = testCore();
    const nginx =
      '[error] 1046#1046: *2094 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 192.168.17.1, server: localhost, request: "GET /update HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "192.168.17.128"';
    const reply = JSON.stringify(core.scan(nginx, 'en').reply);
    expect(reply).toContain('This connection was up');
    expect(reply).not.toContain('SYN retries');
  });

  it('reads a hostile record in bounded time', () => {
    const record = `${'read '.repeat(800)}${'udp'.repeat(1000)}`;
    const started = performance.now();
    readSigns(record);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('situationOf', () => {
  it('claims UDP or an open connection only where nothing in the records says otherwise', () => {
    expect(situationOf(['udp'])).toEqual({ transport: 'udp' });
    expect(situationOf(['udp', 'tcp'])).toEqual({});
    expect(situationOf(['established'])).toEqual({ phase: 'established' });
    expect(situationOf(['established', 'connecting'])).toEqual({});
    expect(situationOf([])).toEqual({});
  });

  it('claims no open connection for a UDP socket, which has none (`read udp …: read: connection timed out`)', () => {
    expect(situationOf(['udp', 'established'])).toEqual({ transport: 'udp' });
    expect(situationOf(['udp', 'tcp', 'established'])).toEqual({ phase: 'established' });
  });

  it("claims a server's bind or listen only where no connect or open connection is in its records", () => {
    for (const record of [
      'listen tcp :3000: bind: address already in use',
      'Error: listen EADDRINUSE: address already in use :::3000',
      'WARNING cannot listen on 127.0.0.1:6432: bind(): Address in use',
      'adb: error: cannot bind listener: Address already in use',
      'java.net.BindException: Address already in use',
      '[emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)',
    ]) {
      expect(situationOf(signsOf(record) as Sign[]), record).toEqual({ phase: 'listening' });
    }
    // Windows' connect() that clashed on a port: no bind of a server, a connect.
    const connect =
      'connectex: Only one usage of each socket address (protocol/network address/port) is normally permitted.';
    expect(situationOf(signsOf(connect) as Sign[])).toEqual({ phase: 'connecting' });
    // A UDP socket binds too.
    expect(situationOf(signsOf('listen udp4 0.0.0.0:3478: bind: address already in use') as Sign[])).toEqual({
      transport: 'udp',
      phase: 'listening',
    });
  });
});

describe('situationOf a connect', () => {
  it('claims an outgoing connect only where no bind, listen or open connection is in its records', () => {
    // c15-058 (Java's `Permission denied: connect`), c220-015 (Go's connectex): a connect() denied.
    expect(situationOf(signsOf('java.net.SocketException: Permission denied: connect') as Sign[])).toEqual({
      phase: 'connecting',
    });
    expect(situationOf(['connecting', 'listening', 'tcp'])).toEqual({});
    expect(situationOf(['connecting', 'established'])).toEqual({});
    // A UDP socket's connect() only sets its peer; UDP's own checks still apply.
    expect(situationOf(['connecting', 'udp'])).toEqual({ transport: 'udp' });
  });

  it("reads a client library's `connecting to` as a connect, but not wget's `... connected.`", () => {
    // c193-015 (redis-py), c104-011 (php-amqplib), c23-072 (wget's `failed:`)
    for (const record of [
      'redis.exceptions.ConnectionError: Error 99 connecting to 127.0.0.1:6379. Cannot assign requested address.',
      "message 'Error Connecting to server(13): Permission denied '",
      'Connecting to data.gharchive.org (data.gharchive.org)|104.27.165.156|:80... failed: Cannot assign requested address.',
    ]) {
      expect(situationOf(signsOf(record) as Sign[]), record).toEqual({ phase: 'connecting' });
    }
    expect(signsOf('Connecting to example.com (example.com)|93.184.216.34|:80... connected.')).toEqual([]);
  });

  it("reads OpenSSL's and libpq's reads and writes as a connection that was up", () => {
    for (const record of [
      'stunnel[730]: LOG3[0]: transfer: SSL_read: Operation timed out (60)',
      'psycopg2.DatabaseError: SSL SYSCALL error: Operation timed out',
      'WARNING tls_sbufio_recv: read failed: Connection timed out',
    ]) {
      expect(situationOf(signsOf(record) as Sign[]), record).toEqual({ phase: 'established' });
    }
  });

  it("reads a listening socket's accept() as the server's phase, not Java's `Consumer.accept(` frames", () => {
    for (const record of [
      'ERROR on accept: Software caused connection abort',
      'http: Accept error: accept tcp [::]:7788: accept4: too many open files; retrying in 1s',
      'ERROR accept() failed: Too many open files',
      '    conn, addr = self.socket.accept()\nsocket.error: [Errno 53] Software caused connection abort',
      'Fatal error: exception Unix.Unix_error(Unix.ECONNABORTED, "accept", "")',
    ]) {
      expect(situationOf(signsOf(record) as Sign[]), record).toEqual({ phase: 'listening' });
    }
    const frame =
      'at org.jboss.resteasy.reactive.client.handlers.ClientSendRequestHandler$3.accept(ClientSendRequestHandler.java:217)';
    expect(signsOf(frame)).toEqual([]);
    expect(signsOf('> accept: */*')).toEqual([]);
    expect(signsOf('accept: application/json')).toEqual([]);
  });

  it("reads a server's bind worded as a connect as no connect (c104-021, c80-058)", () => {
    for (const record of [
      'stream_socket_server(): unable to connect to tcp://0.0.0.0:41414 (Address already in use)',
      'error: could not install *smartsocket* listener: Address already in use\nerror: cannot connect to daemon',
    ]) {
      expect(situationOf(signsOf(record) as Sign[]).phase, record).not.toBe('connecting');
    }
    expect(
      situationOf(signsOf('could not install *smartsocket* listener: Address already in use') as Sign[]),
    ).toEqual({
      phase: 'listening',
    });
  });
});

describe('the retry advice of a port in use, by what the paste shows', () => {
  const { core } = testCore();
  const items = (text: string, locale: 'en' | 'zh-TW' = 'en') =>
    (core.scan(text, locale).reply?.sections[0]?.text ?? '').split('\n').filter((l) => /^\d+\./.test(l));

  it('says no retry helps a server whose port is taken, and keeps maybe for the refusal beside it (c61-030)', () => {
    // gin's proxy took :3000, so negroni's `listen tcp :3000: bind: address already in use`; binding
    // again does not free the port. The proxy's refused dial to 3001 may pass once the app is up.
    const paste = corpusPaste('c61-030');
    expect(items(paste)).toEqual([
      expect.stringMatching(/^1\. 10048 WSAEADDRINUSE ×1 · address · retry: no /),
      expect.stringMatching(/^2\. 14:25:36 10061 WSAECONNREFUSED ×1 · refused · retry: maybe /),
    ]);
    expect(items(paste, 'zh-TW')[0]).toContain('重試沒有幫助');
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(core.scan(paste, 'en').reply);
  });

  it("says so in a single error's answer, and keeps maybe for Windows' connect() that clashed on a port", () => {
    const listen = core.scan('Error: listen EADDRINUSE: address already in use :::3000', 'en').reply;
    expect(listen?.subtitle).toBe('address · retry: no · this machine');
    const connect = core.scan(
      'System.Net.Sockets.SocketException (10048): Only one usage of each socket address (protocol/network address/port) is normally permitted. at System.Net.Sockets.Socket.Connect(EndPoint remoteEP)',
      'en',
    ).reply;
    expect(connect?.subtitle).toBe('address · retry: maybe · this machine');
  });
});
