import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Node reports a failed file read as `<code>: <text>, <syscall>` and a socket's as `<syscall> <code>`.
 * macOS times out reads of files a cloud drive has evicted, so `ETIMEDOUT: connection timed out, read`
 * is a file error (corpus round 229), while `read ETIMEDOUT` and `connect ETIMEDOUT` stay socket errors.
 */
describe("Node's ETIMEDOUT on a file read", () => {
  it("finds nothing high in npm's block for package.json on Darwin (microsoft/vscode #229796, c229-070)", () => {
    const paste = corpusPaste('c229-070');
    expect(paste).toContain('npm error errno -60');
    expect(highIds(paste)).toEqual([]);
  });

  // Verbatim lines of public notes about iCloud- and disk-backed reads (find_string index ids
  // 53487592478, 60075493621).
  it.each([
    ['a Next.js build', 'Module build failed: Error: ETIMEDOUT: connection timed out, read'],
    [
      "webpack's disk cache",
      '[webpack.cache.PackFileCacheStrategy] Restoring failed for ... from pack: Error: ETIMEDOUT: connection timed out, read',
    ],
  ])('finds nothing in %s', (_label, text) => {
    expect(detectErrors(text)).toEqual([]);
  });
});

describe("Node's socket timeouts keep their reading", () => {
  it("reads npm's connect ETIMEDOUT block at high (c18-041)", () => {
    expect(highIds(corpusPaste('c18-041'))).toEqual(['10060']);
  });

  it('reads a socket read timeout at high', () => {
    expect(
      highIds('Error: read ETIMEDOUT\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)'),
    ).toEqual(['10060']);
  });
});
