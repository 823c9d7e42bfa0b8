import { describe, expect, it } from 'vitest';
import { readUnixPathWording } from '../../../src/core/detect/own-wording.js';

/** The span the wording covers in `text`, for the code at its first `EACCES`. */
function span(text: string): string | null {
  const start = text.indexOf('EACCES');
  const own = readUnixPathWording(text, start, start + 'EACCES'.length);
  return own && text.slice(own.start, own.end);
}

describe('readUnixPathWording', () => {
  it('covers the code and libuv’s text up to a Unix socket’s path', () => {
    expect(span('Error: listen EACCES: permission denied /tmp/x.sock')).toBe('EACCES: permission denied /');
  });

  it('covers the code right before a path, as old Node and connect print it', () => {
    expect(span('Error: listen EACCES ~/.tmp/x.sock')).toBe('EACCES ~/');
    expect(span('Error: connect EACCES /var/run/docker.sock')).toBe('EACCES /');
  });

  it('leaves a port’s address alone', () => {
    expect(span('Error: listen EACCES: permission denied 0.0.0.0:80')).toBeNull();
  });
});
