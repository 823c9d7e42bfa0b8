import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * IBM and similar enterprise middleware that wrap an OS socket error in their own codes: Db2 CLI's
 * SQL30081N and the JCC driver's 2043/11550, JTOpen, Liberty's CWWKO0221E, Teradata JDBC, Paho's
 * JavaScript client (corpus round 130). The JDK's UnknownHostException for a malformed IPv6 literal
 * and Paho's own connect deadline name no resolver or socket failure.
 */
describe("the middleware's wrapped socket errors are read", () => {
  it("reads Db2 CLI's connect() errno 111 as a refusal (c130-001)", () => {
    expect(
      highIds(
        'ibm_db_dbi::OperationalError: [IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being used: "TCP/IP".  Communication API being used: "SOCKETS".  Location where the error was detected: "172.16.0.78".  Communication function detecting the error: "connect".  Protocol specific error code(s): "111", "*", "*".  SQLSTATE=08001 SQLCODE=-30081',
      ),
    ).toEqual(['10061']);
  });

  it("reads the Db2 JCC driver's 'Error opening socket' refusal (c130-011)", () => {
    expect(
      highIds(
        'com.ibm.db2.jcc.am.DisconnectNonTransientConnectionException: [jcc][t4][2043][11550][4.33.31] Exception java.net.ConnectException: Error opening socket to server ibmdb2/172.18.0.2 on port 25,010 with message: Connection refused. ERRORCODE=-4499, SQLSTATE=08001',
      ),
    ).toEqual(['10061']);
  });

  it("reads Liberty's CWWKO0221E bind failure as the address in use (c130-007)", () => {
    expect(
      highIds(
        'E CWWKO0221E: TCP Channel defaultHttpEndpoint initialization did not succeed.  The socket bind did not succeed for host 0.0.0.0 and port 8010.  The port might already be in use.  Exception Message: Address already in use',
      ),
    ).toEqual(['10048']);
  });
});

describe("the JDK's malformed IPv6 literal is no lookup failure", () => {
  it("leaves UnknownHostException for 'host:port: invalid IPv6 address literal' (c130-024)", () => {
    expect(
      anyIds(
        'TERAJDBC4 ERROR [HikariPool-1 connection adder] com.teradata.jdbc.jdbc_4.TDSession@26c32e74 Connection to <IPV4_REDACTED>:5050 Tue Dec 19 20:57:41 UTC 2023 socket orig=<IPV4_REDACTED>:5050 cid=194239a8 sess=0 java.net.UnknownHostException: <IPV4_REDACTED>:5050: invalid IPv6 address literal',
      ),
    ).toEqual([]);
  });

  it("leaves the older JDK's ': invalid IPv6 address' under Teradata's Error 1000 (c130-025)", () => {
    expect(
      anyIds(
        '[Teradata JDBC Driver] [TeraJDBC 16.20.00.10] [Error 1000] [SQLState 08S01] Login failure for Connection to 192.168.157.145:1025 socket orig=192.168.157.145:1025 cid=161f8496 sess=0 java.net.UnknownHostException: 192.168.157.145:1025: invalid IPv6 address  at java.net.InetAddress.getAllByName(InetAddress.java:1170)',
      ),
    ).toEqual([]);
  });

  it('still reads an UnknownHostException for a name that did not resolve', () => {
    expect(highIds('java.net.UnknownHostException: ibmdb2: Name or service not known')).toEqual(['11001']);
    expect(highIds('Caused by: java.net.UnknownHostException: tdprod.example.com')).toEqual(['11001']);
  });
});

describe("Paho JavaScript's own connect deadline is left alone", () => {
  it("leaves 'AMQJSC0001E Connect timed out' (c130-032)", () => {
    expect(
      anyIds(
        'HiveMQ showing Connect failed: AMQJSC0001E Connect timed out error when attempting to connect host.',
      ),
    ).toEqual([]);
    expect(anyIds('Connect failed! AMQJSC0001E Connect timed out.')).toEqual([]);
  });

  it("still reads the JDK's connect timeout", () => {
    expect(highIds('java.net.SocketTimeoutException: connect timed out')).toEqual(['10060']);
  });
});

describe("the middleware's own codes without an OS error are left alone", () => {
  it('leaves MQ reason 2009 and a Db2 recv() that returned 0 bytes (c130-013, c130-018)', () => {
    expect(
      anyIds(
        'MQ call failed in CONNX: MQCC = MQCC_FAILED [2] MQRC = MQRC_CONNECTION_BROKEN [2009] [Pkg ver = 0.5.1]',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'SQL30081N  A communication error has been detected. Communication protocol being used: "TCP/IP".  Communication API being used: "SOCKETS".  Location where the error was detected: "49.9.172.216".  Communication function detecting the error: "recv".  Protocol specific error code(s): "*", "*", "0".  SQLSTATE=08001',
      ),
    ).toEqual([]);
  });
});
