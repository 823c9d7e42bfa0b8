import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from Java on Windows (Tomcat, Gradle, Maven, IntelliJ, JDBC drivers, Minecraft servers), from
 * real pastes of corpus round 217. No rule was added for that round: these pin the JDK's Windows forms
 * it found already read (and the tools' own deadlines and failures it found already left alone), so
 * that a later rule cannot lose them unseen.
 */
describe("detectErrors reads the JDK's Windows socket texts", () => {
  it("reads WSAEACCES from NIO's finishConnect suffix (dotnet/spark issue #593)", () => {
    const text =
      'Caused by: java.net.SocketException: Permission denied: no further information\n        ... 11 more';
    expect(highIds(text)).toEqual(['10013']);
  });

  it("reads the old JDK's connect timeout with its 'invalid address' hint, wrapped at 80 columns (apache/maven-ejb-plugin issue #74)", () => {
    const text =
      'Caused by: java.net.SocketException: Operation timed out: connect:could be due t\no invalid address\nat java.net.PlainSocketImpl.socketConnect(Native Method)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('reads WSAENOBUFS on a client bind (SonarQubeCommunity/sonar-pdf-report issue #19)', () => {
    const text =
      'java.net.SocketException: No buffer space available (maximum connections reached?): JVM_Bind';
    expect(highIds(text)).toEqual(['10055']);
  });

  it("reads the JDK's fallback with a raw Winsock number (relevance/labrepl issue #45)", () => {
    const text =
      'java.net.SocketException: Unrecognized Windows Sockets error: 10106: create (NO_SOURCE_FILE:0)';
    expect(highIds(text)).toEqual(['10106']);
  });

  it("reads Windows' German abort text as Forge wraps it over two lines (DarkPacks/SevTech-Ages issue #3317)", () => {
    const text =
      '[13:00:12] [Netty Server IO #2/ERROR] [FML]: NetworkDispatcher exception\njava.io.IOException: Eine bestehende Verbindung wurde softwaregesteuert\ndurch den Hostcomputer abgebrochen';
    expect(highIds(text)).toEqual(['10053']);
  });

  it('reads the older Chinese abort text (yeleaveszi/Play-Videos-In-HDFS issue #7)', () => {
    expect(highIds('Caused by: java.io.IOException: 您的主机中的软件中止了一个已建立的连接。')).toEqual([
      '10053',
    ]);
  });

  it("reads mssql-jdbc's quoted NIO refusal (dbeaver/dbeaver issue #36649)", () => {
    const text =
      'The TCP/IP connection to the host XXX, port 1433 has failed. Error: "Connection refused: no further information. Verify the connection properties.';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads a Minecraft client's disconnect line with the reset text (pelican-eggs/eggs issue #521)", () => {
    const text =
      '`Internal Exception: java.io.IOException: an existing connection was forcibly closed by the remote host`';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors leaves Java tools' own failures on Windows alone", () => {
  it("finds nothing in 'Windows Sockets error: 0' (adoptium/temurin-build issue #1441)", () => {
    const text = 'Caused by: java.net.SocketException: Unrecognized Windows Sockets error: 0: recv failed';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in mssql-jdbc's SQL Browser receive deadline (microsoft/mssql-jdbc issue #1462)", () => {
    const text =
      'The connection to the host localhost, named instance sqlexpress failed. Error: "java.net.SocketTimeoutException: Receive timed out". Verify the server and instance names and check that no firewall is blocking UDP traffic to port 1434.';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in a Maven read deadline (apache/maven issue #8315)', () => {
    const text =
      'org/elasticsearch/elasticsearch/7.8.0/elasticsearch-7.8.0.jar from nexus-repo failed: Read timed out -> [Help 1]';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in jnr-unixsocket's missing 'socket' function (jnr/jnr-unixsocket issue #83)", () => {
    const text =
      'Exception in thread "main" java.lang.UnsatisfiedLinkError: ÕҲ»µ½ָ¶¨µ\n\tat jnr.unixsocket.Native$LibC$jnr$ffi$0.socket(Unknown Source)';
    expect(anyIds(text)).toEqual([]);
  });
});
