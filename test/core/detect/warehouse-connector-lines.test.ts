import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Cloud warehouse and lakehouse connectors: Snowflake's Python, JDBC, Node and Go drivers, Databricks,
 * BigQuery, Redshift and Trino clients (corpus round 125). No rule was added for the round; these pin the
 * forms it showed in both directions, so a later rule that reads the connectors' own codes fails here.
 */
describe('the socket error inside a connector wrapper is read', () => {
  it("reads macOS EAI_NONAME split over the Snowflake CLI's traceback box (c125-001)", () => {
    const text = [
      "│ │                     error=NewConnectionError('<snowflake.connector.vendored.urllib3.connect… │ │",
      '│ │                     object at 0x1050e1960>: Failed to establish a new connection: [Errno 8]  │ │',
      "│ │                     nodename nor servname provided, or not known'),                          │ │",
    ].join('\n');
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads redshift_connector's 'communication error' around the OS error it wraps (c125-007, c125-008)", () => {
    expect(
      highIds(
        "redshift_connector.error.InterfaceError: ('communication error', TimeoutError(60, 'Operation timed out'))",
      ),
    ).toEqual(['10060']);
    expect(
      highIds(
        "sqlalchemy.exc.InterfaceError: (redshift_connector.error.InterfaceError) ('communication error', ConnectionRefusedError(111, 'Connection refused'))",
      ),
    ).toEqual(['10061']);
  });

  it("reads snowflake-sdk's NetworkError cause and databricks-sql-connector's resolver error (c125-016, c125-025)", () => {
    const sdk = [
      '"name":"NetworkError","code":401001,"message":"Network error. Could not reach Snowflake.",',
      '"cause":{"errno":-54,"code":"ECONNRESET","syscall":"read","attempts":5}',
    ].join('\n');
    expect(highIds(sdk)).toEqual(['10054']);
    expect(
      highIds(
        '2023-06-03 23:44:47,664 - ERROR - Error connecting to Databricks None, Error during request to server: [Errno -3] Temporary failure in name resolution!',
      ),
    ).toEqual(['11002']);
  });

  it("reads Snowflake JDBC's HttpClient connect timeout beside the driver's own retry deadline (c125-027)", () => {
    const text = [
      'SEVERE: Stop retrying since elapsed time due to network issues has reached timeout. Elapsed=360,264(ms), timeout=60,000(ms)',
      'Exception in thread "main" net.snowflake.client.jdbc.SnowflakeSQLException: JDBC driver encountered communication error. Message: Exception encountered for HTTP request: Connect to <my_connection_string> failed: connect timed out.',
    ].join('\n');
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("the connectors' own codes, deadlines, statuses and certificate checks are left alone", () => {
  it("leaves Snowflake's 250001, 251011 and 251012 without a socket cause (c125-028, c125-030, c125-031, c125-032)", () => {
    expect(
      anyIds(
        'SNOW-704218: OperationalError: 250001: Could not connect to Snowflake backend after 0 attempt(s).Aborting',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'snowflake.connector.errors.OperationalError: 251011: ConnectionTimeout occurred during login. Will be handled by authenticator',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'The above exception (251012: 251012: Login request is retryable. Will be handled by authenticator) was the direct cause of the follo',
      ),
    ).toEqual([]);
  });

  it("leaves urllib3's own connect and read deadlines under the Snowflake connector alone (c125-002, c125-003)", () => {
    expect(
      anyIds(
        "snowflake.connector.vendored.urllib3.exceptions.ConnectTimeoutError: (<snowflake.connector.vendored.urllib3.connection.HTTPSConnection object at 0xffff8cdb8280>, 'Connection to fubar.snowflakecomputing.com timed out. (connect timeout=5)')",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "ERROR|2022-11-09 09:16:31,520: HTTPSConnectionPool(host='xxxxx.xxxx.snowflakecomputing.com', port=443): Read timed out. (read timeout=60)",
      ),
    ).toEqual([]);
  });

  it("leaves redshift_connector's 'BrokenPipe: server socket closed' alone (c125-010)", () => {
    expect(
      anyIds(
        'BrokenPipe: server socket closed. Please check that client side networking configurations such as Proxies, firewalls, VPN, etc. are not affecting your network connection.',
      ),
    ).toEqual([]);
  });

  it("leaves Simba's 500593 over an HTTP 403 and the Trino CLI's bare OkHttp failure alone (c125-037, c125-013)", () => {
    expect(
      anyIds(
        'Caused by: com.simba.spark.support.exceptions.ErrorException: [Simba][SparkJDBCDriver](500593) Communication link failure. Failed to connect to server. Reason: HTTP Response code: 403, Error message: Unknown.',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '  Error running command: java.net.ConnectException: Failed to connect to localhost/[0:0:0:0:0:0:0:1]:54830',
      ),
    ).toEqual([]);
  });

  it("leaves the drivers' OCSP and certificate failures alone (c125-004, c125-047)", () => {
    expect(
      anyIds(
        "2019-11-26 13:23:42,608 - snowflake.connector.ocsp_snowflake - ERROR - WARNING!!! Using fail-open to connect. Driver is connecting to an HTTPS endpoint without OCSP based Certificate Revocation checking as it could not obtain a valid OCSP Response to use from the CA OCSP responder. Details: \n {'eventType': 'RevocationCheckFailure', 'sfcPeerHost': 'verisk.us-east-1.privatelink.snowflakecomputing.com',",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'problem connecting to database: timeout. err: Post https://xxxxx.snowflakecomputing.com:443/session/v1/login-request?databaseName=XXX&requestId=requestId%1111111-111111-11111&schemaName=public: x509: failed to load system roots and no roots provided. Hanging?%',
      ),
    ).toEqual([]);
  });
});
