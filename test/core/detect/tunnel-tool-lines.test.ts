import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from proxy and tunnel tools, from real pastes of corpus round 32. */
describe("detectErrors reads old Go's getsockopt: dial errors", () => {
  it("reads macOS's 'operation timed out' after getsockopt: as a connect timeout (v2ray/v2ray-core issue #849)", () => {
    expect(highIds('dial tcp x.x.x.x:x: getsockopt: operation timed out')).toEqual(['10060']);
  });

  it("does not read an 'operation timed out' with no socket call before it", () => {
    expect(anyIds('upload failed: operation timed out')).toEqual([]);
  });
});

describe("detectErrors reads stunnel's '<call>: <strerror> (<errno>)' lines", () => {
  it("reads FreeBSD's 'Operation timed out (60)' under SSL_read (miyurudassanayake/sni-injector issue #12)", () => {
    expect(highIds('stunnel[730]: LOG3[0]: transfer: SSL_read: Operation timed out (60)')).toEqual(['10060']);
  });

  it('does not read the same text under SSL_read without the BSD errno after it', () => {
    expect(anyIds('transfer: SSL_read: Operation timed out')).toEqual([]);
  });

  it('ignores the OpenSSL error stunnel logs for plain HTTP on its TLS port', () => {
    const text =
      'stunnel[730]: LOG3[3]: SSL_accept: ssl3_get_record@/usr/src/crypto/openssl/ssl/record/ssl3_record.c:350: error:0A00009C:SSL routines::http request';
    expect(anyIds(text)).toEqual([]);
  });
});
