/**
 * What a log record shows about the failing call besides its peer: the transport (a UDP socket's
 * refusal is an ICMP port unreachable, and its listener is no TCP one) and the phase (a timeout on
 * a connection that was up is retransmissions or keep-alives going unanswered, not SYN retries).
 * Each sign is read near the error it belongs to, as its peers are (see `peersOfError`).
 */
export type Sign = 'udp' | 'tcp' | 'established' | 'connecting' | 'listening';

/**
 * Words that only one transport's or one phase's calls print. Each alternative starts on fixed
 * words and is bounded, so a record is read in linear time.
 */
const SIGNS: readonly [Sign, RegExp][] = [
  [
    'udp',
    new RegExp(
      [
        // UDP named as such: Go's `read udp 10.0.0.5:41234->10.0.0.2:53: read: connection refused` and
        // `listen udp4 0.0.0.0:3478`, OpenVPN's `read UDP`, `udp bind()`, `ddsi_udp_create_conn`
        String.raw`(?:\b|_)[Uu][Dd][Pp][46]?(?:\b|_)`,
        // Node's dgram module in a stack (`at doSend (node:dgram:721:16)`), .NET's and Java's UDP classes
        String.raw`\bnode:dgram\b`,
        String.raw`\bdgram\.js\b`,
        String.raw`\bUdpClient\b`,
        String.raw`\bDatagram(?:Socket|Channel)\b`,
        String.raw`\bPortUnreachableException\b`,
        // Windows' datagram calls; Android's libcore calls recvfrom() on TCP sockets too, so not that
        String.raw`\b(?:wsa|WSA)(?:recvfrom|sendto|RecvFrom|SendTo)\b`,
        String.raw`\bSocket\.(?:ReceiveFrom|SendTo)\b`,
        String.raw`\bICMP\b[^\n]{0,30}?\b[Pp]ort [Uu]nreachable\b`,
        String.raw`\bSOCK_DGRAM\b`,
        String.raw`\bQUIC\b`,
        // Python's `self.socket.sendto(msg, self.address)` (logging's SysLogHandler), C's perror
        // `sendto: Connection refused`, not Android's `sendto failed:` (its TCP sockets say it too)
        String.raw`\.(?:sendto|recvfrom)\(`,
        String.raw`\b(?:sendto|recvfrom)(?:\(\))?(?:: | failed \(\d)`,
        // nginx's resolver: `send() failed (111: Connection refused) while resolving, resolver: …`
        'while resolving, resolver',
      ].join('|'),
      'g',
    ),
  ],
  [
    'tcp',
    new RegExp(
      [
        String.raw`\b(?:read|write|listen) tcp[46]?\b`,
        // A refused connect() is TCP's own: Go's `connect:`, Node's `connect ECONNREFUSED`, Windows' `connectex`
        String.raw`\b[Cc]onnect(?:ex)?\b`,
        String.raw`\bTCP(?:ConnectWrap)?\b`,
        String.raw`\bTcpClient\b`,
        'actively refused',
      ].join('|'),
      'g',
    ),
  ],
  [
    'established',
    new RegExp(
      [
        // Go: `read tcp a->b: read: connection timed out`, `wsarecv: A connection attempt failed…`
        String.raw`\b(?:read|write) tcp[46]?\b`,
        String.raw`\b(?:wsa|WSA)(?:recv|send|Recv|Send)\b`,
        // Node's `read ETIMEDOUT`, nginx's `recv() failed (110: Connection timed out)`
        String.raw`\b(?:read|write|recv|send)(?:\(\) failed| failed)?:? \(?(?:ETIMEDOUT|110: |60: |[Cc]onnection timed out|[Oo]peration timed out)`,
        // OpenSSL's and libpq's reads and writes on a TLS connection that was up: stunnel's `SSL_read:
        // Operation timed out (60)` (c32-080), psycopg2's `SSL SYSCALL error: Connection timed out` (c49-080)
        String.raw`\bSSL_(?:read|write)\b`,
        String.raw`\bSSL SYSCALL error\b`,
        String.raw`\bsyscall: '(?:read|write)'`,
        // Java's `Connection timed out (Read failed)`, `socketRead0`; Python's `self._sock.recv(…)` frame
        // (not `.send(`: requests' `adapter.send(` frame is in a connect's trace too)
        String.raw`\((?:Read|Write) failed\)`,
        String.raw`\bsocket(?:Read|Write)0\b`,
        String.raw`\.recv(?:_into)?\(`,
        String.raw`\bonStreamRead\b`,
        // curl's `Recv failure: Connection timed out`
        String.raw`\b(?:Recv|Send) failure: `,
        // nginx's action on a connection that was up: `upstream timed out (110: …) while reading
        // response header from upstream` is its proxy_read_timeout, no SYN unanswered (own-b-035)
        String.raw`\bwhile (?:reading (?:response header from )?upstream|sending (?:request )?to (?:upstream|client)|proxying (?:upgraded connection|and (?:reading|sending))|SSL handshaking to upstream)\b`,
      ].join('|'),
      'g',
    ),
  ],
  [
    'connecting',
    new RegExp(
      [
        // Not urllib3's `Retry(total=4, connect=None, read=None…)`, which pip and requests print for a
        // request that failed after its connect (`ProtocolError('Connection aborted.', …)`)
        String.raw`\b[Cc]onnect(?:ex)?\b(?!=)`,
        String.raw`\bdial\b`,
        String.raw`\bSYN_SENT\b`,
        String.raw`\bTCPConnectWrap\b`,
        String.raw`ConnectException\b`,
        // .NET's HttpClient and Socket frames (`at System.Net.Http.ConnectHelper.ConnectAsync(…)`, c175-008)
        String.raw`\bConnectHelper\.ConnectAsync\b`,
        String.raw`\bSocket\.Connect(?:Async)?\(`,
        // requests/urllib3: `ConnectTimeout`, `Failed to establish a new connection`
        String.raw`\bConnectTimeout`,
        'establish a new connection',
        String.raw`\b(?:while|when) connecting\b`,
        // redis-py's `Error 99 connecting to 127.0.0.1:6379` (c193-015), php-amqplib's `Error Connecting
        // to server(13)` (c104-011), wget's `Connecting to host|addr|:80... failed:` (c23-072); not
        // wget's `... connected.`, after which a read fails on a connection that was up
        String.raw`\b[Cc]onnecting to\b(?![^\n]{0,160}?\.\.\. connected\b)`,
      ].join('|'),
      'g',
    ),
  ],
  [
    'listening',
    new RegExp(
      [
        // A server's own port: Go's `listen tcp :8080: bind: …`, Node's `listen EADDRINUSE`, C's
        // `bind(): Address in use`, `bind: Address already in use`, `bind() to 0.0.0.0:80 failed`
        String.raw`\blisten (?:tcp|udp)[46]?\b`,
        String.raw`\blisten E[A-Z]{4,12}\b`,
        String.raw`\b[Bb]ind(?:\(\))?(?:: | failed\b| to )`,
        String.raw`\b(?:[Cc]ould ?n[o']t|[Cc]annot|[Uu]nable to|[Ff]ailed to) (?:bind|listen)\b`,
        String.raw`\bBindException\b`,
        String.raw`\.bind\(`,
        // A server's bind in a client's words: PHP's `stream_socket_server(): unable to connect to
        // tcp://0.0.0.0:41414 (Address already in use)` (c104-021), adb's `could not install
        // *smartsocket* listener` before its `cannot connect to daemon` (c80-058)
        String.raw`\bstream_socket_server\(`,
        String.raw`\binstall \*smartsocket\* listener\b`,
        // The listening socket's accept(): `ERROR on accept: …` (c129-004), Go's `accept tcp [::]:7788:
        // accept4: …`, nginx's `accept() failed`, Python's `self.socket.accept()`, OCaml's
        // `Unix_error(Unix.ECONNABORTED, "accept", "")`; not Java's `Consumer.accept(` frames nor an HTTP
        // header's `accept: */*` or `accept: application/json`
        String.raw`\baccept(?:4|\(\))?(?:: (?![\w.+-]{0,40}/|\*)| failed\b)`,
        String.raw`\b(?:on|in|from) accept(?:\(\))?\b`,
        String.raw`\baccept tcp[46]?\b`,
        String.raw`\bsocket\.accept\(`,
        String.raw`\bUnix\.E[A-Z]{4,12}, "accept"`,
      ].join('|'),
      'g',
    ),
  ],
];

/** The signs a record shows, each with where (its offset in the record). */
export function readSigns(record: string): { at: number; sign: Sign }[] {
  return SIGNS.flatMap(([sign, re]) => [...record.matchAll(re)].map((m) => ({ at: m.index, sign })));
}

/**
 * What the signs of an error's records say, where none says otherwise: UDP, a connection that was
 * up, a server's bind or listen, a connect. A UDP socket has no connection to be up (`read udp …:
 * read: connection timed out` is a receive that waited in vain), so UDP claims no such phase; it binds.
 */
export function situationOf(signs: readonly Sign[]): {
  transport?: 'udp';
  phase?: 'established' | 'listening' | 'connecting';
} {
  const has = (sign: Sign) => signs.includes(sign);
  const udp = has('udp') && !has('tcp');
  const listening = has('listening') && !has('connecting') && !has('established');
  const connecting = !udp && has('connecting') && !has('listening') && !has('established');
  return {
    ...(udp ? { transport: 'udp' as const } : {}),
    ...(!udp && has('established') && !has('connecting') ? { phase: 'established' as const } : {}),
    ...(listening ? { phase: 'listening' as const } : {}),
    ...(connecting ? { phase: 'connecting' as const } : {}),
  };
}
