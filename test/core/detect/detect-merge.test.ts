import { describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';
import { only } from './only-finding.js';

describe('detectErrors merges forms and counts occurrences', () => {
  it('reports one error in several forms once, showing the strongest form', () => {
    const text =
      "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -4077,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}";
    expect(detectErrors(text)).toEqual([
      { id: '10054', match: 'ECONNRESET', index: 12, form: 'symbol', confidence: 'high', count: 1 },
    ]);
  });

  it('counts a form and the message next to it as one occurrence', () => {
    const [finding] = detectErrors(
      '[WinError 10054] An existing connection was forcibly closed by the remote host',
    );
    expect(finding).toMatchObject({ match: '[WinError 10054]', form: 'code', count: 1 });
  });

  it('counts a line pasted five times five times', () => {
    const text = 'An error occurred: [Errno 104] Connection reset by peer\n'.repeat(5);
    expect(detectErrors(text)).toEqual([
      { id: '10054', match: '[Errno 104]', index: 19, form: 'errno', confidence: 'high', count: 5 },
    ]);
  });

  it('counts a message repeated in parentheses on one line once', () => {
    expect(only('java.net.ConnectException: Connection refused (Connection refused)').count).toBe(1);
  });

  it('returns several errors sorted by where they first appear', () => {
    const text =
      'connectex: No connection could be made because the target machine actively refused it.\nError: getaddrinfo ENOTFOUND db\n';
    const findings = detectErrors(text);
    expect(findings.map((f) => f.id)).toEqual(['10061', '11001']);
    expect(findings[0]?.index).toBeLessThan(findings[1]?.index as number);
  });

  it('gives spans that lie inside the input', () => {
    const text = 'xx ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接 yy';
    for (const f of detectErrors(text)) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
  });

  it('returns nothing for empty text', () => {
    expect(detectErrors('')).toEqual([]);
  });
});
