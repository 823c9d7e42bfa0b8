import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 50 (`test/fixtures/corpus/round50.jsonl`, ids c50-…). */
describe("detectErrors reads webhook senders' own delivery failures", () => {
  it("reads no socket error in Twilio's own fetch deadline (c50-068)", () => {
    const text =
      'ERROR HTTP connection failure\n\nAn attempt to retrieve TwiML from\nhttp://4iif.localtunnel.com/autoprovision/3\nfailed; the connection timed out. Please check the URL and your network settings and try again.';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads the same words where no Twilio wording is near', () => {
    expect(highIds('curl: (7) Failed to connect to 169.254.169.254 port 80: Connection timed out')).toEqual([
      '10060',
    ]);
    expect(anyIds('ssh: connect to host example.org port 22: failed; the connection timed out.')).toEqual([
      '10060',
    ]);
  });

  it("reads no socket error in GitHub's and Stripe's delivery summaries (c50-036, c50-065)", () => {
    expect(anyIds('We couldn’t deliver this payload: failed to connect to host')).toEqual([]);
    expect(
      anyIds(
        'I\'m receiving a "Timed out connecting to remote host" when the attempting to send data to my webhook.',
      ),
    ).toEqual([]);
  });

  it("still reads GitLab's web hook errors that quote the OS error (c50-056, c50-057)", () => {
    expect(
      highIds(
        'Hook execution failed: Failed to open TCP connection to 1 (Connection refused - connect(2) for port 8001)',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'WebHook Error => Failed to open TCP connection to zha-mvp-021-w10:8080 (getaddrinfo: Temporary failure in name resolution)',
      ),
    ).toEqual(['11002']);
  });
});

describe("detectErrors reads SaaS SDKs' own deadlines and closes as no socket error", () => {
  it("reads no socket error in the AWS SDK for Java's pool lease deadline (c50-073)", () => {
    expect(
      anyIds(
        'com.amazonaws.SdkClientException: Unable to execute HTTP request: Timeout waiting for connection from pool',
      ),
    ).toEqual([]);
  });

  it("reads no socket error in Azure Service Bus's idle close (c50-077)", () => {
    const text =
      "error: ServiceBusError: ConnectionForcedError: The connection was inactive for more than the allowed 240000 milliseconds and is closed by container 'fd25692b7e0847b48169c58f884142d8_G1'.";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no socket error in the smithy handler's connection timeout (c50-063)", () => {
    expect(
      anyIds(
        'TimeoutError: Connection timed out after 5000 ms\n    at ClientRequest.<anonymous> (path/to/handler:142541:26)',
      ),
    ).toEqual([]);
  });
});
