import { describe, expect, it } from 'vitest';
import { happenedAfter } from '../../../../src/core/reply/paste/time-order.js';
import { readTimestamp } from '../../../../src/core/reply/paste/timestamps.js';

const at = (line: string) => readTimestamp(line);

describe('happenedAfter', () => {
  it('tells a later time of the same day, in every form with a date', () => {
    expect(happenedAfter(at('2024-01-02 10:05:00 x'), at('2024-01-02T10:00:00Z x'))).toBe(true);
    expect(happenedAfter(at('2024/01/02 10:05:00 x'), at('2024/01/02 10:00:00 x'))).toBe(true);
    expect(happenedAfter(at('Jan  2 10:05:00 host x'), at('Jan  2 10:00:00 host x'))).toBe(true);
    expect(happenedAfter(at('[10:05:00] x'), at('[10:00:00] x'))).toBe(true);
  });

  it('tells a later day before the time, across months', () => {
    expect(happenedAfter(at('2024-02-01 00:00:01 x'), at('2024-01-31 23:59:59 x'))).toBe(true);
    expect(
      happenedAfter(
        at('1.2.3.4 - - [01/Feb/2024:00:00:01 +0000] x'),
        at('1.2.3.4 - - [31/Jan/2024:23:59:59 +0000] x'),
      ),
    ).toBe(true);
    expect(happenedAfter(at('Feb  1 00:00:01 host x'), at('Jan 31 23:59:59 host x'))).toBe(true);
  });

  it('is false for the same second, an earlier time, or timestamps that do not compare', () => {
    expect(happenedAfter(at('2024-01-02 10:00:00.900 x'), at('2024-01-02 10:00:00.100 x'))).toBe(false);
    expect(happenedAfter(at('2024-01-02 10:00:00 x'), at('2024-01-02 10:05:00 x'))).toBe(false);
    // A year may have turned between syslog's `Dec 31` and an ISO date; a bare time has no day.
    expect(happenedAfter(at('Dec 31 23:00:00 host x'), at('2024-01-02 10:00:00 x'))).toBe(false);
    expect(happenedAfter(at('2024-01-02 10:05:00 x'), at('10:00:00 x'))).toBe(false);
    expect(happenedAfter(null, at('10:00:00 x'))).toBe(false);
  });
});
