import { describe, expect, it } from 'vitest';
import { readPeers } from '../../../../src/core/reply/paste/peers.js';
import { testCore } from '../../../helpers/core.js';
import { corpusPaste } from '../../../helpers/corpus.js';

// The forms real pastes name a peer in (peer-patterns.ts, lookup-patterns.ts), each from corpus rows.
describe('readPeers on the forms of real pastes', () => {
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

  it('reads the host of Dart’s SocketException and not the port it prints after it, this side’s own (c231-016)', () => {
    // dart-lang/sdk #12693 and #60777: for a connect, read or write the port is the local ephemeral one.
    expect(
      readPeers(
        'Unhandled Exception: SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = localhost, port = 50730',
      ),
    ).toMatchObject({ hosts: ['localhost'], ports: [] });
    expect(
      readPeers(
        'SocketException: OS Error: Connection refused, errno = 111, address = 192.168.1.18, port = 36934',
      ),
    ).toMatchObject({ hosts: ['192.168.1.18'], ports: [] });
    expect(
      readPeers(
        'SocketException: The remote computer refused the network connection.\n (OS Error: The remote computer refused the network connection.\n, errno = 1225), address = 192.168.10.1, port = 53568',
      ),
    ).toMatchObject({ hosts: ['192.168.10.1'], ports: [] });
    // A URL in the same record still gives the port the request was for.
    expect(
      readPeers(
        'ClientException with SocketException: Connection refused (OS Error: Connection refused, errno = 61), address = localhost, port = 59341, uri=http://localhost:8080/api',
      ),
    ).toMatchObject({ hosts: ['localhost'], ports: ['8080'] });
  });

  it('keeps the port Dart asked for where it prints that one: a server socket, a connect that failed at once', () => {
    expect(
      readPeers(
        'SocketException: Failed to create server socket (OS Error: Address already in use, errno = 98), address = 0.0.0.0, port = 8080',
      ),
    ).toMatchObject({ hosts: [], ports: ['8080'] });
    expect(
      readPeers(
        'SocketException: Failed to create server socket (OS Error: Address already in use, errno = 98), address = 127.0.0.1, port = 8080',
      ),
    ).toMatchObject({ hosts: [], ports: ['8080'] });
    // A connect() that failed at once prints the peer's port (c42-032, c5-105).
    expect(
      readPeers(
        'SocketException: Connection failed (OS Error: Network is unreachable, errno = 101), address = pub.dartlang.org, port = 443',
      ),
    ).toMatchObject({ hosts: ['pub.dartlang.org'], ports: ['443'] });
    // Other runtimes' `port = N` is the peer's as before.
    expect(readPeers("redis.exceptions.ConnectionError: host = 'cache', port = 6379").ports).toEqual([
      '6379',
    ]);
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

  it("takes nginx stream's upstream, not the address nginx itself listens on (c236-036)", () => {
    // ngx_stream and ngx_mail log `client: <client>, server: <listen address>`: the port after
    // `server:` is nginx's own listening socket; the peer it failed to reach is the upstream.
    const stream =
      '[error] 57232#57232: *459112 upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.18.131.12, server: 0.0.0.0:9976, upstream: "10.1.2.3:3306", bytes from/to client:0/0';
    expect(readPeers(stream)).toMatchObject({ hosts: ['10.1.2.3'], ports: ['3306'] });
    // Where it prints no upstream port (masked), no port is better than its own.
    const masked =
      'upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.18.131.12, server: 0.0.0.0:9976, upstream: "123.77.2", bytes from/to client:0/0';
    expect(readPeers(masked).ports).toEqual([]);
    // A server named with its port elsewhere is still a peer.
    expect(readPeers('could not connect to server: db.internal:5432 refused').ports).toEqual(['5432']);
    const { core } = testCore();
    expect(core.scan(corpusPaste('c236-036'), 'en').reply?.sections[0]?.text).not.toContain('9976');
  });

  it('reads the address and port apt names after its error, [IP: address port] (c236-017, c21-004, c21-007)', () => {
    const apt =
      'E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/m/mpfr4/libmpfr6_4.0.1-1_amd64.deb  Connection timed out [IP: 91.189.88.149 80]';
    expect(readPeers(apt)).toMatchObject({ hosts: ['91.189.88.149'], ports: ['80'] });
    const v6 =
      '  `Cannot initiate the connection to archive.ubuntu.com:80 (2001:67c:1360:8001::21). - connect (113: No route to host) [IP: 2001:67c:1360:8001::21 80]`';
    expect(readPeers(v6)).toMatchObject({
      hosts: ['archive.ubuntu.com', '2001:67c:1360:8001::21'],
      ports: ['80'],
    });
    // nanoFramework's instruction offsets in a trace are no address (c6-055).
    expect(readPeers('    ++++ System.Net.Sockets.Socket::.ctor [IP: 0024]')).toMatchObject({
      hosts: [],
      ports: [],
    });
    const { core } = testCore();
    expect(JSON.stringify(core.scan(corpusPaste('c236-017'), 'en').reply)).toContain(
      '`nc -vz -w 5 91.189.88.174 80`',
    );
  });

  it("reads the port of Node's error where the writer masked its address with a word (c236-025)", () => {
    expect(readPeers('Failed to prune sessions: connect ECONNREFUSED ip_address:5432')).toMatchObject({
      hosts: [],
      ports: ['5432'],
    });
    expect(readPeers('Error: connect ECONNREFUSED IP_ADDRESS:6543').ports).toEqual(['6543']);
    expect(readPeers('Error: read ECONNRESET <ip>:443').ports).toEqual(['443']);
    // A name Node did not print (a writer's own words) is still read as the host it names.
    expect(readPeers('connect ETIMEDOUT db.internal:5432')).toMatchObject({
      hosts: ['db.internal'],
      ports: ['5432'],
    });
    // Not a file and line, nor a clock.
    expect(readPeers('connect ECONNREFUSED at Socket.js:42:7').ports).toEqual([]);
    const { core } = testCore();
    expect(JSON.stringify(core.scan(corpusPaste('c236-025'), 'en').reply)).toContain(
      "ss -ltnp 'sport = :5432'",
    );
  });

  it("reads the peer Android's libcore names in words, not this side's address and port after `from` (c233-002, c164-018)", () => {
    // IoBridge prints Java's InetAddress, `name/address` or `/address`, then `(port N)`; what
    // follows `from` is the local address and its ephemeral port.
    expect(
      readPeers(
        'java.net.ConnectException: failed to connect to /192.168.26.16 (port 9000) after 5000ms: isConnected failed: ENETUNREACH (Network is unreachable)',
      ),
    ).toMatchObject({ hosts: ['192.168.26.16'], ports: ['9000'] });
    expect(
      readPeers(
        'failed to connect to /192.168.1.100 (port 1234) from /192.168.31.108 (port 51828) after 5000ms: isConnected failed: EHOSTUNREACH (No route to host)',
      ),
    ).toMatchObject({ hosts: ['192.168.1.100'], ports: ['1234'] });
    // The name first, as the checks would rather use it (own-a-053, c135-012: a one-label name).
    expect(
      readPeers(
        'java.net.ConnectException: failed to connect to sis.rutgers.edu/128.6.217.23 (port 80): isConnected failed: ECONNREFUSED (Connection refused)',
      ),
    ).toMatchObject({ hosts: ['sis.rutgers.edu', '128.6.217.23'], ports: ['80'] });
    expect(
      readPeers(
        'failed to connect to taha/192.168.1.4 (port 5222) after 30000ms: isConnected failed: EHOSTUNREACH',
      ),
    ).toMatchObject({ hosts: ['taha', '192.168.1.4'], ports: ['5222'] });
    // A retyped `from / address` (c18-156) and an unbound `from /:: (port 0)` (c167-048) are this side's too.
    expect(
      readPeers(
        'failed to connect to /192.168.0.102 (port 19000) from / 192.168.0.100 (port 42950) after 10000ms',
      ),
    ).toMatchObject({ hosts: ['192.168.0.102'], ports: ['19000'] });
    expect(
      readPeers(
        'failed to connect to firestore.googleapis.com/142.250.183.74 (port 443) from /:: (port 0): connect failed: ENETUNREACH (Network is unreachable)',
      ),
    ).toMatchObject({ hosts: ['firestore.googleapis.com', '142.250.183.74'], ports: ['443'] });
  });
});
