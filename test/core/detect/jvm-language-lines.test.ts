import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Lines from Scala, Kotlin, Clojure and JRuby network stacks, from real pastes of corpus round 99.
 * Their libraries wrap the JDK's exceptions in their own (Akka's StreamTcpException, Ktor's
 * ConnectTimeoutException, Clojure's #error maps): the OS's error inside is read, the library's own
 * deadline or state is not.
 */
describe("detectErrors reads Java NIO's unresolved address as host not found", () => {
  it('reads blaze\'s UnresolvedAddressException ": null" as a medium 11001 (http4s/http4s issue #3066)', () => {
    const text =
      'java.nio.channels.UnresolvedAddressException: null\n\tat java.base/sun.nio.ch.Net.checkAddress(Net.java:130)\n\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.implConnect(UnixAsynchronousSocketChannelImpl.java:305)';
    const found = detectErrors(text);
    expect(found.map((f) => [f.id, f.confidence])).toEqual([['11001', 'medium']]);
    expect(highIds(text)).toEqual([]);
  });

  it('reads the bare class from an Android crash (fusesource/mqtt-client issue #24)', () => {
    const text =
      'E/AndroidRuntime( 3559): java.nio.channels.UnresolvedAddressException\nE/AndroidRuntime( 3559):        at java.nio.SocketChannelImpl.validateAddress(SocketChannelImpl.java:431)';
    expect(anyIds(text)).toEqual(['11001']);
  });

  it('lets a resolver text in the same mention decide, the class being a default (a constructed line)', () => {
    const text = 'java.nio.channels.UnresolvedAddressException: null (Temporary failure in name resolution)';
    expect(anyIds(text)).toEqual(['11002']);
  });
});

describe('detectErrors reads the OS error inside JVM-language wrappers', () => {
  it("reads Akka's StreamTcpException 'failed because of' a refusal (akka/akka-http issue #2410)", () => {
    const text =
      'Failure(akka.stream.StreamTcpException: Tcp command [Connect(localhost:8080,None,List(),None,true)] failed because of java.net.ConnectException: Connection refused) (of class scala.util.Failure)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the JDK connect timeout under Ktor's ConnectTimeoutException (DRSchlaubi/Intellij-GradleUpdater issue #24)", () => {
    const text =
      'io.ktor.client.network.sockets.ConnectTimeoutException: Connect timeout has expired [url=https://services.gradle.org/versions/all, connect_timeout=unknown ms]\nCaused by: java.net.SocketTimeoutException: Connect timed out';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads the reset in Aleph's Clojure #error map (clj-commons/aleph issue #737)", () => {
    const text =
      ' :cause Connection reset\n :via\n [{:type java.net.SocketException\n   :message Connection reset\n   :at [sun.nio.ch.SocketChannelImpl throwConnectionReset SocketChannelImpl.java 401]}]';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Netty's French refusal under zio-http (zio/zio-http issue #2902)", () => {
    const text =
      '[info]   Cause: io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connexion refusée: localhost/[0:0:0:0:0:0:0:1]:35795';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads JRuby's Errno::ECONNREFUSED (jruby/jruby issue #5767)", () => {
    const text =
      'errno::ECONNREFUSED: Connection refused - Failed to open TCP connection to localhost:9292 (Connection refused - connect(2) for "localhost" port 9292)';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors leaves these libraries' own deadlines and states alone", () => {
  it("finds nothing in Akka IO's own connect deadline (akka/akka-core issue #27113)", () => {
    const text =
      'akka.stream.StreamTcpException: Tcp command [Connect(xyzUrl:80,None,List(),Some(10 seconds),true)] failed because of akka.io.TcpOutgoingConnection$$anon$2: Connect timeout of Some(10 seconds) expired';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Ktor's CIO connect deadline (burntcookie90/librofm-downloader issue #226)", () => {
    const text =
      'io.ktor.client.network.sockets.ConnectTimeoutException: Connect timeout has expired [url=https://libro.fm/api/v10/explore/wishlist, connect_timeout=unknown ms]\n\tat io.ktor.client.engine.cio.Endpoint.getTimeoutException(Endpoint.kt:284)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in http-kit's own connect timeout (http-kit/http-kit issue #98)", () => {
    const text =
      '{:opts {:url "http://127.0.0.1:8080", :method :get}, :error #<TimeoutException org.httpkit.client.TimeoutException: connect timeout: 60000ms>}';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Akka Streams' idle timeout (akka/akka-http issue #3798)", () => {
    expect(
      anyIds(
        'akka.stream.scaladsl.TcpIdleTimeoutException: TCP idle-timeout encountered on connection to [<real-server>:443]',
      ),
    ).toEqual([]);
  });

  it("finds nothing in a coroutine channel closed under Ktor's WebSocket (ktorio/ktor issue #1854)", () => {
    expect(
      anyIds(
        'Exception in thread "DefaultDispatcher-worker-3" kotlinx.coroutines.channels.ClosedReceiveChannelException: Channel was closed',
      ),
    ).toEqual([]);
  });

  it("finds nothing in HikariCP's pool deadline under Slick (playframework/play-slick issue #275)", () => {
    expect(
      anyIds(
        'Oops, cannot start the server.\njava.sql.SQLTimeoutException: Timeout after 1004ms of waiting for a connection.',
      ),
    ).toEqual([]);
  });
});
