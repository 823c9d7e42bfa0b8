import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Log and trace shippers' own lines, from real pastes of corpus round 25 (`test/fixtures/corpus/round25.jsonl`). */
describe("detectErrors reads observability agents' lines", () => {
  it("reads the Jaeger C++ client's 'Could not send span …: <strerror>, code=<errno>' as the socket's error", () => {
    // jaegertracing/jaeger-client-cpp issue #249 (c25-054): EMSGSIZE on macOS.
    expect(
      highIds(
        'Could not send span Failed to write message, numWritten=-1, size=17728: Message too long, code=40',
      ),
    ).toEqual(['10040']);
  });

  it('keeps a bare socket-only strerror without that prefix at medium', () => {
    // jaegertracing/jaeger-client-cpp issue #207 (c25-055), the issue title.
    expect(highIds('"No buffer space available, code=105" occurred at span send')).toEqual([]);
    expect(anyIds('"No buffer space available, code=105" occurred at span send')).toEqual(['10055']);
  });

  it("reads mbed TLS's 'NET - Connection was reset by peer' in Fluent Bit's log as a reset", () => {
    // fluent/fluent-bit issues #526 and #2316 (c25-002, c25-081).
    expect(
      highIds('[2018/03/01 16:10:58] [error] [io_tls] flb_io_tls.c:300 NET - Connection was reset by peer'),
    ).toEqual(['10054']);
  });

  it("gives Fluent Bit's TLS failures and a stale errno no auto-reply", () => {
    // fluent/fluent-bit issues #8452, #1699, #6431 (c25-079, c25-083, c25-082).
    expect(anyIds('[2024/02/03 19:34:06] [error] [tls] error: unexpected EOF')).toEqual([]);
    expect(
      anyIds('[2019/10/31 21:36:56] [error] [io_tls] flb_io_tls.c:355 SSL - The connection indicated an EOF'),
    ).toEqual([]);
    expect(
      anyIds(
        '[2022/11/21 11:57:45] [error] [C:\\projects\\fluent-bit-2e87g\\src\\flb_http_client.c:1199 errno=0] No error',
      ),
    ).toEqual([]);
  });

  it("gives Fluent Bit's own connect timeout and a 429 from Loki no auto-reply", () => {
    // fluent/fluent-bit issue #3192, grafana/loki issue #4204 (c25-003, c25-010).
    expect(
      anyIds(
        '[2021/03/09 17:45:53] [error] [upstream] connection #25 to 127.0.0.1:9090 timed out after 5 seconds',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'msg="error sending batch, will retry" status=429 error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded"',
      ),
    ).toEqual([]);
  });

  it("gives the OTLP exporters' bare UNAVAILABLE and the APM agent's own socket timeout no auto-reply", () => {
    // open-telemetry/opentelemetry-python issue #4517, elastic/apm-agent-nodejs issue #4026 (c25-035, c25-041).
    expect(
      anyIds(
        'Transient error StatusCode.UNAVAILABLE encountered while exporting metrics to opentelemetry-collector.monitor.svc.cluster.local:4317, retrying in 8s',
      ),
    ).toEqual([]);
    expect(anyIds('APM Server transport error (ERR_SOCKET_TIMEOUT): Socket timeout')).toEqual([]);
  });

  it("gives gRPC core's 'connection attempt timed out before receiving SETTINGS frame' no auto-reply", () => {
    // open-telemetry/opentelemetry-cpp issue #3070 (c25-104): gRPC's own deadline after 'failed to connect to'.
    const text =
      '[OTLP TRACE GRPC Exporter] Export() failed with status_code: "UNAVAILABLE" error_message: "failed to connect to all addresses; ' +
      'last error: UNKNOWN: ipv4:x.x.x.x:443: connection attempt timed out before receiving SETTINGS frame"';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads gRPC core's 'Failed to connect to remote host: Connection refused' and curl's 'Timed out'", () => {
    // kubernetes/ingress-nginx issue #9800 (c25-105).
    expect(
      highIds(
        'error_message: "failed to connect to all addresses; last error: UNKNOWN: Failed to connect to remote host: Connection refused"',
      ),
    ).toEqual(['10061']);
    expect(highIds('Failed to connect to github.com port 443 after 21090 ms: Timed out')).toEqual(['10060']);
  });
});
