import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * A setting's name that holds an OS text, with its unit in brackets after it (corpus round 229): a
 * settings screen retyped, a form's label, a config comment. No runtime prints a unit after a message.
 */
describe('a timeout setting named with its unit', () => {
  it("finds nothing in a proxy's settings retyped as '连接超时（秒）' / '600' (tbphp/gpt-load #238, c229-019)", () => {
    const paste = corpusPaste('c229-019');
    expect(paste).toContain('连接超时（秒）\n600');
    expect(detectErrors(paste)).toEqual([]);
  });

  // Verbatim lines of public code (find_string index ids 63159551852, 51811967912, 55659907967).
  const labels: [string, string][] = [
    [
      'a JSX label',
      '<label>连接超时（秒）<input max="600" min="1" name="provider-connect-timeout" required step="1" type="number" value={connectTimeoutSeconds} o',
    ],
    ['a Vue form item', '<el-form-item label="连接超时（秒）">'],
    [
      'a Python form field',
      '"connect_timeout": self._form_field(\n                "连接超时（秒）",\n                source.connect_timeout,',
    ],
  ];

  it.each(labels)('finds nothing in %s', (_label, text) => {
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing with the unit in half-width brackets or spelled as a unit of the label', () => {
    expect(anyIds('连接超时(ms): 3000')).toEqual([]);
    expect(anyIds('连接超时 (单位：秒)：30')).toEqual([]);
  });
});

describe("glibc's zh_CN ETIMEDOUT text printed as an error keeps its reading", () => {
  it("reads Java's 'ConnectException: 连接超时 (Connection timed out)' at high (apache/doris #7841, c76-057)", () => {
    expect(highIds(corpusPaste('c76-057'))).toEqual(['10060']);
  });

  it('reads it at the end of a line after a colon, as ssh prints it', () => {
    expect(highIds('ssh: connect to host 10.0.0.5 port 22: 连接超时')).toEqual(['10060']);
  });

  it('reads a number in brackets after it as the errno, not a unit', () => {
    expect(highIds('connect: 连接超时 (110)')).toEqual(['10060']);
  });
});
