import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Service registries, configuration centres and coordination clients (Eureka, Nacos, Apollo,
 * ZooKeeper's Java and C clients, Curator), from real pastes of corpus round 83
 * (`test/fixtures/corpus/round83.jsonl`).
 */
describe("detectErrors reads service registries' and coordination clients' lines", () => {
  it("gives Curator's own connection deadline no finding", () => {
    // alibaba/canal issue #5169.
    expect(
      anyIds(
        '2024-06-13 11:14:27.273 [Curator-Framework-0] ERROR org.apache.curator.ConnectionState - Connection timed out for connection string (10.177.41.132:12181,10.177.41.133:12181,10.177.41.134:12181) and timeout (30000) / elapsed (9438)\norg.apache.curator.CuratorConnectionLossException: KeeperErrorCode = ConnectionLoss',
      ),
    ).toEqual([]);
  });

  it("gives the ZooKeeper C client's own receive deadline no finding, errno and all", () => {
    // andreiz/php-zookeeper issue #24 (macOS); the Linux form as logged by a C++ service.
    expect(
      anyIds(
        '2013-08-29 14:52:28,915:28847(0x1029c1000):ZOO_ERROR@handle_socket_error_msg@1643: Socket [192.168.1.149:2181] zk retcode=-7, errno=60(Operation timed out): connection to 192.168.1.149:2181 timed out (exceeded timeout by 84822ms)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'ZOO_ERROR@handle_socket_error_msg@2393: Socket [10.0.131.245:2181] zk retcode=-7, errno=110(Connection timed out): connection to 10.0.131.245:2181 timed out (exceeded timeout by 1ms)',
      ),
    ).toEqual([]);
  });

  it("still reads the ZooKeeper C client's real refusals", () => {
    // yfinkelstein/node-zookeeper pull request #96; mesosphere-backup/cassandra-mesos-deprecated issue #4.
    expect(
      highIds(
        '2014-05-02 15:53:32,838:17812:ZOO_ERROR@handle_socket_error_msg@1699: Socket [192.168.0.61:2181] zk retcode=-4, errno=61(Connection refused): server refused to accept the client',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'ZOO_ERROR@handle_socket_error_msg@1697: Socket [127.0.0.1:2181] zk retcode=-4, errno=111(Conexión rehusada): server refused to accept the client',
      ),
    ).toEqual(['10061']);
  });

  it("reads Apache HttpClient 4.0's 'Connect to <host> timed out' as a connect timeout", () => {
    // spring-cloud/spring-cloud-netflix issue #2893.
    expect(
      highIds(
        'com.sun.jersey.api.client.ClientHandlerException: org.apache.http.conn.ConnectTimeoutException: Connect to localhost:8761 timed out',
      ),
    ).toEqual(['10060']);
  });

  it("leaves HttpClient 4.3's 'failed: <cause>' form to its cause", () => {
    expect(
      highIds(
        'org.apache.http.conn.ConnectTimeoutException: Connect to 10.0.0.1:8080 [/10.0.0.1] failed: connect timed out',
      ),
    ).toEqual(['10060']);
    expect(
      anyIds(
        'org.apache.http.conn.ConnectTimeoutException: Connect to nacos.example.com:443 [nacos.example.com/10.0.0.9] failed: Read timed out',
      ),
    ).toEqual([]);
  });

  it("gives Nacos', Eureka's and Curator's own states no finding", () => {
    expect(
      anyIds('java.net.ConnectException: no available server, currentServerAddr :127.0.0.1:8848'),
    ).toEqual([]);
    expect(
      anyIds(
        'com.netflix.discovery.shared.transport.TransportException: Cannot execute request on any known server',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss',
      ),
    ).toEqual([]);
  });
});
