import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

describe("ORMs' and database drivers' own deadlines", () => {
  it("reads no timeout in SQLAlchemy's pool checkout deadline (corpus c36-044)", () => {
    // QueuePool._do_get(): no pooled connection became free within pool_timeout; no socket timed out.
    const text =
      'sqlalchemy.exc.TimeoutError: QueuePool limit of size 20 overflow 20 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)';
    expect(detectErrors(text)).toEqual([]);
  });

  it("reads no timeout in the MongoDB Node driver's connectTimeoutMS deadline (corpus c36-053)", () => {
    // The socket's 'timeout' event becomes MongoNetworkTimeoutError('connection timed out').
    const text =
      'MongoDB connection error: MongooseServerSelectionError: connection timed out\n    at NativeConnection.Connection.openUri (/var/task/node_modules/mongoose/lib/connection.js:846:32)';
    expect(detectErrors(text)).toEqual([]);
    expect(detectErrors('MongoNetworkTimeoutError: connection timed out')).toEqual([]);
  });

  it("reads no timeout in mongodb-core's own connection timer on first connect (corpus c36-124, c36-122)", () => {
    // 'failed to connect to' before it made curl's 'Timed out' phrase read a connect timeout.
    const core =
      '(node:9357) UnhandledPromiseRejectionWarning: MongoNetworkError: failed to connect to server [localhost:27017] on first connect [MongoNetworkError: connection 0 to localhost:27017 timed out]';
    expect(detectErrors(core)).toEqual([]);
    const v3 =
      'MongoNetworkError: failed to connect to server [cluster0-shard-00-00-iocwy.mongodb.net:27017] on first connect [MongoNetworkError: connection timed out]';
    expect(detectErrors(v3)).toEqual([]);
  });

  it("still reads the OS's timeout inside the first-connect wrapper (corpus c36-126)", () => {
    const text =
      'MongoError: failed to connect to server [ds113566.mlab.com:13566] on first connect [MongoError: connect ETIMEDOUT 54.158.46.240:13566]';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("still reads the OS's timeout when the driver passes it on", () => {
    expect(highIds('MongoServerSelectionError: connect ETIMEDOUT 10.0.0.12:27017')).toEqual(['10060']);
    const libpq =
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection timed out\n\tIs the server running on host "db.example.com" (10.0.0.5) and accepting\n\tTCP/IP connections on port 5432?';
    expect(highIds(libpq)).toEqual(['10060']);
  });
});

describe("Rust database clients' OS errors and SQLite's wording", () => {
  it("reads macOS's ETIMEDOUT from Rust's '<strerror> (os error 60)' (corpus c36-087)", () => {
    // sqlx's compile-time query check: Error::Io's Display wraps the io::Error.
    const text = 'error: error communicating with database: Operation timed out (os error 60)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads no memory error in modernc.org/sqlite's SQLITE_CANTOPEN text (corpus c36-090)", () => {
    const text = '"failed to initialize database service: unable to open database file: out of memory (14)"';
    expect(detectErrors(text)).toEqual([]);
  });
});

describe("PHP's socket transport under PDO", () => {
  it('reads a failed send as EPIPE with no other socket word near (corpus c36-134)', () => {
    // main/streams/xp_socket.c: "Send of %d bytes failed with errno=%d %s" after send() failed.
    const text = '> "PDOStatement::execute(): send of 916 bytes failed with errno=32 Broken pipe"';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads no EPIPE in a failed write to a file or pipe, PHP's 'Write of'", () => {
    expect(detectErrors('fwrite(): Write of 916 bytes failed with errno=32 Broken pipe')).toEqual([]);
  });
});
