import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * A short text in a case no runtime prints it in (retyped in Title Case, or shouted) is no mention
 * of its own, since it may be prose; beside a number that reads the same error it confirms it.
 */
describe('detectErrors takes a retyped text as naming the error of the number beside it', () => {
  it('reads a retyped [Errno 111] as sure, as corpus c149-003 has it (KlipperScreen issue #328)', () => {
    const text = 'Failed to establish new connection\n[Errno 111] Connection Refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads Title Case and capitals after an errno alike', () => {
    expect(highIds('error: [Errno 104] Connection Reset By Peer')).toEqual(['10054']);
    expect(highIds('socket.error: [Errno 110] Connection Timed Out')).toEqual(['10060']);
    expect(highIds('ERROR: [ERRNO 104] CONNECTION RESET BY PEER')).toEqual(['10054']);
  });

  it('leaves an errno with other words beside it, and the retyped text alone, as they were', () => {
    expect(detectErrors('[Errno 104] foo').map((f) => `${f.id} ${f.confidence}`)).toEqual(['10054 medium']);
    expect(anyIds('Connection Reset By Peer')).toEqual([]);
    expect(anyIds('## Connection Refused when the service starts')).toEqual([]);
  });

  it('never makes a number read an error its text does not name', () => {
    // 111 is ECONNREFUSED on Linux: a retyped reset beside it confirms nothing.
    expect(highIds('[Errno 111] Connection Reset By Peer')).toEqual([]);
  });
});
