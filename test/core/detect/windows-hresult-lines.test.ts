import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from Windows components that report network failures as HRESULTs, from real pastes of corpus round 155. */
describe('detectErrors reads a lower-case HRESULT inside a sentence as surely as on its own line', () => {
  it("reads winget's 0x80072ee7 quoted mid-sentence (microsoft/winget-pkgs issue #148667)", () => {
    const text =
      'winget install --id Microsoft.AzureCLI throws an unexpected error: "InternetOpenUrl() failed. 0x80072ee7 : unknown error"';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads the same code on its own line, as before (microsoft/winget-cli issue #1546)', () => {
    const text =
      'An unexpected error occurred while executing the command:\nInternetOpenUrl() failed.\n0x80072ee7 : unknown error';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('still lowers a short message text in lower case inside a sentence', () => {
    expect(highIds('the app said connection refused and quit')).toEqual([]);
  });

  it("finds nothing in winget's 0x80072efd, WinINet's cannot-connect that names no one error (microsoft/winget-cli issue #5412)", () => {
    const text =
      'Failed in attempting to update the source: winget\nAn unexpected error occurred while executing the command:\nInternetOpenUrl() failed.\n0x80072efd : unknown error';
    expect(anyIds(text)).toEqual([]);
  });
});

describe('detectErrors reads DNS_ERROR_RCODE_NAME_ERROR (9003) from volume activation as host not found', () => {
  it("reads Office activation's 0x8007232B with the zh-CN text (YerongAI/Office-Tool issue #158)", () => {
    const text =
      '产品密钥的最后五个字符: PKD2B\n错误代码: 0x8007232B\n错误信息: DNS 名称不存在，请检查是否设定了一个有效的 KMS 地址。';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Resolve-DnsName's zh-CN text on its own (public-code index id 69137608560)", () => {
    expect(highIds('HOST_RESOLVE_FAILED: cante.run : DNS 名称不存在。')).toEqual(['11001']);
  });

  it("reads the bare HRESULT in lower case, as Microsoft's KB 929826 quotes the activation error", () => {
    expect(highIds('Aktiveringsfejl: Code 0x8007232b')).toEqual(['11001']);
  });

  it('reads the English text beside it, as before (Py-KMS-Organization/py-kms issue #60)', () => {
    expect(highIds('`Error: 0x8007232B DNS name does not exist`.')).toEqual(['11001']);
  });

  it("finds nothing in activation's own 0xC004F074 (Py-KMS-Organization/py-kms issue #85)", () => {
    const text =
      'Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted.';
    expect(anyIds(text)).toEqual([]);
  });
});
