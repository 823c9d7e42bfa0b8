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

  it('takes a name the text calls a host for one, whatever it ends with (c140-021: a .pl domain)', () => {
    // Where the words say it is a host, `.pl`, `.sh`, `.rs` are Poland, Saint Helena, Serbia: no files.
    const gdal = 'GDAL Error 1: Failed to connect to swietochlowice.geoportal2.pl port 443 after 135590 ms';
    expect(readPeers(gdal).hosts).toEqual(['swietochlowice.geoportal2.pl']);
    expect(readPeers('curl: (6) Could not resolve host: mirror.example.sh').hosts).toEqual([
      'mirror.example.sh',
    ]);
    expect(readPeers('getaddrinfo ENOTFOUND api.example.rs').hosts).toEqual(['api.example.rs']);
    // Beside a number with no such words, a source file's name is still no host.
    expect(readPeers('at main (deploy.pl:443)').hosts).toEqual([]);
  });

  it('reads the peer rsync and BSD telnet name before the error text (c113-005, c23-004)', () => {
    const rsync =
      'rsync: failed to connect to mirrors.ustc.edu.cn (202.141.160.110): Connection refused (111)';
    expect(readPeers(rsync).hosts).toEqual(['mirrors.ustc.edu.cn', '202.141.160.110']);
    const rsync6 =
      'rsync: failed to connect to mirrors.ustc.edu.cn (2001:da8:d800:95::110): Network is unreachable (101)';
    expect(readPeers(rsync6).hosts).toEqual(['mirrors.ustc.edu.cn', '2001:da8:d800:95::110']);
    expect(readPeers('telnet: connect to address 127.0.0.1: Connection refused').hosts).toEqual([
      '127.0.0.1',
    ]);
    expect(readPeers('telnet: connect to address ::1: Connection refused').hosts).toEqual(['::1']);
  });

  it('reads the peer a mail server names as name[address]:port (c20-008)', () => {
    const v4 =
      'postfix/smtp[1341]: connect to gmail-smtp-in.l.google.com[209.85.144.26]:25: Connection timed out';
    expect(readPeers(v4)).toMatchObject({
      hosts: ['gmail-smtp-in.l.google.com', '209.85.144.26'],
      ports: ['25'],
    });
    const v6 = 'connect to gmail-smtp-in.l.google.com[2607:f8b0:400d:c0e::1a]:25: Network is unreachable';
    expect(readPeers(v6)).toMatchObject({
      hosts: ['gmail-smtp-in.l.google.com', '2607:f8b0:400d:c0e::1a'],
      ports: ['25'],
    });
    // A process id in brackets is none.
    expect(readPeers('Jul 19 08:03:44 mail postfix/smtp[1341]: warning: x').hosts).toEqual([]);
  });

  it('reads the host Android, gRPC, wget and the JDK on Windows could not resolve, not a word of the sentence (own-a-137)', () => {
    const android =
      'java.net.UnknownHostException: Unable to resolve host "aquarium.lipetsk.ru": No address associated with hostname';
    expect(readPeers(android).hosts).toEqual(['aquarium.lipetsk.ru']);
    expect(readPeers('UNAVAILABLE: Unable to resolve host fakeurl').hosts).toEqual(['fakeurl']);
    expect(readPeers('wget: unable to resolve host address ‘github.com’').hosts).toEqual(['github.com']);
    expect(readPeers('slurm_set_addr: Unable to resolve "db01fl"').hosts).toEqual(['db01fl']);
    expect(readPeers('java.net.UnknownHostException: No such host is known (db.internal)').hosts).toEqual([
      'db.internal',
    ]);
    expect(readPeers('Unable to resolve package source').hosts).toEqual([]);
    // wget's quote around a name that is none (c23-034, c23-035) leaves no host, not the word 'address'.
    expect(readPeers('wget: unable to resolve host address ‘.’').hosts).toEqual([]);
    expect(readPeers("wget: unable to resolve host address '=1418351668788372'").hosts).toEqual([]);
    // The name itself, alone or before its reason, is still read.
    expect(readPeers('java.net.UnknownHostException: cloud-2').hosts).toEqual(['cloud-2']);
    expect(readPeers('UnknownHostException: db.internal: Name or service not known').hosts).toEqual([
      'db.internal',
    ]);
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

  it("reads libpq's server, apt's, GLib's, libgit2's and the host command's names (c3-002, c145-015)", () => {
    const libpq =
      'connection to server at "localhost" (::1), port 5432 failed: Cannot assign requested address';
    expect(readPeers(libpq)).toMatchObject({ hosts: ['localhost', '::1'], ports: ['5432'] });
    const lookup =
      'connection to server at "bad.host", port 5432 failed: failed to lookup address information';
    expect(readPeers(lookup)).toMatchObject({ hosts: ['bad.host'], ports: ['5432'] });
    expect(readPeers("W: Temporary failure resolving 'archive.ubuntu.com'").hosts).toEqual([
      'archive.ubuntu.com',
    ]);
    expect(readPeers("Error resolving 'sdk.gnome.org': Temporary failure in name resolution").hosts).toEqual([
      'sdk.gnome.org',
    ]);
    expect(readPeers('failed to resolve address for github.com: Name or service not known').hosts).toEqual([
      'github.com',
    ]);
    expect(readPeers('Host web-prod.marathon.mesos not found: 3(NXDOMAIN)').hosts).toEqual([
      'web-prod.marathon.mesos',
    ]);
    expect(readPeers("DNSLookupError: DNS lookup failed: address 'vps.forre.st' not found").hosts).toEqual([
      'vps.forre.st',
    ]);
  });

  it('reads the one-label host of a URL (c6-098: tcp://redis:6379), not a file and line', () => {
    const php = 'php_network_getaddresses: getaddrinfo failed: Name or service not known [tcp://redis:6379]';
    expect(readPeers(php)).toMatchObject({ hosts: ['redis'], ports: ['6379'] });
    expect(readPeers('ConnectionError: http://elastic:changeme@elasticsearch:9200/ refused')).toMatchObject({
      hosts: ['elasticsearch'],
      ports: ['9200'],
    });
    expect(readPeers('at Main.main(Main.java:42)').hosts).toEqual([]);
  });

  it("takes the destination of a relay's 'source -> destination', not its own side (c32-071, c204-015)", () => {
    const clash =
      'msg="[TCP] dial DIRECT 223.252.60.83:52369 --> 85.202.165.138:8001 error: dial tcp4 85.202.165.138:8001: i/o timeout"';
    expect(readPeers(clash)).toMatchObject({ hosts: ['85.202.165.138'], ports: ['8001'] });
    const shadowsocks =
      'ERROR tcp tunnel 127.0.0.1:35878 -> 198.54.132.106:63057 connect failed, error: Connection refused';
    expect(readPeers(shadowsocks)).toMatchObject({ hosts: ['198.54.132.106'], ports: ['63057'] });
  });

  it('reads an IPv4 address a SIP server writes in brackets without them (c78-007)', () => {
    expect(
      readPeers('tcp_read_data(): error reading: Connection timed out (110) ([49.69.41.98]:36121)'),
    ).toMatchObject({
      hosts: ['49.69.41.98'],
      ports: ['36121'],
    });
  });

  it('takes none of the words programs and prose put where a name would be (c121-003, c58-071, c7-041)', () => {
    for (const text of [
      'ssh: connect to host port 22: Connection refused',
      'The connection was refused by the host computer',
      'error: could not connect to TCP port 5554: Connection refused',
      'Unable to connect to remote host: Network is unreachable',
      'Failed to connect to remote host: OS Error',
      'host: Some(Domain("localhost")), port: Some(8551)',
      'Error establishing connection to host: dial udp: lookup failed',
      '[Question] Should getaddrinfo EAI_AGAIN treated as down?',
      'The error querySrv ECONNREFUSED indicates a DNS resolution failure',
    ]) {
      expect(readPeers(text).hosts, text).toEqual([]);
    }
  });

  it("reads the names OpenVPN, Node's querySrv and a host= URL give (c70-055, c41-064)", () => {
    const openvpn =
      'RESOLVE: Cannot resolve host address: usa-washingtondc.privacy.network:1198 (Name or service not known)';
    expect(readPeers(openvpn).hosts[0]).toBe('usa-washingtondc.privacy.network');
    const srv = 'Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net';
    expect(readPeers(srv).hosts).toEqual(['_mongodb._tcp.cluster0.abcde.mongodb.net']);
    expect(readPeers('getaddrinfo ENOTFOUND db\n    at GetAddrInfoReqWrap.onlookup').hosts).toEqual(['db']);
    expect(readPeers('getaddrinfo ENOTFOUND db at GetAddrInfoReqWrap.onlookup').hosts).toEqual(['db']);
    expect(readPeers('Error: getaddrinfo ENOTFOUND mvbkmkjplos mvbkmkjplos:80').hosts[0]).toBe('mvbkmkjplos');
    const smtp = 'Connection could not be established with host "ssl://smtpout.secureserver.net:465"';
    expect(readPeers(smtp)).toMatchObject({ hosts: ['smtpout.secureserver.net'], ports: ['465'] });
  });

  it("reads the name nslookup could not find (c97-036), from Linux's and Windows' nslookup", () => {
    const busybox = "** server can't find kubernetes.default.svc.cluster.local: NXDOMAIN";
    expect(readPeers(busybox).hosts).toEqual(['kubernetes.default.svc.cluster.local']);
    expect(readPeers("*** dns1.example can't find db.corp: Non-existent domain").hosts).toEqual(['db.corp']);
    expect(readPeers("I can't find it: the logs").hosts).toEqual([]);
  });

  it('reads hostile input in linear time', () => {
    const started = Date.now();
    for (const chunk of [
      'a.'.repeat(100_000),
      '1.'.repeat(100_000),
      'host='.repeat(50_000),
      ':'.repeat(200_000),
    ]) {
      readPeers(chunk);
    }
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
