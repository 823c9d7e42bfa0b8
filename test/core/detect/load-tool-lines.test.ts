import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from test and load tools, from real pastes of corpus round 34. */
describe("detectErrors reads k6's own rewording of Go's dial errors", () => {
  it("reads k6's 'dial: i/o timeout' as a connect timeout (next-step/infra-subway-monitoring k6/mypageedit/stress.md)", () => {
    const text =
      'WARN[0063] Request Failed                                error="Get \\"https://wooobo.r-e.kr/login\\": dial: i/o timeout"';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("does not read k6's 'request timeout', its own request deadline (owncloud/ocis issue #11141)", () => {
    const text =
      'time="2025-03-18T05:41:30+01:00" level=warning msg="Request Failed" error="Get \\"******graph/v1.0/me/drives\\": request timeout"';
    expect(anyIds(text)).toEqual([]);
  });

  it('still ignores a read deadline after a dial wrapper', () => {
    expect(anyIds('redial: read tcp 10.0.0.1:5->10.0.0.2:443: i/o timeout')).toEqual([]);
  });
});

describe("detectErrors reads Java's NoRouteToHostException by the message beside it", () => {
  it('reads a load client out of local ports as 10049, not 10065 (OpenJDK throws the class for EADDRNOTAVAIL)', () => {
    const text =
      'Caused by: java.net.NoRouteToHostException: Cannot assign requested address (Address not available)\n    at java.net.PlainSocketImpl.socketConnect(Native Method)';
    expect(highIds(text)).toEqual(['10049']);
  });

  it('still reads the class alone, or with its own message, as no route to host', () => {
    expect(highIds('java.net.NoRouteToHostException: No route to host (Host unreachable)')).toEqual([
      '10065',
    ]);
    expect(highIds('Caused by: java.net.NoRouteToHostException: null')).toEqual(['10065']);
  });
});
