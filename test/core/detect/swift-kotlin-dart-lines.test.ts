import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Server-side and client networking in Swift (SwiftNIO, Vapor, Hummingbird, AsyncHTTPClient), Kotlin
 * (Ktor and kotlinx.coroutines) and Dart (dart:io servers, pub, package:http), from real pastes of
 * corpus round 114 (`test/fixtures/corpus/round114.jsonl`).
 */
describe("detectErrors reads Dart's SocketException on Windows by the Win32 error it carries", () => {
  it("reads ERROR_SEM_TIMEOUT (121) after 'SocketException: ' as a connect timeout", () => {
    // The flutter tool's crash-report upload on Windows (public-code index id 2790016077); Dart
    // wraps the Win32 error of the overlapped socket operation in its OSError.
    const text = [
      'Failed to send crash report due to a network error: SocketException: OS Error: The semaphore timeout period has expired.',
      ', errno = 121, address = clients2.google.com, port = 56324',
    ].join('\n');
    expect(highIds(text)).toEqual(['10060']);
  });

  it("does not read the same text after Dart's OSError alone, which file errors print too", () => {
    expect(anyIds('OS Error: The semaphore timeout period has expired.')).toEqual([]);
  });

  it('still reads ERROR_CONNECTION_REFUSED (1225) in the flutter tool crash title (c114-020)', () => {
    expect(
      highIds(
        '[tool_crash] SocketException: The remote computer refused the network connection., OS Error: The remote computer refused the network connection., errno = 1225',
      ),
    ).toEqual(['10061']);
  });
});

describe("detectErrors reads SwiftNIO's IOError from a system call, in Vapor and Hummingbird", () => {
  it('reads bind failures by their errno on Linux: in use, not assignable, privileged port (c114-001, c114-002, c114-004)', () => {
    expect(
      highIds(
        'Fatal error: Error raised at top level: bind(descriptor:ptr:bytes:) failed: Address already in use (errno: 98): file /home/buildnode/jenkins/workspace/oss-swift-4.1-package-linux-ubuntu-16_04/swift/stdlib/public/core/ErrorType.swift, line 191',
      ),
    ).toEqual(['10048']);
    expect(
      highIds(
        'Fatal error: Error raised at top level: bind(descriptor:ptr:bytes:) failed: Cannot assign requested address (errno: 99) : file /home/buildnode/jenkins/workspace/oss-swift-4.1-package-linux-ubuntu-16_0',
      ),
    ).toEqual(['10049']);
    expect(
      highIds(
        'Server starting on http://localhost:544\nFatal error: Error raised at top level: bind(descriptor:ptr:bytes:) failed: Permission denied (errno: 13): file /home/buildnode/jenkins/workspace/oss-swift-4.2-package-linux-ubuntu-16_04/swift/stdlib/public/core/ErrorType.swift, line 191',
      ),
    ).toEqual(['10013']);
  });

  it("reads the OS error inside NIO's 'connection reset (error set)' wrapper, not a reset (c114-005)", () => {
    expect(
      highIds(
        'failed to create connection for pool [error: connection reset (error set): No route to host (errno: 113)',
      ),
    ).toEqual(['10065']);
  });

  it("reads setsockopt's EINVAL on Hummingbird's child channel on macOS (c114-014)", () => {
    expect(
      highIds(
        'Waiting on child channel: setsockopt(socket:level:optionName:optionValue:optionLen:): Invalid argument) (errno: 22)',
      ),
    ).toEqual(['10022']);
  });
});

describe("detectErrors leaves the Swift libraries' own errors and timers alone", () => {
  it('leaves bind failures with no errno alone (c114-026, c114-027)', () => {
    expect(
      anyIds(
        'Serve error: Sockets Error: Failed trying to bind to the address\nIdentifier: Sockets.SocketsError.bindFailed',
      ),
    ).toEqual([]);
    expect(anyIds("could not bind to 'test.mydomain.com':8080, it may be in use or require sudo.")).toEqual(
      [],
    );
  });

  it("leaves AsyncHTTPClient's and NIO's own errors alone (c114-045, c114-046, c114-028)", () => {
    expect(
      anyIds(
        '[ WARNING ] HTTPClientError.remoteConnectionClosed [request-id: A42D8BCE-6237-4C02-B60E-F4736107C1B8] (Vapor/Middleware/ErrorMiddleware.swift:42)',
      ),
    ).toEqual([]);
    expect(
      anyIds('error:HTTPClientError.readTimeout vs delegate:Optional(HTTPClientError.readTimeout)'),
    ).toEqual([]);
    expect(
      anyIds(
        'the `HappyEyeballsConnector` also throws `ChannelError.connectTimeout(...)` when it times out resolving.',
      ),
    ).toEqual([]);
  });

  it("leaves a crash's signal number and an event-loop thread's number alone (c114-047, c114-048)", () => {
    expect(anyIds('Received signal 11. Backtrace:')).toEqual([]);
    expect(
      anyIds('"NIO-ELT-0-#0 (9): Precondition failed: new writerIndex: 2051, expected: range(0, 2048)"'),
    ).toEqual([]);
  });
});

describe("detectErrors reads dart:io's server and client socket errors", () => {
  it('reads HttpServer.bind in use on Linux and macOS (c114-011, c114-012)', () => {
    expect(
      highIds(
        'SocketException: Failed to create server socket (OS Error: Address already in use, errno = 98), address = 127.0.0.1, port = 8080',
      ),
    ).toEqual(['10048']);
    expect(
      highIds(
        'SocketException: Failed to create server socket (OS Error: Address already in use, errno = 48), address = 127.0.0.1, port = 8080',
      ),
    ).toEqual(['10048']);
  });

  it('reads resets with and without the errno, and the fields retyped without the class (c114-015, c114-018, c114-019)', () => {
    expect(
      highIds(
        'SocketException: OS Error: Connection reset by peer, errno = 54, address = 0.0.0.0, port = 4000',
      ),
    ).toEqual(['10054']);
    expect(highIds('SocketException: Connection reset by peer (OS Error: Connection reset by peer)')).toEqual(
      ['10054'],
    );
    expect(highIds('Connection reset by peer errno = 104, address = xxx.xxx.xxx.xxx, port = xxxxx')).toEqual([
      '10054',
    ]);
  });

  it('leaves a failed accept with no errno alone on Windows (c114-043)', () => {
    expect(
      anyIds(
        'SocketException: Failed to create server socket (OS Error: Failed to start accept), address = localhost, port = 3000',
      ),
    ).toEqual([]);
  });
});

describe("detectErrors leaves Dart's HTTP early closes, pub's summaries and TLS errors alone", () => {
  it('leaves the early close before the headers alone in every wrapper (c114-032, c114-033)', () => {
    expect(
      anyIds(
        'Another exception was thrown: HttpException: Connection closed before full header was received',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'ClientException: Connection closed before full header was received\n  File "io_client.dart", line 66, in IOClient.send',
      ),
    ).toEqual([]);
  });

  it("leaves pub's 'Got socket error' summary and its retry line alone (c114-029)", () => {
    expect(
      anyIds(
        'Got socket error trying to find package node_preamble at https://pub.dartlang.org.\npub get failed (server unavailable) -- attempting retry 1 in 1 second...',
      ),
    ).toEqual([]);
  });

  it("leaves old dart:io's certificate error printed as an OS Error alone (c114-050)", () => {
    expect(
      anyIds(
        "error: HandshakeException: Handshake error in client (OS Error: Peer's Certificate issuer is not recognized., errno = -8179)",
      ),
    ).toEqual([]);
  });
});

describe('detectErrors reads the OS error under Ktor and leaves coroutine channel closes alone', () => {
  it("reads a refused connect from ktor-network's SocketImpl and a Chinese Windows reset under Netty (c114-009, c114-010)", () => {
    expect(
      highIds(
        'java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)\n\tat java.base/sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:946)\n\tat io.ktor.network.sockets.SocketImpl.connect$ktor_network(SocketImpl.kt:50)',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'Exception in thread "nettyWorkerPool-3-1" java.io.IOException: 远程主机强迫关闭了一个现有的连接。',
      ),
    ).toEqual(['10054']);
  });

  it("leaves Ktor's connect timer and closed channels alone (c114-037, c114-039, c114-041)", () => {
    expect(
      anyIds(
        'Exception in thread "main" io.ktor.network.sockets.ConnectTimeoutException: Connect timeout has been expired [url=ws://0.0.0.0:9090/chat,',
      ),
    ).toEqual([]);
    expect(anyIds('kotlinx.coroutines.channels.ClosedSendChannelException: Channel was closed')).toEqual([]);
    expect(
      anyIds(
        '`onClose CloseReason(reason=CLOSED_ABNORMALLY, message=Connection was closed without close frame)` and a `ClosedReceiveChannelException`.',
      ),
    ).toEqual([]);
  });
});
