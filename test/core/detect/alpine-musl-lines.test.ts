import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from Alpine, musl and BusyBox containers, from real pastes of corpus round 97. */
describe("detectErrors keeps BusyBox wget's missing TLS helper apart from a server's reset", () => {
  it("reads no error when the old helper 'ssl_helper' could not be executed (gliderlabs/docker-alpine issue #188)", () => {
    const text =
      "Connecting to get.docker.com (54.230.7.103:443)\nwget: can't execute 'ssl_helper': No such file or directory\nwget: error getting response: Connection reset by peer";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error when 'ssl_client' is missing from the image (docker-hardened-images/catalog issue #472)", () => {
    const text =
      "Connecting to hub.docker.com (104.18.43.187:443)\nwget: can't execute 'ssl_client': No such file or directory\nwget: error getting response: Connection reset by peer";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error for builds that exec 'openssl' instead", () => {
    const text =
      "wget: can't execute 'openssl': No such file or directory\nwget: error getting response: Connection reset by peer";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the server's reset over plain http, with no helper (gliderlabs/docker-alpine issue #344)", () => {
    const text =
      '# docker run --rm alpine:3.6 wget http://google.com\nConnecting to google.com (216.58.194.206:80)\nwget: error getting response: Connection reset by peer';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('still reads the reset after a TLS failure in the helper, as corpus c20-104 labels it', () => {
    const text =
      'Connecting to ftp.openbsd.org (129.128.5.191:443)\nwget: TLS error from peer (alert code 40): handshake failure\nwget: error getting response: Connection reset by peer';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors reads musl's and BusyBox's resolver wording", () => {
  it("reads BusyBox's 'bad address' from wget, ping and nc as host not found", () => {
    expect(highIds("wget: bad address 'dotnetcli.azureedge.net'")).toEqual(['11001']);
    expect(highIds("/ # ping my.devbox\nping: bad address 'my.devbox'")).toEqual(['11001']);
    expect(highIds("nc: bad address 'mu-db.mynamespace.svc.cluster.local'")).toEqual(['11001']);
  });

  it("reads musl's EAI_NONAME text after PHP's and iputils' wording", () => {
    expect(
      highIds('failed to open stream: php_network_getaddresses: getaddrinfo failed: Name does not resolve '),
    ).toEqual(['11001']);
    expect(highIds('ping: edge01.hkkc.xxx.com: Name does not resolve')).toEqual(['11001']);
  });

  it("reads musl's EAI_AGAIN text 'Try again' in Python's gaierror and Ruby's SocketError", () => {
    expect(highIds('socket.gaierror: [Errno -3] Try again')).toEqual(['11002']);
    const ruby =
      "/usr/lib/ruby/3.2.0/net/http.rb:1603:in `initialize': Failed to open TCP connection to github.com:80 (getaddrinfo: Try again) (SocketError)";
    expect(highIds(ruby)).toEqual(['11002']);
  });

  it("reads no error in BusyBox nslookup's '(null)' server line when the lookup succeeded", () => {
    const text =
      "/ # nslookup www.google.com\nnslookup: can't resolve '(null)': Name does not resolve\n\nName:      www.google.com\nAddress 1: 172.217.9.4 dfw28s02-in-f4.1e100.net";
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads musl's strerror texts for socket errors", () => {
  it("reads 'Host is unreachable' (glibc: 'No route to host') after curl's connect failure", () => {
    expect(highIds('curl: (7) Failed to connect to 172.17.0.1 port 8080: Host is unreachable')).toEqual([
      '10065',
    ]);
  });

  it("reads 'Address not available' (glibc: 'Cannot assign requested address')", () => {
    expect(highIds('Error in function get_ip_location: [Errno 99] Address not available')).toEqual(['10049']);
    const dionaea =
      'connection connection.c:230: Could not bind fe80::42:acff:fe12:2:3306 (Address not available)';
    expect(highIds(dionaea)).toEqual(['10049']);
  });

  it("reads BusyBox nc's refused connect", () => {
    expect(highIds("nc: can't connect to remote host (127.0.0.1): Connection refused")).toEqual(['10061']);
  });
});

describe("detectErrors reads no error in Alpine tools' own failures", () => {
  it("reads no error in apk's 'temporary error (try again later)' and its lower-case 'operation timed out'", () => {
    expect(
      anyIds('ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.6/main: temporary error (try again later)'),
    ).toEqual([]);
    expect(anyIds('ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.4/main: operation timed out')).toEqual([]);
  });

  it("reads no error in curl's own resolve deadline or an expired certificate's OpenSSL code", () => {
    expect(anyIds('curl: (28) Resolving timed out after 3000 milliseconds')).toEqual([]);
    expect(anyIds('curl: (51) SSL certificate verify result: certificate has expired (10)')).toEqual([]);
  });

  it("reads no error in musl's loader missing glibc's resolver symbols", () => {
    expect(anyIds('Error relocating dnote: __res_search: symbol not found')).toEqual([]);
  });
});

/** musl 1.1's wording for ENETUNREACH, as older Alpine images and OpenWrt print it. */
describe("detectErrors reads musl's older 'Network unreachable' only after a socket call's words", () => {
  it("reads BusyBox ping's failed send (a sandbox's recorded stderr, find_string id 112751661)", () => {
    expect(highIds('ping: sendto: Network unreachable\n')).toEqual(['10051']);
  });

  it("reads BusyBox wget's failed connect (find_string id 58410636797)", () => {
    const text = "wget: can't connect to remote host (93.184.215.14): Network unreachable";
    expect(highIds(text)).toEqual(['10051']);
  });

  it('reads nothing in prose or a test name that uses the words', () => {
    expect(anyIds('- Cause: Network unreachable, host down, firewall blocking')).toEqual([]);
    expect(anyIds("throw new Error('gh: network unreachable');")).toEqual([]);
  });
});

/** Round 232: Java's UnknownHostException on a musl JDK carries musl's gai_strerror text. */
describe("detectErrors reads musl's 'Try again' in Java's UnknownHostException as a temporary failure", () => {
  it('reads EAI_AGAIN, not the class’s default host-not-found, after the JDK’s `<host>: ` (c232-063, c232-064)', () => {
    const text =
      '[JDA RateLimit-Worker 5] ERROR Requester - There was an exception while executing a REST request\njava.net.UnknownHostException: discord.com: Try again\nat java.net.Inet4AddressImpl.lookupAllHostAddr(Native Method)';
    expect(highIds(text)).toEqual(['11002']);
  });

  it('still reads the class alone as host not found, and the words in prose as nothing more', () => {
    expect(highIds('java.net.UnknownHostException: discordapp.com')).toEqual(['11001']);
    expect(anyIds('Login failed: Try again')).toEqual([]);
    expect(anyIds('UnknownHostException handling: if it fails, Try again later')).toEqual(['11001']);
  });
});
