import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Lines of Rust services and CLIs (reqwest/hyper, tonic, quinn, sqlx, tokio-postgres, lapin, rdkafka,
 * tungstenite, axum, cargo), from real pastes of corpus round 115 (`test/fixtures/corpus/round115.jsonl`).
 */
describe("detectErrors reads Rust services' and CLIs' socket errors", () => {
  it("leaves reqwest's own deadline after its 'for url (…)' wording alone", () => {
    // seanmonstar/reqwest pull request #2148 and issue #1438.
    expect(
      anyIds(
        'Caused by: error sending request for url (https://httpbin.org/): operation timed out\n  Caused by: operation timed out',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'timeout error like: [error trying to connect: operation timed out] or [sending request for url(xxx): operation timed out]',
      ),
    ).toEqual([]);
  });

  it("still reads the OS's timeout and macOS's text after a connect", () => {
    expect(
      highIds(
        'error sending request for url (http://x/): error trying to connect: tcp connect error: Operation timed out (os error 60)',
      ),
    ).toEqual(['10060']);
    expect(highIds('ssh: connect to host x port 22: Operation timed out')).toEqual(['10060']);
  });

  it("reads Rust's Kind(…) and Custom { kind: … } forms, which carry no OS error, only at low", () => {
    // quinn-rs/quinn issue #1694: an application wrapped quinn's idle timeout in an io::Error.
    const custom = detectErrors(
      'Server Disconnected! IOError(Custom { kind: TimedOut, error: TimedOut }) | Some(0)',
    );
    expect(custom.map((f) => [f.id, f.confidence])).toEqual([['10060', 'low']]);
    const kind = detectErrors('hyper::Error(Io, Kind(ConnectionReset))');
    expect(kind.map((f) => [f.id, f.confidence])).toEqual([['10054', 'low']]);
    // Pretty-printed ({:#?}) Custom keeps the same reading.
    expect(highIds('Err(Custom {\n    kind: ConnectionRefused,\n    error: "x",\n})')).toEqual([]);
  });

  it("still reads Rust's Os { code, kind, message } form and a bare kind label at high", () => {
    // ziesha-network/bazuka issue #82; DioxusLabs/dioxus issue #4610.
    expect(
      highIds(
        'ServerError(hyper::Error(Io, Os { code: 104, kind: ConnectionReset, message: "Connection reset by peer" }))',
      ),
    ).toEqual(['10054']);
    expect(
      highIds(
        'called `Result::unwrap()` on an `Err` value: Os { code: 98, kind: AddrInUse, message: "Address already in use" }',
      ),
    ).toEqual(['10048']);
    expect(highIds('kind: ConnectionRefused')).toEqual(['10061']);
  });

  it("leaves hyper's body error over a kind-only reset at high, and reads the OS's reset after it", () => {
    // engula/engula issue #1081 (tonic over h2); corpus c25-049 (Vector, the OS's reset).
    expect(
      highIds(
        'Status { code: Unknown, message: "error reading a body from connection: connection reset", source: Some(hyper::Error(Body, Error { kind: Io(Kind(ConnectionReset)) })) }',
      ),
    ).toEqual([]);
    expect(highIds('error writing a body to connection: Connection reset by peer (os error 104)')).toEqual([
      '10054',
    ]);
    expect(highIds('error reading a body from connection: Connection reset by peer')).toEqual(['10054']);
  });

  it("reads WSAENOTCONN from lapin and amiquip on Windows, in Rust's Os form", () => {
    // amqp-rs/lapin issue #216.
    expect(
      highIds(
        'error reading: IOError(Os { code: 10057, kind: NotConnected, message: "A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied." })',
      ),
    ).toEqual(['10057']);
  });

  it("leaves hyper's IncompleteMessage and quinn's own timeouts alone", () => {
    // ProvableHQ/snarkOS issue #1994; quinn-rs/quinn issue #1326; spongebob888/shadowquic issue #44.
    expect(
      anyIds(
        'error sending request for url (https://vm.aleo.org/testnet3/block/testnet3/37639.block): connection closed before message completed',
      ),
    ).toEqual([]);
    expect(anyIds(' ERROR server: connection failed: timed out')).toEqual([]);
    expect(anyIds('ERROR Error accepting quic connection: QUIC Connection Error:timed out')).toEqual([]);
  });
});
