import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 45 (`test/fixtures/corpus/round45.jsonl`, ids c45-…). */
describe("detectErrors reads Windows PowerShell's Test-Connection failures", () => {
  it('reads no socket error in an ICMP time-out worded with a QoS text (c45-057)', () => {
    const text =
      "Test-Connection : Testing connection to computer '192.168.0.1' failed: Error due to lack of resources\nAt line:1795 char:27\n+             $pingResult = Test-Connection $ipAddress -Count 1\n+                           ~~~~~~~\n    + CategoryInfo          : ResourceUnavailable: (192.168.0.1:String) [Test-Connection], PingException\n    + FullyQualifiedErrorId : TestConnectionException,Microsoft.PowerShell.Commands.TestConnectionCommand";
    expect(anyIds(text)).toEqual([]);
  });

  it('reads no socket error in a TTL expired in transit worded with a QoS text (c45-058)', () => {
    const text =
      'Test-Connection : Testing connection to computer ‘www.google.ie‘ failed: Problem with some part of the filterspec or providerspecific buffer in general';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads the QoS texts where no Test-Connection wording is near', () => {
    expect(anyIds('WSA_QOS_ADMISSION_FAILURE (11010): Error due to lack of resources.')).toEqual(['11010']);
    expect(anyIds('Error due to lack of resources')).toEqual(['11010']);
  });

  it('still reads a name that does not resolve after the same wording', () => {
    const text =
      "Test-Connection : Testing connection to computer 'nosuchhost' failed: No such host is known";
    expect(highIds(text)).toEqual(['11001']);
  });
});
