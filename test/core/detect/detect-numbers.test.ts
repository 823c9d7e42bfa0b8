import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';
import { only } from './only-finding.js';

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
