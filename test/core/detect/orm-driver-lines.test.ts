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
