import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Database command-line clients and admin GUIs (psql, pg_dump, the mysql client and mysqldump, sqlcmd,
 * the mongo shell, redis-cli, cqlsh, clickhouse-client, SQL*Plus, pgAdmin, DBeaver, TablePlus, Redis
 * Desktop Manager), from real pastes of corpus round 108. No rule was added for the round; these pin
 * the forms the rules already read, in both directions.
 */
describe('detectErrors reads the socket errors database clients print', () => {
  it("reads the mongo shell's SocketException cause on macOS and Windows (c108-003, c108-004)", () => {
    expect(
      highIds(
        "Error: couldn't connect to server 127.0.0.1:27017, connection attempt failed: SocketException: Error connecting to 127.0.0.1:27017 :: caused by :: Connection refused :\nconnect@src/mongo/shell/mongo.js:372:17\n@(connect):2:6\nexception: connect failed\nexiting with code 1",
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        "2020-05-30T13:32:34.425+0530 E  QUERY    [js] Error: couldn't connect to server 127.0.0.1:27017, connection attempt failed: SocketException: Error connecting to 127.0.0.1:27017 :: caused by :: No connection could be made because the target machine actively refused it. :",
      ),
    ).toEqual(['10061']);
  });

  it("reads the legacy shell's NETWORK line with its reason (c108-002)", () => {
    const text =
      '2019-05-03T12:41:01.599-0500 W NETWORK  [main] Failed to connect to 127.0.0.1:27017, reason: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads DBeaver's PgJDBC refusal over Java's Windows wording (c108-006)", () => {
    const text =
      'Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.\n  Connection refused: connect';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads clickhouse-client's NETWORK_ERROR with Poco's refusal (c108-011, c108-012)", () => {
    expect(
      highIds(
        'ClickHouse client version 18.14.9.\nConnecting to localhost:9000.\nCode: 210. DB::NetException: Connection refused: (localhost:9000, ::1)',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'Value "Code: 210. DB::NetException: Connection refused: (localhost:9000, 127.0.0.1)" of type "string" is not suitable for value type "Numeric (float)"',
      ),
    ).toEqual(['10061']);
  });

  it("reads sqlcmd's TCP Provider error code 0x2746 as a reset (c108-014)", () => {
    const text =
      '- Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x2746.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads redis-cli's 'Could not connect to Redis at' with each OS text (c108-015 to c108-018)", () => {
    expect(
      highIds('Could not connect to Redis at <redacted>.cloud.redislabs.com:18191: Connection timed out'),
    ).toEqual(['10060']);
    expect(highIds('Could not connect to Redis at 172.16.23.277:6379: Name or service not known')).toEqual([
      '11001',
    ]);
    expect(highIds('Could not connect to Redis at ip:9001: No route to host')).toEqual(['10065']);
    expect(highIds("redis-cli <not connected> Can't assign requested address")).toEqual(['10049']);
  });

  it("reads psql's connect timeout in musl's wording under Ansible (c108-021)", () => {
    const text =
      '    psql: error: connection to server at "matrix-postgres" (172.18.0.2), port 5432 failed: Operation timed out\n            Is the server running on that host and accepting TCP/IP connections?';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads libmysqlclient's 2013 with macOS's system error 60 in TablePlus (c108-049)", () => {
    const text =
      "`Lost connection to server at 'handshake: reading initial communication packet', system error: 60`";
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe('detectErrors leaves what database clients say of their own alone', () => {
  it("ignores pg_dump's server version mismatch as pgAdmin runs it (c108-030)", () => {
    const text = [
      "Backing up an object on the server 'PostgreSQL 17 (localhost:5432)' from database 'TestDB'",
      'pg_dump: error: aborting because of server version mismatch',
      'pg_dump: detail: server version: 17.0; pg_dump version: 16.4',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores the server's password failure under libpq's connection prefixes (c108-026, c108-028)", () => {
    expect(
      anyIds(
        'connection to server at "localhost" (::1), port 5432 failed: FATAL: password authentication failed for user "Postgres"',
      ),
    ).toEqual([]);
    expect(
      anyIds("'psql: error: could not connect to server: FATAL:  password authentication failed for user'"),
    ).toEqual([]);
  });

  it("ignores libpq's own connect_timeout (c108-036, c108-037)", () => {
    expect(anyIds('Unable to connect to server: connection timeout expired')).toEqual([]);
    expect(anyIds('```\ntimeout expired\n```')).toEqual([]);
  });

  it("ignores SQL*Plus's ORA-12541 without an OS error (c108-023)", () => {
    const text =
      'ERROR:\nORA-12541: TNS:no listener\n\nSP2-0751: Unable to connect to Oracle.  Exiting SQL*Plus\nProcess exited with status 1';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores cqlsh's version and schema failures inside 'Unable to connect to any servers' (c108-041, c108-044)", () => {
    expect(
      anyIds(
        "Connection error: ('Unable to connect to any servers', {'127.0.0.1': ProtocolError(\"cql_version '3.3.1' is not supported by remote (w/ native protocol). Supported versions: [u'3.4.2']\",)})",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Connection error: ('Unable to connect to any servers', {'127.0.0.1': KeyError('column_aliases',)})",
      ),
    ).toEqual([]);
  });

  it("ignores clickhouse-client's authentication failure and unexpected packet (c108-047, c108-033)", () => {
    expect(
      anyIds(
        'Connecting to localhost:9000 as user default.\nCode: 516. DB::Exception: Received from localhost:9000. DB::Exception: default: Authentication failed: password is incorrect or there is no user with such name.',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Code: 102. DB::NetException: Unexpected packet from server 10.128.210.150:9000 (expected Hello or Exception, got Unknown packet)',
      ),
    ).toEqual([]);
  });

  it("ignores mysqldump's missing auth plugin file, said 'when trying to connect' (c108-040)", () => {
    const text =
      'mysqldump: Got error: 2059: "Authentication plugin \'caching_sha2_password\' cannot be loaded: /usr/lib/x86_64-linux-gnu/mariadb18/plugin/caching_sha2_password.so: cannot open shared object file: No such file or directory" when trying to connect';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores Redis Desktop Manager's closed connection and its own execution timeout (c108-034)", () => {
    const text =
      '2017-04-17 10:22:13 : Connection: Connection error: The remote host closed the connection\n Connection: Connection error on AUTH: Execution timeout';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores pg_hba's refusal of a connection without SSL (c108-046)", () => {
    const text =
      'Connection error! PostgreSQL Error: error: no pg_hba.conf entry for host "REDACTED_IP_ADDRESS", user "REDACTED_DATABASE_NAME", database "REDACTED_DATABASE_NAME", SSL off';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores SQLyog's 2013 whose system error is no socket code (c108-022)", () => {
    const text =
      "fails producing an 2013 error number (lost connection to mysql server at 'waiting for initial communication packet' system error 34)";
    expect(anyIds(text)).toEqual([]);
  });
});
