import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 48 (`test/fixtures/corpus/round48.jsonl`, ids c48-…). */
describe("detectErrors reads Hardhat's network errors", () => {
  it('reads HH108 as a refused connection, which Hardhat throws only for ECONNREFUSED (c48-027)', () => {
    const text =
      'Uncaught HardhatError: HH108: Cannot connect to the network localhost.\nPlease make sure your node is running, and check your internet connection and networks config';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads the same error once when the cause is printed below (c48-026)', () => {
    const text =
      'HardhatError: HH108: Cannot connect to the network localhost.\nPlease make sure your node is running, and check your internet connection and networks config\n\n    Caused by: Error: connect ECONNREFUSED 127.0.0.1:8545';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads no socket error in HH109, Hardhat's own request deadline (c48-030)", () => {
    const text =
      'HardhatError: HH109: Network connection timed out.\nPlease check your internet connection and networks config\n    at HttpProvider._fetchJsonRpcResponse (G:\\Blockchain\\project1\\node_modules\\hardhat\\src\\internal\\core\\providers\\http.ts:184:15)\n\n    Caused by: FetchError: network timeout at: http';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads the bare strerror text of a connect time-out', () => {
    expect(anyIds('connect() failed: Connection timed out')).toEqual(['10060']);
  });
});
