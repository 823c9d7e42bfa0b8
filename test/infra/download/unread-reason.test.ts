import { describe, expect, it } from 'vitest';
import { unreadReason } from '../../../src/infra/download/index.js';

describe('unreadReason', () => {
  it('tells a file over the size read from one that is not text, and anything else as not to be had', () => {
    expect(unreadReason('too-large')).toBe('too-large');
    for (const reason of ['binary', 'archive', 'unsupported-compression', 'corrupt-gzip'])
      expect(unreadReason(reason)).toBe('not-text');
    for (const reason of ['http_503', 'http_404', 'timeout', 'network', 'busy', 'not-a-discord-url'])
      expect(unreadReason(reason)).toBe('unavailable');
  });
});
