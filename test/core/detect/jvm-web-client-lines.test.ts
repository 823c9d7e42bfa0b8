import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Lines from the HTTP clients of JVM web frameworks, from real pastes of corpus round 141 (Spring's
 * RestTemplate and WebClient over Reactor Netty, Spring Cloud Gateway, the Quarkus REST Client,
 * Micronaut's HttpClient, Vert.x, Ktor). The frameworks wrap the JDK's and Netty's exceptions in
 * their own (`WebClientRequestException`, `ProcessingException`, `HttpClientException`): the OS's
 * error inside is read, while the frameworks' own closes, deadlines and HTTP wrappers are left. Netty's
 * resolver names an unresolvable host with its own UnknownHostException subclass, read like that class.
 */
describe("detectErrors reads the OS error inside JVM frameworks' client wrappers", () => {
  it("reads Netty's refusal under the Quarkus REST Client's ProcessingException (quarkusio/quarkus issue #33131)", () => {
    const text =
      'jakarta.ws.rs.ProcessingException: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /10.0.54.217:80';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Spring Cloud Gateway's epoll refusal beside its own 500 (spring-cloud-gateway issue #2016)", () => {
    const text =
      '500 Server Error for HTTP POST "/provider/scgrouting/v1.0/"\n\nio.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: ServerName/X.x.x79.43:8035';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the epoll reset as WebClientRequestException's message (reactor/reactor-netty issue #3757)", () => {
    const text =
      'org.springframework.web.reactive.function.client.WebClientRequestException: recvAddress(..) failed: Connection reset by peer';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads the JDK's bare reset as WebClientRequestException's message (reactor/reactor-netty issue #3413)", () => {
    const text =
      'org.springframework.web.reactive.function.client.WebClientRequestException: Connection reset';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads the Windows JDK's exhausted ports under Micronaut's HttpClientException (micronaut-core issue #10829)", () => {
    const text =
      'io.micronaut.http.client.exceptions.HttpClientException: Error sending request: Address already in use: getsockopt';
    expect(highIds(text)).toEqual(['10048']);
  });

  it('reads a refusal the Windows console wrapped at 80 columns (openMF/DataImportTool issue #37)', () => {
    const text = 'java.lang.IllegalStateException: java.net.ConnectException: Connection refused:\nconnect';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Ktor CIO's UnresolvedAddressException at medium only (ktorio/ktor issue #1358)", () => {
    const text =
      'java.nio.channels.UnresolvedAddressException\n\tat java.base/sun.nio.ch.Net.checkAddress(Net.java:130)\n\tat io.ktor.network.sockets.SocketImpl.connect$ktor_network(SocketImpl.kt:28)';
    expect(anyIds(text)).toEqual(['11001']);
    expect(highIds(text)).toEqual([]);
  });
});

describe("detectErrors reads Netty's search-domain resolver failure as host not found", () => {
  it('reads SearchDomainUnknownHostException under Reactor Netty as a high 11001 (cloudfoundry/cf-java-client issue #1143)', () => {
    const text =
      "io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve 'api.sys.xxx' and search domain query for configured domains failed as well: [xxx]\n        at io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:1047)";
    const found = detectErrors(text);
    expect(found.map((f) => [f.id, f.confidence])).toEqual([['11001', 'high']]);
  });

  it('reads the class named in an issue title (netty/netty issue #11044)', () => {
    const text =
      'Redisson 3.15.0, netty 4.59, still getting io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException error once a day';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('lets a resolver text in the same mention decide, the class being a default (a constructed line)', () => {
    const text =
      "io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve 'svc' (Temporary failure in name resolution)";
    expect(anyIds(text)).toEqual(['11002']);
  });
});

describe("detectErrors leaves the JVM frameworks' own closes, deadlines and HTTP wrappers", () => {
  it("leaves Reactor Netty's premature close under WebClient (reactor/reactor-netty issue #2895)", () => {
    const text =
      'org.springframework.web.reactive.function.client.WebClientRequestException: Connection prematurely closed BEFORE response';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Reactor Netty's AbortedException (reactor/reactor-netty issue #1885)", () => {
    const text =
      'org.springframework.web.reactive.function.client.WebClientRequestException: Connection has been closed BEFORE send operation; nested exception is reactor.netty.channel.AbortedException: Connection has been closed BEFORE send operation';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Netty's ReadTimeoutException in a gateway's log (apache/shenyu issue #2303)", () => {
    const text =
      '[id: 0xa0255f85, L:/10.201.220.93:34256 - R:product.thanos.10jqka.com.cn/172.20.208.115:80] The connection observed an error\nio.netty.handler.timeout.ReadTimeoutException: null';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Reactor Netty's own TLS handshake deadline (spring-framework issue #33864)", () => {
    const text =
      'org.springframework.web.reactive.function.client.WebClientRequestException: handshake timed out after 10000ms';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves RestTemplate's I/O error wrapper over a 401's HttpRetryException (spring-boot issue #12992)", () => {
    const text =
      'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://localhost:36639/someservice": cannot retry due to server authentication, in streaming mode; nested exception is java.net.HttpRetryException: cannot retry due to server authentication, in streaming mode';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Micronaut's and Vert.x's own timeouts and closes (micronaut-core #8113, vert.x #1909, strimzi #4813)", () => {
    expect(anyIds('io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout')).toEqual([]);
    expect(
      anyIds(
        'java.util.concurrent.TimeoutException: The timeout period of 300ms has been exceeded while executing GET /test for host localhost',
      ),
    ).toEqual([]);
    expect(
      anyIds('ERROR HttpClientRequestImpl: - io.vertx.core.VertxException: Connection was closed'),
    ).toEqual([]);
  });

  it("leaves Camel netty4's ConnectException with its cause dropped (fabric8io/ipaas-quickstarts issue #863)", () => {
    const text =
      'java.net.ConnectException: Cannot connect to localhost:8080\n\tat org.apache.camel.component.netty4.NettyProducer.openChannel(NettyProducer.java:436)';
    expect(anyIds(text)).toEqual([]);
  });
});
