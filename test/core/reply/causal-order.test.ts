import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

const { core } = testCore();

describe('a cause claimed only where the paste orders the two errors in time', () => {
  it('claims no link between two errors of one record (c29-058)', () => {
    // `dial tcp 127.0.0.1:16443: connect: connection refused - error from a previous attempt: read
    // tcp …->127.0.0.1:16443: read: connection reset by peer`: the reset came first, though printed after.
    const paste = corpusPaste('c29-058');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.kind).toBe('triage');
    expect(reply?.fallback).not.toMatch(/follows from/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
  });

  it('still links a refusal to a later reset on the same peer in a record of its own', () => {
    const paste = 'Error: connect ECONNREFUSED 127.0.0.1:16443\nError: read ECONNRESET 127.0.0.1:16443';
    expect(core.scan(paste, 'en').reply?.fallback).toContain(
      'probably follows from 1: same peer 127.0.0.1:16443',
    );
  });
});
