import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/core/index.js';
import { osOfPaste, settingOfPaste } from '../../../../src/core/reply/paste/paste-os.js';
import { corpusPaste } from '../../../helpers/corpus.js';

const found = (id: string, form: Finding['form']): Finding => ({
  id,
  match: id,
  index: 0,
  form,
  confidence: 'high',
  count: 1,
});

describe('osOfPaste', () => {
  it.each([
    ['c161-016', 'windows'], // Python's [WinError 10061]
    ['c11-149', 'windows'], // Go's wsarecv
    ['c10-057', 'windows'], // the JDK's "no further information"
    ['c155-044', 'windows'], // .NET Framework's "remote name could not be resolved"
    ['c23-004', 'macos'], // a MacBook prompt
    ['c16-127', 'macos'], // Darwin's getaddrinfo text
    ['c24-049', 'macos'], // a /Users/ path
    ['c171-001', 'linux'], // nginx's (111: Connection refused)
    ['c187-004', 'linux'], // [Errno 104]
  ])('reads %s as %s', (id, os) => {
    expect(osOfPaste(corpusPaste(id))).toBe(os);
  });

  it("reads each OS's own socket errnos, in Python's, Rust's, libuv's and C's forms", () => {
    expect(osOfPaste('OSError: [Errno 48] Address already in use')).toBe('macos');
    expect(osOfPaste('OSError: [Errno 98] Address already in use')).toBe('linux');
    expect(osOfPaste('Connection refused (os error 61)')).toBe('macos');
    expect(osOfPaste('connect:errno=111')).toBe('linux');
    expect(osOfPaste("{ errno: -61, code: 'ECONNREFUSED' }")).toBe('macos');
    // Another errno of the same number is no sign (Linux's 61 is ENODATA): only with its words.
    expect(osOfPaste('exit code 61')).toBeUndefined();
  });

  it('reads a Winsock number named as such as Windows, not an errno or a symbol', () => {
    const text = 'sys_net: Unknown/illegal socket error: 10048';
    expect(osOfPaste(text, [found('10048', 'code')])).toBe('windows');
    expect(osOfPaste('read ECONNRESET', [found('10054', 'libuv')])).toBeUndefined();
  });

  it('names no OS for a paste that shows none, or signs of two', () => {
    expect(osOfPaste('Error: connect ECONNREFUSED 127.0.0.1:5432')).toBeUndefined();
    // musl (Alpine) and curl say "Operation timed out" as macOS does.
    expect(osOfPaste('curl: (28) Operation timed out after 5000 milliseconds')).toBeUndefined();
    const both = '[WinError 10054] from the client\nserver: [Errno 104] Connection reset by peer';
    expect(osOfPaste(both)).toBeUndefined();
  });
});

describe('settingOfPaste', () => {
  it('reads a Kubernetes cluster beside the OS (c97-036, c46-032), and none in a plain log', () => {
    expect(settingOfPaste(corpusPaste('c97-036'))).toEqual({ cluster: 'kubernetes' });
    expect(settingOfPaste(corpusPaste('c46-032')).cluster).toBe('kubernetes');
    expect(settingOfPaste('[WinError 10061] kubectl port-forward')).toEqual({
      os: 'windows',
      cluster: 'kubernetes',
    });
    expect(settingOfPaste('Error: connect ECONNREFUSED 127.0.0.1:5432')).toEqual({});
  });
});
