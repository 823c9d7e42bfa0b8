import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

describe("Go's read and write errors on macOS and the BSDs", () => {
  it('reads a read that timed out as ETIMEDOUT (corpus c31-064)', () => {
    // Syncthing on macOS: Darwin's ETIMEDOUT text, lower case as Go prints it, after `read tcp`.
    const text =
      'reading length: read tcp 10.61.235.66:63765->14.153.174.207:22067: read: operation timed out (0 remain)';
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual(['10060']);
  });

  it('reads the same words in prose as nothing', () => {
    expect(detectErrors('the operation timed out while I was reading the docs')).toEqual([]);
  });
});
