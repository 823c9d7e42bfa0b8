import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Search engines' and analytics databases' client lines, from real pastes of corpus round 76 (`test/fixtures/corpus/round76.jsonl`). */
describe("detectErrors reads search engines' and analytics databases' lines", () => {
  it("gives elastic_transport's own ConnectionTimeout no auto-reply", () => {
    // apecloud/ApeRAG issue #1087 (c76-040), the issue title: the client's request_timeout, not ETIMEDOUT.
    expect(anyIds('[BUG] elastic_transport.ConnectionTimeout: Connection timed out')).toEqual([]);
    expect(anyIds('elasticsearch.ConnectionTimeout: Connection timed out')).toEqual([]);
  });

  it("still reads the OS's ETIMEDOUT that elastic_transport reports as a ConnectionError", () => {
    expect(
      highIds(
        'elastic_transport.ConnectionError: Connection error caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f0ac0ca7a60>: Failed to establish a new connection: [Errno 110] Connection timed out)',
      ),
    ).toEqual(['10060']);
  });

  it("keeps ClickHouse's own socket deadlines (code 209) without a finding", () => {
    // ClickHouse/ClickHouse issues #65117 and #27776 (c76-003, c76-001).
    expect(
      anyIds(
        '<Error> DynamicQueryHandler: Code: 209. DB::NetException: Timeout exceeded while reading from socket (peer: [::1]:33288, local: [::1]:8123, 30000 ms). (SOCKET_TIMEOUT)',
      ),
    ).toEqual([]);
  });

  it("reads ClickHouse's NETWORK_ERROR (code 210) by the OS text it carries", () => {
    // ClickHouse/ClickHouse issue #3014 (c76-012).
    expect(
      highIds(
        'ServerErrorHandler: Code: 210, e.displayText() = DB::NetException: Connection reset by peer: while reading from socket ([::ffff:10.52.2.59]:63036), e.what() = DB::NetException',
      ),
    ).toEqual(['10054']);
  });
  it("gives brpc's own 'Host is down' (Not connected to … yet) no auto-reply", () => {
    // apache/doris issue #16674 and StarRocks/starrocks issue #33495 (c76-050, c76-051).
    expect(
      anyIds(
        'ERROR 1105 (HY000): RpcException, msg: org.apache.doris.rpc.RpcException: failed to send brpc batch, error=Host is down, error_text=[E112]Not connected to 127.0.0.1:8060 yet, server_id=769',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'W1023 07:07:44.512509 34670 disposable_closure.h:50] brpc failed, error=Host is down, error_text=[E112]Not connected to 10.0.12.224:8060 yet, server_id=904',
      ),
    ).toEqual([]);
  });

  it("still reads brpc's real connect failures by their OS text", () => {
    // StarRocks/starrocks issue #33495 (c76-051): ephemeral ports used up.
    expect(
      highIds(
        'brpc failed, error=Cannot assign requested address, error_text=[E99]Fail to connect Socket{id=352187321866 addr=10.0.7.162:8060} (0x0x7f014bcf84c0) directly: Cannot assign requested address',
      ),
    ).toEqual(['10049']);
  });

  it("still reads 'Host is down' from the OS when no brpc wording is near", () => {
    expect(highIds('connect to 192.168.1.20 port 22: Host is down')).toEqual(['10064']);
  });
  it("gives ClickHouse's code-209 connect deadline no timeout finding", () => {
    // ClickHouse/ClickHouse issue #15311 (c76-069): Poco's own poll after 50 ms, not ETIMEDOUT.
    expect(
      anyIds(
        'ConnectionPoolWithFailover: Connection failed at try №1, reason: Code: 209, e.displayText() = DB::NetException: Timeout: connect timed out: 172.16.0.5:9000',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Code: 209. DB::NetException: Timeout: connect timed out: 10.0.0.1:9000 (clickhouse1:9000, connection timeout 1000 ms). (SOCKET_TIMEOUT)',
      ),
    ).toEqual([]);
  });

  it("still reads Java's connect deadline beside ClickHouse as before", () => {
    expect(highIds('java.net.SocketTimeoutException: connect timed out')).toEqual(['10060']);
  });
});
