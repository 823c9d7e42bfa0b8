import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of database and broker servers' own logs from real pastes of corpus round 27 (`test/fixtures/corpus/round27.jsonl`, ids c27-…). */
describe("detectErrors leaves Galera's primary-view deadline alone", () => {
  it('ignores the ETIMEDOUT gcomm reports when no primary view formed in time (bitnami/charts issue #8498)', () => {
    const text = [
      '2021-12-23 22:27:16 0 [ERROR] WSREP: failed to open gcomm backend connection: 110: failed to reach primary view: 110 (Connection timed out) at /bitnami/blacksmith-sandox/libgalera-26.4.9/gcomm/src/pc.cpp:connect():160',
      '2021-12-23 22:27:16 0 [ERROR] WSREP: /bitnami/blacksmith-sandox/libgalera-26.4.9/gcs/src/gcs_core.cpp:gcs_core_open():220: Failed to open backend connection: -110 (Connection timed out)',
      '2021-12-23 22:27:16 0 [ERROR] WSREP: gcs connect failed: Connection timed out',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores the newer wording's follow-up lines, the channel line included (MariaDB's allowlist documentation)", () => {
    const text = [
      '2024-03-18  8:19:14 0 [ERROR] WSREP: ./gcs/src/gcs_core.cpp:gcs_core_open():221: Failed to open backend connection: -110 (Connection timed out)',
      "2024-03-18  8:19:15 0 [ERROR] WSREP: ./gcs/src/gcs.cpp:gcs_open():1674: Failed to open channel 'mariadb' at 'gcomm://18.194.147.243,18.193.102.155': -110 (Connection timed out)",
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads a refused connect in a MariaDB log's other lines", () => {
    const text =
      "2021-05-18 20:58:31 0 [ERROR] WSREP: gcs connect failed: Connection timed out\nERROR 2002 (HY000): Can't connect to MySQL server on '10.0.0.5' (111 \"Connection refused\")";
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads Poco's socket exceptions in ClickHouse's stack traces", () => {
  it('reads Poco::Net::ConnectionRefusedException as a refused connect (ClickHouse/ClickHouse issue #21582)', () => {
    const text = [
      '0. Poco::IOException::IOException(std::__1::basic_string<char, std::__1::char_traits<char>, std::__1::allocator<char> > const&, int) @ 0x18b6f4b0 in /usr/bin/clickhouse',
      '1. Poco::Net::ConnectionRefusedException::ConnectionRefusedException(std::__1::basic_string<char, std::__1::char_traits<char>, std::__1::allocator<char> > const&, int) @ 0x18a609ad in /usr/bin/clickhouse',
      '3. Poco::Net::SocketImpl::connect(Poco::Net::SocketAddress const&, Poco::Timespan const&) @ 0x18a7cecf in /usr/bin/clickhouse',
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads Poco::Net::ConnectionResetException as a reset', () => {
    expect(
      highIds(
        '0. Poco::Net::ConnectionResetException::ConnectionResetException(int) @ 0x13b64a69 in /usr/bin/clickhouse',
      ),
    ).toEqual(['10054']);
  });

  it("leaves an application's own ConnectionRefusedException without Poco's namespace to the other rules", () => {
    expect(highIds('throw ConnectionRefusedException();')).toEqual([]);
  });
});
