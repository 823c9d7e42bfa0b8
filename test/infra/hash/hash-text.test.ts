import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../../src/infra/hash/index.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('hashText', () => {
  it('is the SHA-256 of the text as it is when it has no carriage returns', () => {
    expect(hashText('read ECONNRESET\n  at TCP.onStreamRead')).toBe(
      sha256('read ECONNRESET\n  at TCP.onStreamRead'),
    );
  });

  it('gives the same fingerprint to a paste with Windows, old Mac and Unix line ends', () => {
    const unix = hashText('SocketException (10054)\nat Foo\n');
    expect(hashText('SocketException (10054)\r\nat Foo\r\n')).toBe(unix);
    expect(hashText('SocketException (10054)\rat Foo\r')).toBe(unix);
  });

  it('tells different texts apart', () => {
    expect(hashText('10053')).not.toBe(hashText('10054'));
  });
});
