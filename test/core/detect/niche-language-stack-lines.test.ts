import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from the less common languages' network stacks (Haskell's network and http-client under Stack
 * and Elm, Crystal, Common Lisp, Nim, OCaml, Julia, D's vibe.d, Zig), from real pastes of corpus round
 * 166. Two rules were added: musl's 'Try again' right after the network package's 'service name:' field
 * (the getAddrInfo IOError puts its hints record between 'getAddrInfo' and the text), and Crystal's own
 * 'No address found' for EAI_NONAME after its 'Hostname lookup for'. The rest pin forms already read.
 */
const elmGetAddrInfo =
  "ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = [AI_ADDRCONFIG], addrFamily = AF_UNSPEC, addrSocketType = Stream, addrProtocol = 0, addrAddress = <assumed to be undefined>, addrCanonName = <assumed to be undefined>}, host name: Just 'package.elm-lang.org', service name: Just '443'): does not exist (Try again)";

describe("detectErrors reads musl's EAI_AGAIN inside Haskell network's getAddrInfo error", () => {
  it("reads Elm 0.19.1's 'does not exist (Try again)' as a temporary resolver failure (radian-software/riju issue #165)", () => {
    expect(
      highIds(`But my HTTP library is giving me the following error message:\n\n${elmGetAddrInfo}`),
    ).toEqual(['11002']);
  });

  it('reads the same text with no service given, which network shows as Nothing', () => {
    const text = elmGetAddrInfo.replace("service name: Just '443'", 'service name: Nothing');
    expect(highIds(text)).toEqual(['11002']);
  });

  it("still reads glibc's EAI_NONAME text in network's short form (elm-lang/elm-make issue #156)", () => {
    const text =
      'FailedConnectionException2 "github.com" 443 True getAddrInfo: does not exist (Name or service not known)';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("leaves 'Try again' after some other program's service name alone", () => {
    expect(anyIds('Unknown service name: imaps. Try again with a port number.')).toEqual([]);
  });
});

describe("detectErrors reads Crystal's own text for EAI_NONAME", () => {
  it("reads 'No address found' after 'Hostname lookup for' (toddsundsted/ktistec issue #59)", () => {
    const text =
      "Exception: Hostname lookup for mastodon.local failed: No address found (Socket::Addrinfo::Error)\n  from /usr/share/crystal/src/socket/addrinfo.cr:132:7 in 'initialize'\n  from /usr/share/crystal/src/socket/tcp_socket.cr:27:3 in 'initialize'";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads it in Invidious' generated report title (iv-org/invidious issue #4245)", () => {
    const text =
      'Title: `Hostname lookup for api.invidious.io failed: No address found (Socket::Addrinfo::Error)`';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Crystal's gai_strerror texts for other codes as before (erdnaxeli/castblock issue #20)", () => {
    const text =
      'Unhandled exception in spawn: Hostname lookup for sponsor.ajay.app failed: Temporary failure in name resolution (Socket::Addrinfo::Error)';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("leaves a geocoder's 'No address found' alone", () => {
    expect(anyIds('showToast("No address found for this location.", "warning");')).toEqual([]);
  });
});

describe('detectErrors reads the socket errors these stacks print', () => {
  it("reads SBCL's refused connect on Windows with Windows' text and 10061 (McCLIM/McCLIM issue #1041)", () => {
    const text =
      'Socket error in "connect": ECONNREFUSED (No connection could be made because the target machine actively refused it.)\n   [Condition of type SB-BSD-SOCKETS:CONNECTION-REFUSED-ERROR]\n\nBacktrace:\n  0: (SB-BSD-SOCKETS:SOCKET-ERROR "connect" 10061)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Clozure CL's '(error #111)' (dimitri/pgloader issue #919)", () => {
    const text = '> Error: Connection refused (error #111) during attempt to connect to 127.0.0.1:80';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads nim-chronos' TransportOsError with the errno first (logos-messaging/logos-delivery pull #549)", () => {
    expect(highIds('    Unhandled exception: (111) Connection refused [TransportOsError]')).toEqual([
      '10061',
    ]);
  });

  it("reads Stack on Windows printing getaddrinfo's Winsock code (commercialhaskell/stack issue #483)", () => {
    const text =
      'FailedConnectionException2 "s3.amazonaws.com" 443 True getAddrInfo: does not exist (error 11002)';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("reads GHC's 'resource vanished (Broken pipe)' on a socket write (snoyberg/http-client issue #199)", () => {
    const text =
      '*** Exception: FailedConnectionException2 "us.etrade.com" 443 True <socket: 17>: hPutBuf: resource vanished (Broken pipe)';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads the BSD text of ENOTCONN from elm-server's shutdown (elm/compiler issue #25)", () => {
    const text = 'HTTP request failed with: shutdown: invalid argument (Socket is not connected)';
    expect(highIds(text)).toEqual(['10057']);
  });
});

describe("detectErrors leaves these stacks' own words alone", () => {
  it("leaves vibe.d's causeless connect failure and its pointer alone (dlang/ci issue #126)", () => {
    const text =
      'object.Exception@../../core/vibe/core/drivers/libevent2.d(365): Failed to connect to host 79.140.41.234:80: 7F63A166E62C';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves http-client's own ConnectionTimeout alone (bravit/hid-examples issue #4)", () => {
    const text =
      'HttpExceptionRequest Request {      \n  host                 = "s3.amazonaws.com"\n  port                 = 443\n  responseTimeout      = ResponseTimeoutDefault\n  requestVersion       = HTTP/1.1\n}\n ConnectionTimeout';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Crystal's SSL_read with a stale ENOENT alone (crystal-lang/crystal issue #14200)", () => {
    const text =
      "Unhandled exception in spawn: SSL_read: I/O error (OpenSSL::SSL::Error)\n  from src/openssl/ssl/socket.cr:137:9 in 'unbuffered_read'\nCaused by: SSL_read: No such file or directory (RuntimeError)";
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves Windows system error 52 from a Nim client alone (status-im/nim-json-rpc issue #51)', () => {
    const text = '# (52) You were not connected because a duplicate name exists on the network.';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Zig's FileNotFound from an ENOENT mapping alone (ziglang/zig issue #24732)", () => {
    const text =
      'thread 327893 panic: reached unreachable code\n/home/ian/src/zig/lib/std/posix.zig:1861:23: 0x1934ff7 in openatZ (std.zig)\n            .NOENT => return error.FileNotFound,';
    expect(anyIds(text)).toEqual([]);
  });
});
