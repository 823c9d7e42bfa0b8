import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from C and C++ networking libraries' logs (mongoose, POCO, cpp-httplib, trantor, libwebsockets), from real pastes of corpus round 103. */
describe("detectErrors reads the errno a C server logs as 'accept failed, errno N'", () => {
  it("reads mongoose's accept_conn line under load as too many open files (cesanta/mongoose #2728)", () => {
    expect(highIds('mongoose.c:7543:accept_conn 1 accept failed, errno 24')).toEqual(['10024']);
  });

  it('reads a Winsock number logged the same way from WSAGetLastError()', () => {
    expect(highIds('CCPSock::OnAccept, accept failed, errno 10054')).toEqual(['10054']);
  });

  it("does not read a number after a bare 'accept failed' with no errno keyword as an error", () => {
    expect(anyIds('accept failed 24 times in the last minute')).toEqual([]);
  });
});

describe("detectErrors reads POCO's own wording for the Winsock start-up errors", () => {
  it("reads 'Net subsystem not ready' as WSASYSNOTREADY (pocoproject/poco #3280)", () => {
    const text =
      'I run it in debug mode and at least get the error \n\n`NetException("Net subsystem not ready", code);`\n\nIt happens on the line\n\n`Poco::Net::ServerSocket socket(SocAdress);`';
    expect(highIds(text)).toEqual(['10091']);
  });

  it("reads 'Net subsystem not initialized' in displayText's form as WSANOTINITIALISED", () => {
    expect(highIds('Net Exception: Net subsystem not initialized')).toEqual(['10093']);
  });
});

describe("detectErrors leaves these libraries' own failure categories alone", () => {
  it("finds nothing in cpp-httplib's Error::Connection text with its enum value (yhirose/cpp-httplib #1711)", () => {
    expect(anyIds('error code: Could not establish connection (2)')).toEqual([]);
  });

  it("finds nothing in trantor's warning that it skips a send on a closed connection (an-tao/trantor #324)", () => {
    const text =
      '20240226 17:45:01.176295 UTC 453459 WARN  Connection is not connected,give up sending - TcpConnectionImpl.cc:390';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in libwebsockets' read of zero bytes with errno 0 (warmcat/libwebsockets #3125)", () => {
    const text =
      '[2024/04/30 13:19:35:4028] I: [wsicli|0|WS/h1/default/localhost]: lws_ssl_capable_read_no_ssl: error on reading from skt : 0, errno 0';
    expect(anyIds(text)).toEqual([]);
  });
});
