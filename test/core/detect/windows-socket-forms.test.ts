import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Windows socket errors from real pastes of corpus round 60 (`test/fixtures/corpus/round60.jsonl`, ids c60-…). */
describe("detectErrors reads miniupnpc's Windows socket error lines", () => {
  it("reads 'Socket error: connect, 10060' as a connect timeout (miniupnp/miniupnp pull request #352)", () => {
    const text = 'Socket error: connect, 10060\nSocket error: connect, 10060\nSocket error: connect, 10060';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads nothing in 'Socket error: connect, 0', the code Winsock had already wiped (the same pull request)", () => {
    expect(anyIds('Socket error: connect, 0\nSocket error: connect, 0')).toEqual([]);
  });

  it('reads no number after the call name without its comma', () => {
    expect(anyIds('Socket error: connect 10060')).toEqual([]);
  });
});
