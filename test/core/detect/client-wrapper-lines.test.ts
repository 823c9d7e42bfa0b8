import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Service-to-service client wrappers from .NET and Java back ends (corpus round 15). */
describe("detectErrors reads Apache HttpClient 4.0-4.2's HttpHostConnectException", () => {
  it("reads 'Connection to <url> refused' after HttpHostConnectException (searchbox-io/Jest issue #65, c15-085)", () => {
    const trace =
      'org.apache.http.conn.HttpHostConnectException: Connection to http://localhost:9200 refused\n    at org.apache.http.impl.conn.DefaultClientConnectionOperator.openConnection(DefaultClientConnectionOperator.java:190)';
    expect(highIds(trace)).toEqual(['10061']);
  });

  it('reads it once when RestTemplate repeats it first (sozialhelden/wheelmap-android issue #26, c15-065)', () => {
    const line =
      'org.springframework.web.client.ResourceAccessException: I/O error: Connection to http://127.0.0.1:3128 refused; nested exception is org.apache.http.conn.HttpHostConnectException: Connection to http://127.0.0.1:3128 refused';
    expect(highIds(line)).toEqual(['10061']);
  });

  it('leaves a refusal in prose alone where no HttpHostConnectException names it', () => {
    expect(detectErrors('Connection to the board refused by the committee')).toEqual([]);
  });
});

describe("detectErrors reads .NET's resolver and Mono's network-down texts", () => {
  it("reads Darwin's 'hostname nor servname provided, or not known' (dotnet/runtime issue #111058, c15-048)", () => {
    const trace =
      'System.Net.Http.HttpRequestException: hostname nor servname provided, or not known (prd-tlmservices-apim.epaysystems.com:443)\n ---> System.Net.Sockets.SocketException (0xFFFDFFFF): hostname nor servname provided, or not known';
    expect(highIds(trace)).toEqual(['11001']);
  });

  it("reads Mono's 'Network subsystem is down' after SocketException (agusibrahim/Aplikasi-PPOB-Xamarin issue #175, c15-012)", () => {
    expect(highIds('System.Net.Sockets.SocketException: Network subsystem is down')).toEqual(['10050']);
  });

  it('leaves the words alone without a SocketException before them', () => {
    expect(highIds('The network subsystem is down for maintenance tonight')).toEqual([]);
  });
});
