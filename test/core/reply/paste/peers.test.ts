import { describe, expect, it } from 'vitest';
import { readPeers, readSpots } from '../../../../src/core/reply/paste/peers.js';

describe('readPeers', () => {
  it.each([
    ['Error: connect ECONNREFUSED 127.0.0.1:5432', ['127.0.0.1'], ['5432']],
    // Node prints an IPv6 peer unbracketed; a mapped IPv4 address is its IPv4 peer.
    ['Error: connect ECONNREFUSED ::1:3000', ['::1'], ['3000']],
    ['Error: read ECONNRESET ::ffff:10.0.0.7:5432', ['10.0.0.7'], ['5432']],
    ['connect ETIMEDOUT 2001:db8::5:443', ['2001:db8::5'], ['443']],
    ['getaddrinfo ENOTFOUND db.internal', ['db.internal'], []],
    ['dial tcp: lookup db.internal on 10.0.0.2:53: no such host', ['db.internal'], []],
    ['java.net.UnknownHostException: cloud-2', ['cloud-2'], []],
    [
      'curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused',
      ['localhost'],
      ['8080'],
    ],
    ["HTTPConnectionPool(host='redis', port=6379): Max retries exceeded", ['redis'], ['6379']],
    [
      'io.netty.channel.ConnectTimeoutException: connection timed out: db.internal/10.0.0.7:5432',
      ['db.internal', '10.0.0.7'],
      ['5432'],
    ],
    [
      'read tcp 10.1.1.1:52425->52.228.84.81:443: wsarecv: An existing connection was forcibly closed',
      ['52.228.84.81'],
      ['443'],
    ],
    ['queryA EAI_AGAIN db', ['db'], []],
    ['curl: (6) Could not resolve host: api.example.com', ['api.example.com'], []],
    ['psql: error: could not translate host name "db" to address: Name or service not known', ['db'], []],
    [
      "NameResolutionError: Failed to resolve 'redis.internal' ([Errno -2] Name or service not known)",
      ['redis.internal'],
      [],
    ],
    ['ssh: connect to host bastion port 22: Connection refused', ['bastion'], ['22']],
    ['connect to address 10.25.14.2 port 5666: No route to host', ['10.25.14.2'], ['5666']],
    ['redis: connection refused, port 6379', [], ['6379']],
    ['listen tcp :8080: bind: address already in use', [], ['8080']],
    ['Error: listen EADDRINUSE: address already in use :::3000', [], ['3000']],
    // nginx names the upstream it could not resolve, then the configuration file and its line.
    [
      'nginx: [emerg] host not found in upstream "backend" in /etc/nginx/conf.d/default.conf:23',
      ['backend'],
      [],
    ],
    [
      '[emerg] 1#0: host not found in upstream "my-harbor-core:80" in /etc/nginx/nginx.conf:22',
      ['my-harbor-core'],
      ['80'],
    ],
    [
      '[error] 7#7: *3 api.internal could not be resolved (3: Host not found), client: 10.0.0.1',
      ['api.internal'],
      [],
    ],
    ['[error] 7#7: *3 backend could not be resolved (2: Server failure), client: 10.0.0.1', ['backend'], []],
    // Apple's Network framework names a connection `[C2.1:1]`: no host, no port (c10-015).
    ['nw_socket_handle_socket_event [C2.1:1] Socket SO_ERROR [61: Connection refused]', [], []],
    ['Error: connect ECONNREFUSED 10.0.0.7:5432 (app 1.2.3:80)', ['10.0.0.7'], ['5432']],
  ])('reads %s', (record, hosts, ports) => {
    const peers = readPeers(record);
    expect(peers.hosts).toEqual(hosts);
    expect(peers.ports).toEqual(ports);
  });

  it("reads a Docker name with '_' as a host where the text says it is one, and the resolver as none", () => {
    // Compose v1 names containers `app_db_1`; a service may be `my_backend`; Docker's DNS answers for both.
    expect(readPeers('dial tcp: lookup my_db on 127.0.0.11:53: no such host')).toMatchObject({
      hosts: ['my_db'],
      dnsServers: ['127.0.0.11'],
    });
    expect(readPeers('Error: getaddrinfo ENOTFOUND redis_cache').hosts).toEqual(['redis_cache']);
    expect(readPeers('request to http://my_backend_container:3001/api failed')).toMatchObject({
      hosts: ['my_backend_container'],
      ports: ['3001'],
    });
    expect(readPeers("HTTPConnectionPool(host='app_db_1', port=5432)").hosts).toEqual(['app_db_1']);
    // Capitals joined by `_` are a writer's placeholder, which no check should be filled with.
    expect(readPeers('getaddrinfo ENOTFOUND WRONG_URL').hosts).toEqual([]);
    expect(readPeers('dial tcp: lookup CONTAINER_ID on 127.0.0.11:53: no such host').hosts).toEqual([]);
  });

  it('reads the DNS server a Go look-up asked', () => {
    expect(readPeers('lookup db.internal on 10.0.0.2:53: no such host').dnsServers).toEqual(['10.0.0.2']);
  });

  it('names first the host a failed look-up asked for, before the address of the URL it was for', () => {
    const go =
      'Get "https://10.96.0.1:443/apis": dial tcp: lookup kubernetes.default on 10.96.0.10:53: no such host';
    expect(readPeers(go)).toMatchObject({
      hosts: ['kubernetes.default', '10.96.0.1'],
      dnsServers: ['10.96.0.10'],
    });
    const node = 'request to https://10.0.0.7:8443/x failed, reason: getaddrinfo ENOTFOUND api.internal';
    expect(readPeers(node).hosts[0]).toBe('api.internal');
    expect(readPeers('connect ECONNREFUSED 10.0.0.7:5432').hosts).toEqual(['10.0.0.7']);
  });

  it('takes no source file, line number or local address for a host', () => {
    const trace = [
      'at org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:785)',
      'File "client.py", line 12, in <module>',
      'at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      'bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'No such host is known. host not found',
    ].join('\n');
    const peers = readPeers(trace);
    expect(peers.hosts).toEqual([]);
    expect(peers.ports).toEqual(['80']);
  });

  it("takes no word of a sentence after 'host' for a host (c118-003), but a name that ends the phrase", () => {
    // Spanish: "the name of the remote host was not found (host name not valid)".
    const spanish = 'razón: No se encontró el nombre del host remoto (nombre de host no válido).';
    expect(readPeers(spanish).hosts).toEqual([]);
    expect(readPeers('Il nome host sconosciuto non è valido').hosts).toEqual([]);
    expect(readPeers('ssh: Could not resolve hostname bastion: Name or service not known').hosts).toEqual([
      'bastion',
    ]);
    expect(readPeers('ping: unknown host db').hosts).toEqual(['db']);
    expect(readPeers('Ping request could not find host host.docker.internal. Please check').hosts).toEqual([
      'host.docker.internal',
    ]);
    expect(readPeers('could not connect to host db.internal port 5432').hosts).toEqual(['db.internal']);
    expect(readPeers('host = db, port = 5432').hosts).toEqual(['db']);
    expect(readPeers('Unknown MySQL server host "db" (-2)').hosts).toEqual(['db']);
  });

  it("takes the quoted name of Android's UnknownHostException, not the first word of its sentence (c225-042)", () => {
    // Android's libcore: `Unable to resolve host "<name>": No address associated with hostname`.
    const android =
      'java.net.UnknownHostException: Unable to resolve host "api.example.com": No address associated with hostname';
    expect(readPeers(android).hosts).toEqual(['api.example.com']);
    // It is the name the resolver was asked for, so it comes before any address of the record.
    expect(readSpots(android).filter((s) => s.lookedUp)).toEqual([
      { at: expect.any(Number), host: 'api.example.com', lookedUp: true },
    ]);
    // Other libraries put a sentence there too, with the name quoted or none at all.
    expect(readPeers("java.net.UnknownHostException: Failed to resolve 'id.sage.com' [A(1)]").hosts).toEqual([
      'id.sage.com',
    ]);
    expect(readPeers('java.net.UnknownHostException: DNS name not found [response code 3]').hosts).toEqual(
      [],
    );
    expect(
      readPeers('java.net.UnknownHostException: Invalid host name: local host is: (unknown)').hosts,
    ).toEqual([]);
    expect(readPeers('java.net.UnknownHostException: Invalid Hostname for Server').hosts).toEqual([]);
    // The JDK's own message is the name, whatever its case, before the resolver's words.
    expect(readPeers('java.net.UnknownHostException: DESKTOP-7Q2: Name or service not known').hosts).toEqual([
      'DESKTOP-7Q2',
    ]);
    expect(readPeers('UnknownHostException: ub16x64j96 and Connection refused on ub16x64j93').hosts).toEqual([
      'ub16x64j96',
    ]);
  });

  it("takes no preposition after a resolver's words for a host (c183-021)", () => {
    const realmd = ' * Performing LDAP DSE lookup on: 10.111.112.100';
    expect(readPeers(realmd).hosts).not.toContain('on');
    expect(readPeers('Error: getaddrinfo EAI_AGAIN again and again').hosts).toEqual([]);
    expect(readPeers('dial tcp: lookup db.internal on 10.0.0.2:53: no such host').hosts).toEqual([
      'db.internal',
    ]);
  });

  it("keeps the resolver Go's datagram went to, and its port, where the failing call was to it (c147-004, c2-281)", () => {
    // The look-up's name comes first (its checks resolve it); the datagram's peer is the resolver itself.
    const go =
      'dial tcp: lookup db.internal on 10.0.0.2:53: read udp 10.0.0.5:41234->10.0.0.2:53: read: connection refused';
    expect(readPeers(go)).toMatchObject({
      hosts: ['db.internal', '10.0.0.2'],
      ports: ['53'],
      dnsServers: ['10.0.0.2'],
    });
    const ipv6 =
      'Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on [::1]:53: read udp [::1]:40242->[::1]:53: read: connection refused';
    expect(readPeers(ipv6)).toMatchObject({ hosts: ['registry-1.docker.io', '[::1]'], ports: ['53'] });
    // Go's `dial udp [::1]:53: socket: permission denied` names no source: the address is the peer (c21-056).
    const dial =
      'dial tcp: lookup registry.anyquery.dev on [::1]:53: dial udp [::1]:53: socket: permission denied';
    expect(readPeers(dial).ports).toEqual(['53']);
    // A look-up that failed on its own answer names no datagram's peer: the resolver stays out.
    expect(readPeers('dial tcp: lookup db.internal on 10.0.0.2:53: no such host')).toMatchObject({
      hosts: ['db.internal'],
      ports: [],
    });
  });

  it("reads the port of Cyclone DDS's `ANY:7400`, and no host (c47-040)", () => {
    const dds = 'ddsi_udp_create_conn: failed to bind to ANY:7400: address in use';
    expect(readPeers(dds)).toMatchObject({ hosts: [], ports: ['7400'] });
  });

  it("reads the address tuples Python prints: asyncio's connect, a bind's, an empty host (c90-058, c111-015)", () => {
    expect(
      readPeers("ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 6379)"),
    ).toMatchObject({
      hosts: ['127.0.0.1'],
      ports: ['6379'],
    });
    expect(
      readPeers("ERROR: bind() for ('0.0.0.0', 161) failed: [Errno 13] Permission denied"),
    ).toMatchObject({
      hosts: [],
      ports: ['161'],
    });
    expect(
      readPeers(
        "OSError: [Errno 98] error while attempting to bind on address ('', 5005): address already in use",
      ).ports,
    ).toEqual(['5005']);
    expect(
      readPeers("OSError: [Errno 99] Cannot assign requested address: ('::1', 8000, 0, 0)"),
    ).toMatchObject({
      hosts: ['::1'],
      ports: ['8000'],
    });
    expect(readPeers("Connect call failed ('::ffff:172.31.95.1', 1340, 0, 0)")).toMatchObject({
      hosts: ['172.31.95.1'],
      ports: ['1340'],
    });
    expect(
      readPeers("socket.gaierror: [Errno -2] Name or service not known: ('db.internal', 5432)").hosts,
    ).toEqual(['db.internal']);
    // A source file and its line, as `warnings` prints them, are no host and port.
    expect(readPeers("('client.py', 12)")).toMatchObject({ hosts: [], ports: [] });
  });

  it('takes no source address for a peer where a log escaped its arrow as HTML (c42-122)', () => {
    const go = 'lookup api.example.com on 8.8.8.8:53: read udp 192.168.0.1:1234-&gt;8.8.8.8:53: i/o timeout';
    expect(readPeers(go)).toMatchObject({ hosts: ['api.example.com', '8.8.8.8'], ports: ['53'] });
  });

  it('reads the server and port dig names as BIND prints them, `address#port` (c151-011, c151-022)', () => {
    expect(readPeers(';; communications error to 192.168.1.8#53: connection refused')).toMatchObject({
      hosts: ['192.168.1.8'],
      ports: ['53'],
      dnsServers: ['192.168.1.8'],
    });
    expect(readPeers(';; communications error to 2001:db8::53#53: timed out').dnsServers).toEqual([
      '2001:db8::53',
    ]);
    // named's `client @0x7fa6a8006c80 100.64.0.5#58051` is a client's own port: no peer of a failing call.
    expect(
      readPeers('named[2795963]: client @0x7fa6a8006c80 100.64.0.5#58051 (x.example): query failed (REFUSED)')
        .ports,
    ).toEqual([]);
  });

  it("reads the server a resolver's query went to in BIND's and unbound's logs (c151-001, c20-092, c20-093)", () => {
    const named =
      "named[445979]: network unreachable resolving 'vscode-cdn.z01.azurefd.net/A/IN': 2620:1ec:8ec:10::23#53";
    expect(readPeers(named)).toMatchObject({ hosts: ['2620:1ec:8ec:10::23'], ports: ['53'] });
    const tcp =
      'unbound[3180577]: [3180577:0] error: tcp connect: Connection refused for 199.7.91.13 port 53';
    expect(readPeers(tcp)).toMatchObject({ hosts: ['199.7.91.13'], ports: ['53'] });
    const udp =
      'unbound[3903467:1] error: udp connect failed: Network is unreachable for 2001:500:a8::e port 53 (len 28)';
    expect(readPeers(udp)).toMatchObject({ hosts: ['2001:500:a8::e'], ports: ['53'] });
    const sending =
      'unbound[1:1] info: error sending query to auth server ip6 2001:500:a8::e port 53 (len 28)';
    expect(readPeers(sending)).toMatchObject({ hosts: ['2001:500:a8::e'], ports: ['53'] });
  });

  it("takes no side of a flow for its peer where Go's destination is redacted (c204-005, c32-016)", () => {
    const redacted =
      'failed to fallback request payload > read tcp 10.0.0.4:443-> 我的公网IP :37288: read: connection reset by peer';
    expect(readPeers(redacted)).toMatchObject({ hosts: [], ports: [] });
    const masked =
      'read tcp 192.168.31.140:62182->xx.xx.xx.xx:xxxx: wsarecv: An existing connection was forcibly closed';
    expect(readPeers(masked).hosts).not.toContain('192.168.31.140');
  });

  it("takes no local address of a Python socket's repr, nor the client of an access log line (c202-023)", () => {
    const repr =
      "Time out encountered in <socket.socket fd=684, family=2, type=1, proto=0, laddr=('169.254.50.134', 61152), raddr=('169.254.144.236', 49691)>";
    expect(readPeers(repr)).toMatchObject({ hosts: ['169.254.144.236'], ports: ['49691'] });
    expect(readPeers('INFO:     (\'10.0.0.9\', 53412) - "GET / HTTP/1.1" 200').hosts).toEqual([]);
  });

  it('reads hostile input in linear time', () => {
    const started = Date.now();
    for (const chunk of [
      'a.'.repeat(100_000),
      '1.'.repeat(100_000),
      'host='.repeat(50_000),
      ':'.repeat(200_000),
      "('1.1.1.1', 1, 1".repeat(20_000),
      'connect to a.b/1.1.1.1 (port '.repeat(10_000),
      'from /1.1.1.1 (port 1 '.repeat(10_000),
    ]) {
      readPeers(chunk);
    }
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
