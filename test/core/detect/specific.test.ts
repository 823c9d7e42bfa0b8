import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/core/detect/hit.js';
import { createSpecificFilter, MENTION_REACH, preferSpecific } from '../../../src/core/detect/specific.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';

const hit = (id: string, start: number, fallback = false): Hit => ({
  id,
  start,
  end: start + 10,
  form: 'symbol',
  confidence: 'high',
  variant: `symbol:${id}`,
  ...(fallback ? { fallback: true } : {}),
});

describe('the most specific reading of a mention', () => {
  it('drops a default reading where the same mention names another error', () => {
    const text = 'ConnectException: Connection timed out';
    expect(preferSpecific(text, [hit('10061', 0, true), hit('10060', 18)]).map((h) => h.id)).toEqual([
      '10060',
    ]);
  });

  it('ends a mention at MENTION_REACH however close its hits follow one another on a line', () => {
    // Errors printed back to back on one line, 11 characters apart: a JSON array of them.
    const text = 'ECONNRESET '.repeat(3000);
    const hits = Array.from({ length: 3000 }, (_, i) => hit('10054', 11 * i));
    const filter = createSpecificFilter();
    const handed = filter.add(hits, text, 0);
    expect(handed.length).toBeGreaterThan(0);
    expect(handed.length + filter.end().length).toBe(3000);
    // What is still held starts within MENTION_REACH of the last hit added.
    const held = createSpecificFilter();
    held.add(hits, text, 0);
    expect(11 * 2999 - held.pendingFrom()).toBeLessThanOrEqual(MENTION_REACH);
  });

  it('reads a line of errors printed back to back in flat memory when streamed, finding what the whole text shows', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const text = 'ECONNRESET '.repeat(200_000);
    const lengths: number[] = [];
    const stream = detect.stream((region) => {
      lengths.push(region.text.length);
      return undefined;
    });
    for (let i = 0; i < text.length; i += 1 << 14) stream.push(text.slice(i, i + (1 << 14)));
    const found = stream.end();
    expect(found).toEqual(detect(text));
    expect(found.map((f) => f.id)).toEqual(['10054']);
    // Past its first step (which waits for the lines that decide the text's layout), each step
    // holds a step's worth: it held the whole line (2.2 MB) while the line was one mention.
    expect(Math.max(...lengths.slice(1))).toBeLessThan(1 << 17);
  });
});
