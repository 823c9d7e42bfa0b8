import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/**
 * A short text in a case no runtime prints it in (retyped in Title Case, or shouted) is no sure
 * mention of its own, since it may be prose (in title case it is read at low, round 226); beside a
 * number that reads the same error it confirms it.
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

  it('leaves an errno with other words beside it as it was, and reads the retyped text alone at low', () => {
    expect(detectErrors('[Errno 104] foo').map((f) => `${f.id} ${f.confidence}`)).toEqual(['10054 medium']);
    // Alone, a title-cased text names its error as people retype it (round 226): low, no auto-reply.
    const levels = (text: string) => detectErrors(text).map((f) => `${f.id} ${f.confidence}`);
    expect(levels('Connection Reset By Peer')).toEqual(['10054 low']);
    expect(levels('## Connection Refused when the service starts')).toEqual(['10061 low']);
  });

  it('never makes a number read an error its text does not name', () => {
    // 111 is ECONNREFUSED on Linux: a retyped reset beside it confirms nothing.
    expect(highIds('[Errno 111] Connection Reset By Peer')).toEqual([]);
  });
});
