import { describe, expect, it } from 'vitest';
import type { Confidence, Finding } from '../../../src/core/detect/finding.js';
import { detectErrors, highIds } from '../../helpers/detect.js';
import { highForms } from './high-forms.js';

function only(text: string): Finding {
  const findings = detectErrors(text);
  expect(findings, JSON.stringify(findings)).toHaveLength(1);
  return findings[0] as Finding;
}

describe('detectErrors finds the forms real runtimes print', () => {
  it.each(highForms)('reads %s with high confidence', (_label, text, id, form) => {
    const finding = detectErrors(text).find((f) => f.id === id);
    expect(finding, JSON.stringify(detectErrors(text))).toMatchObject({ id, form, confidence: 'high' });
    expect(highIds(text)).toEqual([id]);
  });

  it('reads the English Windows message texts exactly, with or without the final period', () => {
    const texts = [
      'No connection could be made because the target machine actively refused it.',
      'No connection could be made because the target machine actively refused it',
      'No connection could be made because the target machine actively refused it.\r\n',
      'No connection could be made because the target machine\r\n actively refused it.',
    ];
    for (const text of texts)
      expect(only(text)).toMatchObject({ id: '10061', form: 'message', confidence: 'high' });
    expect(only('No such host is known.').match).toBe('No such host is known.');
    expect(only('No such host is known').match).toBe('No such host is known');
  });

  it('reads a Chinese message after the Python prefix and without its final 。', () => {
    expect(highIds('ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接')).toEqual([
      '10054',
    ]);
    expect(only('由于目标计算机积极拒绝，无法连接').id).toBe('10061');
  });
});

describe('detectErrors reads numbers in their platform space', () => {
  it('reads a small errno by the message next to it', () => {
    expect(only('[Errno 104] Connection reset by peer')).toMatchObject({ id: '10054', confidence: 'high' });
    expect(only('[Errno 54] Connection reset by peer')).toMatchObject({ id: '10054', confidence: 'high' });
    expect(only('(os error 61)\nConnection refused').id).toBe('10061');
  });

  it('keeps a small errno without a message at medium or low', () => {
    expect(only('[Errno 104]')).toMatchObject({ id: '10054', confidence: 'medium' });
    expect(only('errno 104').confidence).toBe('medium');
    // 61 is ECONNREFUSED on macOS but ENODATA on Linux: ambiguous without a message.
    expect(only('errno 60').confidence).not.toBe('high');
  });

  it('lets a Linux or macOS hint choose the reading of an ambiguous number', () => {
    // 40 is ELOOP on Linux (a file-system error: no finding without socket words) and EMSGSIZE on macOS.
    expect(detectErrors('errno 40')).toEqual([]);
    expect(only('File /Users/me/app.py\nerrno 40')).toMatchObject({ id: '10040', confidence: 'medium' });
  });

  it('reads libuv numbers: Windows values, getaddrinfo values and -errno on Unix', () => {
    expect(only('errno: -4078').id).toBe('10061');
    expect(only('errno: -3008').id).toBe('11001');
    expect(only('errno: -3001').id).toBe('11002');
    expect(only("errno: -104, code: 'ECONNRESET'").id).toBe('10054');
    expect(detectErrors('errno: -4094')).toEqual([]);
  });

  it('reads five-digit Winsock numbers only with context', () => {
    for (const text of [
      '[WinError 10054]',
      'Socket Error # 10054',
      'SocketException (10054)',
      'errno 10054',
      'error 10054',
      '(os error 10054)',
    ])
      expect(highIds(text), text).toEqual(['10054']);
    for (const text of [
      '10054',
      'port 10054',
      'PR #10061',
      'build 10060 finished in 10054 ms',
      '10054.jpeg',
      'localhost:10061',
    ])
      expect(detectErrors(text), text).toEqual([]);
  });
});

const negatives: [string, string][] = [
  ['an HTTP status', 'HTTP/1.1 502 Bad Gateway\nnginx/1.6.2 (Ubuntu)'],
  ['curl exit codes', 'curl: (7) exit code 7, curl 56, curl: (28)'],
  ['MySQL client codes', 'ERROR 2002 (HY000) and ERROR 2003 (HY000), [2002] [2003]'],
  ['a SQLSTATE', 'SQLSTATE[08006] and SQLSTATE[HY000]'],
  ['gRPC codes', 'rpc error: code = Unavailable desc = transport is closing; StatusCode.UNAVAILABLE (14)'],
  ['a generic HRESULT', 'Exception from HRESULT: 0x80004005 (E_FAIL); HResult=-2147467259'],
  [
    'ports, PIDs, line numbers and byte counts',
    'pid 10054 listening on :10061, line 10060 of 11001, read 10054 bytes, error: 10054 bytes',
  ],
  ['an issue number', 'see #10054 and issue 10061'],
  ['a file name', 'https://cdn.example.com/picture/10054.jpeg'],
  ['ENOENT on a file', "Error: ENOENT: no such file or directory, open '/app/config.json'"],
  ['EACCES on a file', "Error: EACCES: permission denied, open '/etc/shadow'"],
  [
    'npm EACCES',
    "npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /usr/local/lib/node_modules/x\nnpm ERR! errno -13\nnpm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/x'",
  ],
  ['EPERM on a file', "Error: EPERM: operation not permitted, rename 'a' -> 'b'"],
  ['EMFILE from fs.watch', "Error: EMFILE: too many open files, watch '/app/src'"],
  ['a shell broken pipe', 'cat big.log | head\ncat: write error: Broken pipe'],
  ['a Python file error', "PermissionError: [Errno 13] Permission denied: '/var/log/app.log'"],
  [
    'WinError 32',
    'PermissionError: [WinError 32] The process cannot access the file because it is being used by another process',
  ],
  [
    'an application deadline',
    'Get "http://127.0.0.1:51000/dry_run": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
  ],
  [
    'a read deadline',
    'read tcp 10.0.0.1:5->10.0.0.2:443: i/o timeout; java.net.SocketTimeoutException: Read timed out',
  ],
  [
    'an OpenSSL verify code',
    'X509VerifyResult { code: 20, error: "unable to get local issuer certificate" }',
  ],
  ['plain prose', 'We deployed the new connection pool yesterday; the error rate dropped to 0.1%.'],
];

describe('detectErrors stays quiet on what is not a socket error', () => {
  it.each(negatives)('finds nothing high in %s', (_label, text) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it('keeps file-system symbols out of the findings when they are about a file', () => {
    expect(detectErrors("Error: EACCES: permission denied, mkdir '/x'")).toEqual([]);
    expect(detectErrors("Error: ENOENT: no such file or directory, open '/x'")).toEqual([]);
  });

  it('keeps mostly-file-system symbols low without socket context, high with it', () => {
    expect(only('EINVAL').confidence).toBe('low');
    expect(only('setsockopt(SO_RCVBUF): EINVAL').confidence).toBe('high');
    expect(only('Error: listen EACCES: permission denied 0.0.0.0:80')).toMatchObject({
      id: '10013',
      confidence: 'high',
    });
    expect(only('Error: send EPIPE')).toMatchObject({ id: 'EPIPE', confidence: 'high' });
    expect(only('Error: write EPIPE').confidence).toBe('low');
    expect(only('BrokenPipeError: [Errno 32] Broken pipe').confidence).toBe('low');
    expect(only('s.send(data)\nBrokenPipeError: [Errno 32] Broken pipe')).toMatchObject({
      id: 'EPIPE',
      confidence: 'high',
    });
  });

  it('is less sure of a message in lower case inside a sentence', () => {
    expect(only('we keep getting connection refused from the database').confidence).toBe('medium');
    expect(only('upstream said: connection refused').confidence).toBe('high');
  });

  it('keeps generic Win32 errors low', () => {
    expect(only('HRESULT 0x80070057').confidence).toBe('low');
    expect(only('WSA_INVALID_PARAMETER').confidence).toBe('high');
  });
});

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

describe('confidence ordering', () => {
  it('never reports a confidence outside the three levels', () => {
    const levels: Confidence[] = ['high', 'medium', 'low'];
    for (const [, text] of highForms)
      for (const f of detectErrors(text)) expect(levels).toContain(f.confidence);
  });
});

describe('a message at an edge of the text', () => {
  it('reads the errno printed right before a message that starts the text', () => {
    expect(detectErrors('(111: Connection refused')).toMatchObject([
      { id: '10061', form: 'errno', index: 0 },
    ]);
  });

  it('keeps the final period of a message that ends the text, and ends one with none at the end', () => {
    expect(detectErrors('Connection refused.').map((f) => f.match)).toEqual(['Connection refused.']);
    expect(detectErrors('Connection refused').map((f) => f.match)).toEqual(['Connection refused']);
  });
});
