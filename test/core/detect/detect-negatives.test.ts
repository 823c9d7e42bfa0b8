import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';
import { only } from './only-finding.js';

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
