import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Node's HTTP clients other than axios: undici's fetch, node-fetch, got, request, http-proxy-middleware (corpus round 122). */
describe("got's own deadline names itself ETIMEDOUT", () => {
  it("leaves Renovate's JSON log of got's TimeoutError alone (c122-036)", () => {
    const text = [
      'DEBUG: GitHub failure: RequestError',
      '{',
      '  "err": {',
      '    "name": "TimeoutError",',
      '    "code": "ETIMEDOUT",',
      '    "timings": {',
      '      "start": 1669307856735,',
      '      "socket": 1669307856735,',
      '      "lookup": 1669307859457,',
      '      "connect": 1669307859457,',
      '      "error": 1669308120448,',
      '      "phases": {',
      '        "wait": 0,',
      '        "dns": 2722,',
      '        "tcp": 0,',
      '        "total": 263713',
      '      }',
      '    },',
      '    "event": "request",',
      '    "message": "Timeout awaiting \'request\' for 10000ms",',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Node's inspection of got's TimeoutError alone, by its message, name field or frame (c122-033)", () => {
    expect(anyIds("RequestError: Timeout awaiting 'request' for 15000ms\n  code: 'ETIMEDOUT',")).toEqual([]);
    expect(anyIds("  name: 'TimeoutError',\n  code: 'ETIMEDOUT',")).toEqual([]);
    expect(
      anyIds(
        "    at Timeout.timeoutHandler [as _onTimeout] (/ql/data/scripts/node_modules/got/dist/source/core/utils/timed-out.js:36:25) {\n  code: 'ETIMEDOUT',",
      ),
    ).toEqual([]);
  });

  it('still reads an OS connect timeout that got wraps in a RequestError', () => {
    expect(highIds("RequestError: connect ETIMEDOUT 1.2.3.4:443\n  code: 'ETIMEDOUT',")).toEqual(['10060']);
  });

  it('still reads a bare ETIMEDOUT code field with no got words near', () => {
    expect(highIds("  type: 'system',\n  errno: 'ETIMEDOUT',\n  code: 'ETIMEDOUT'")).toEqual(['10060']);
  });
});

describe("undici's own errors hold no socket error", () => {
  it("leaves undici's connect, headers and close errors alone (c122-026, c122-032, c122-028)", () => {
    const connect = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:12443:11',
      '  cause: ConnectTimeoutError: Connect Timeout Error',
      '      at onConnectTimeout (node:internal/deps/undici/undici:7595:28)',
      "    code: 'UND_ERR_CONNECT_TIMEOUT'",
    ].join('\n');
    expect(anyIds(connect)).toEqual([]);
    const headers = [
      '[ERROR] TypeError: fetch failed',
      '  cause: HeadersTimeoutError: Headers Timeout Error',
      '      at Timeout.onParserTimeout [as _onTimeout] (node:internal/deps/undici/undici:9457:32)',
      "    code: 'UND_ERR_HEADERS_TIMEOUT'",
    ].join('\n');
    expect(anyIds(headers)).toEqual([]);
    const closed = [
      'Error during translation: TypeError: fetch failed',
      '  [cause]: SocketError: other side closed',
      '      at Socket.<anonymous> (node:internal/deps/undici/undici:6287:28)',
      "code: 'UND_ERR_SOCKET',",
    ].join('\n');
    expect(anyIds(closed)).toEqual([]);
  });

  it("reads fetch's cause when it is an OS error, as Astro prints it in JSON (c122-021)", () => {
    const text = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:13502:13',
      'cause',
      '{',
      '  "errno": -3008,',
      '  "code": "ENOTFOUND",',
      '  "syscall": "getaddrinfo",',
      '  "hostname": "api.github.com"',
      '}',
    ].join('\n');
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe("node-fetch, got and the proxies print the OS's code after their own words", () => {
  it("reads node-fetch's FetchError over connect ETIMEDOUT (c122-001)", () => {
    expect(
      highIds(
        'FetchError: request to https://api.bol.com/retailer/orders/1557184952 failed reason: connect ETIMEDOUT 185.14.168.83:443',
      ),
    ).toEqual(['10060']);
  });

  it("leaves node-fetch's FetchError over a certificate failure alone (c122-039)", () => {
    const text = [
      'Error: FetchError: request to https://iporesult.cdsc.com.np/result/companyShares/fileUploaded failed, reason: unable to verify the first certificate',
      "  type: 'system',",
      "  errno: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',",
      "  code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'",
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("reads got's minified RequestError over EAI_AGAIN (c122-017)", () => {
    expect(highIds("ne [RequestError]: getaddrinfo EAI_AGAIN www.dijnet.hu\n  code: 'EAI_AGAIN',")).toEqual([
      '11002',
    ]);
  });

  it("reads http-proxy-middleware 2's bracketed code (c122-019)", () => {
    expect(
      highIds(
        'gateway-1 | [HPM] Error occurred while proxying request localhost:8080/landlord/demo to http://landlord-frontend:8180/ [ECONNREFUSED] (https://nodejs.org/api/errors.html#errors_common_system_errors)',
      ),
    ).toEqual(['10061']);
  });

  it("leaves got's HTTPError for a status alone (c122-038)", () => {
    expect(anyIds('HTTPError: Response code 404 (Not Found)')).toEqual([]);
  });

  it("still reads the OS's read ETIMEDOUT that the AWS SDK names TimeoutError, head line and fields (c50-064)", () => {
    expect(
      highIds(
        "Error: read ETIMEDOUT\n    at TLSWrap.onStreamRead (internal/stream_base_commons.js:209:20) {\n  errno: -60,\n  code: 'ETIMEDOUT',\n  syscall: 'read',\n  name: 'TimeoutError',\n  '$metadata': { attempts: 1, totalRetryDelay: 0 }\n}",
      ),
    ).toEqual(['10060']);
  });
});
