import { describe, expect, it } from 'vitest';
import { readCodePageLabel } from '../../../src/infra/text/code-page-label.js';
import { createTextDecoder, isKnownEncoding } from '../../../src/infra/text/index.js';

describe('readCodePageLabel', () => {
  it.each([
    ['cp936', 'gbk'],
    ['936', 'gbk'],
    ['CP950', 'big5'],
    ['ms932', 'shift_jis'],
    ['cp1251', 'windows-1251'],
    ['65001', 'utf-8'],
    ['cp866', 'ibm866'],
  ])('reads the Windows code page %s as %s', (given, label) => {
    expect(readCodePageLabel(given)).toBe(label);
    expect(isKnownEncoding(given)).toBe(true);
  });

  it('leaves labels and unknown pages as given, so they are refused as before', () => {
    expect(readCodePageLabel('gbk')).toBe('gbk');
    expect(readCodePageLabel('cp12345')).toBe('cp12345');
    expect(isKnownEncoding('cp12345')).toBe(false);
  });

  it('decodes a GBK log named by the code page chcp shows', () => {
    // 连接被拒 (connection refused) in GBK, as a program on a Simplified Chinese Windows writes it.
    const gbk = Buffer.from('c1acbdd3b1bbbedc', 'hex');
    const decoder = createTextDecoder('cp936');
    expect(decoder.write(gbk) + decoder.end()).toBe('连接被拒');
    expect(decoder.encoding).toBe('gbk');
  });
});
