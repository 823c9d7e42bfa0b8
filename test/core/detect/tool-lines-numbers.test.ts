import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

describe('detectErrors reads numbers where runtimes print them', () => {
  it("reads nginx's errno after 'upstream timed out' whatever text the libc gives it (c3-146)", () => {
    const text =
      '2024/04/12 11:17:30 [error] 455#455: *80806 upstream timed out (110: Unknown error) while reading response header from upstream, client: 192.100.4.59';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("does not read an HTTP 504 or nginx's wording without an errno", () => {
    expect(anyIds('<html><head><title>504 Gateway Time-out</title></head></html>')).toEqual([]);
    expect(
      anyIds('unexpected status 504 Gateway Timeout: upstream timed out in stream_open after 10s'),
    ).toEqual([]);
  });

  it("does not read .NET's HResult in 'SocketException (00000001, 11)' as errno 1 (bitwarden/server issue #7877)", () => {
    const text =
      ' ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily un\n   at System.Net.Dns.GetHostEntryOrAddressesCore(String';
    expect(anyIds(text)).not.toContain('EPERM');
    expect(highIds('System.Net.Sockets.SocketException (111): Connection refused')).toEqual(['10061']);
    expect(highIds('System.Net.Sockets.SocketException (99): Address not available')).toEqual(['10049']);
  });
});

describe("detectErrors reads database clients' errno lines", () => {
  it("reads MySQL's 'system error: 104' as a reset, not glibc's EAI_SYSTEM text (public-code index id 13994943340)", () => {
    const text =
      "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading initial communication packet', system error: 104";
    expect(anyIds(text)).toEqual(['10054']);
    expect(highIds(text)).toEqual(['10054']);
  });

  it("finds nothing in MySQL's 'system error: 0', no errno at all", () => {
    expect(
      anyIds(
        "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading authorization packet', system error: 0",
      ),
    ).toEqual([]);
  });

  it("reads FreeRDP's 'returned a system error N: <strerror>' by its strerror, not as glibc's EAI_SYSTEM text (public-code index id 1608275588)", () => {
    // Fmstrat/winapps issue #310 (c8-012), FreeRDP/FreeRDP issue #3139 (c8-013).
    const pipe =
      '[ERROR][com.freerdp.core.transport] - BIO_should_retry returned a system error 32: Broken pipe\n' +
      '[ERROR][com.freerdp.core] - transport_write:freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]';
    expect(anyIds(pipe)).toEqual(['EPIPE']);
    const reset =
      '[ERROR][com.freerdp.core.transport] - BIO_read returned a system error 104: Connection reset by peer';
    expect(anyIds(reset)).toEqual(['10054']);
  });

  it("finds nothing in FreeRDP's 'returned a system error 0: No error' (FreeRDP/FreeRDP issue #7247, c8-015)", () => {
    expect(
      anyIds('[ERROR][com.freerdp.core.transport] - BIO_write returned a system error 0: No error'),
    ).toEqual([]);
  });

  it("reads Oracle Net's 'nt secondary err code: 110' as the OS timeout (public-code index id 52251825703)", () => {
    const text =
      'TNS-12535: TNS:operation timed out\n    ns secondary err code: 12560\n    nt main err code: 505\n\nTNS-00505: Operation timed out\n    nt secondary err code: 110\n    nt OS err code: 0';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads hiredis's 'Protocol error, got … as reply type byte' as no EPROTO (public-code index id 3490869976)", () => {
    // redis/redis issue #457 (c6-007): redis-cli refused, then talking to an HTTP port.
    const text =
      'Could not connect to Redis at 127.0.0.1:6379: Connection refused\nnot connected> \nError: Protocol error, got "<" as reply type byte';
    expect(anyIds(text)).toEqual(['10061']);
    expect(anyIds('ReplyError: Protocol error, got "H" as reply type byte, from the socket')).toEqual([]);
  });

  it("still reads the OS's 'Protocol error' after a socket call", () => {
    expect(highIds('connect: Protocol error')).toEqual(['EPROTO']);
  });
});

describe('detectErrors reads a Winsock code named after WSA', () => {
  it("reads 'WSA 10047' and an app's '（WSA 10054）' as the Winsock errors (public-code index id 68478219468)", () => {
    // grpc/grpc issue #32111 (c6-088).
    expect(highIds('gRPC C# crashes with WSA 10047 code on Wine(Ubuntu)')).toEqual(['10047']);
    expect(highIds('连接被对端重置：服务可能刚重启（WSA 10054）')).toEqual(['10054']);
  });

  it('leaves a number after WSA that is no Winsock code alone', () => {
    expect(detectErrors('WSA 2022 conference, room 101')).toEqual([]);
  });
});
