import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 13 (`test/fixtures/corpus/round13.jsonl`, ids c13-…). */
describe("detectErrors reads macOS's ETIMEDOUT text where PHP and Ruby print it", () => {
  it("reads PHP's 'failed to open stream: Operation timed out' (composer/composer issue #1201)", () => {
    const text =
      'The "http://packagist.org/packages-dev-e.json" file could not be downloaded: failed to open stream: Operation timed out ';
    expect(highIds(text)).toEqual(['10060']);
    expect(
      highIds('file_get_contents(https://example.org/a.json): Failed to open stream: Operation timed out'),
    ).toEqual(['10060']);
  });

  it("reads Ruby's 'Operation timed out - connect(2)' (Mixd/wp-deploy issue #58)", () => {
    expect(highIds('cap aborted! Operation timed out - connect(2)')).toEqual(['10060']);
  });

  it("leaves curl's and others' own 'Operation timed out' alone", () => {
    expect(
      anyIds('cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received'),
    ).toEqual([]);
    expect(highIds('Operation timed out')).toEqual([]);
    expect(highIds('failed to open stream: No such file or directory')).toEqual([]);
  });
});
