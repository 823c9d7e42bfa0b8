import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from Azure's own CLIs, SDKs and tools, from real pastes of corpus round 191. */
describe("detectErrors reads .NET's SocketException with musl's and macOS's timeout text", () => {
  it('reads SocketException (110): Operation timed out from an Alpine container as a connect timeout (c191-007)', () => {
    const text =
      'Azure.Messaging.ServiceBus.ServiceBusException: Operation timed out ErrorCode: TimedOut (ServiceCommunicationProblem)\n ---> System.Net.Sockets.SocketException (110): Operation timed out\n   at Microsoft.Azure.Amqp.AsyncResult.End[TAsyncResult](IAsyncResult result)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads macOS's errno 60 in the same .NET form", () => {
    expect(highIds('System.Net.Sockets.SocketException (60): Operation timed out')).toEqual(['10060']);
  });

  it("reads no error in the Service Bus client's own wrapper line without the SocketException", () => {
    expect(
      anyIds(
        'Azure.Messaging.ServiceBus.ServiceBusException: Operation timed out ErrorCode: TimedOut (ServiceCommunicationProblem)',
      ),
    ).toEqual([]);
  });

  it("reads no error in .NET's own TimeoutException with the same words", () => {
    expect(anyIds('System.TimeoutException: Operation timed out')).toEqual([]);
  });
});

describe("detectErrors keeps Azure tools' own failures apart from socket errors", () => {
  it("reads no error in urllib3's routine 'Resetting dropped connection' in an az --debug log (c191-035)", () => {
    const text =
      'urllib3.connectionpool: Resetting dropped connection: management.azure.com\nurllib3.connectionpool: https://management.azure.com:443 "GET /subscriptions/<my-subscription-id>/providers/Microsoft.Network/locations/eastus/providers/Microsoft.Quota/quotas?api-version=2023-02-01 HTTP/1.1" 503 98\ncli.azure.cli.core.sdk.policies: Response status: 503';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in Azure.Core's retry failure over its own network timeouts (c191-030)", () => {
    const text =
      'Retry failed after 4 tries. Retry settings can be adjusted in ClientOptions.Retry or by configuring a custom retry policy in ClientOptions.RetryPolicy. (The operation was cancelled because it exceeded the configured timeout of 0:00:00.001. Network timeout can be adjusted in ClientOptions.Retry.NetworkTimeout.)';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Azure.Core's retry failure when its inner errors are refused connects (c191-017)", () => {
    const text =
      "The listener for function 'Functions.myfunc' was unable to start. Azure.Core: Retry failed after 6 tries. Retry settings can be adjusted in ClientOptions.Retry. (Connection refused (127.0.0.1:10000)) (Connection refused (127.0.0.1:10000)). Azure.Core: Connection refused (127.0.0.1:10000). System.Net.Http: Connection refused (127.0.0.1:10000). System.Net.Sockets: Connection refused.";
    expect(highIds(text)).toEqual(['10061']);
  });
});
