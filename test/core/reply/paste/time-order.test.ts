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

  it('reads a 12-hour clock and the day-first and Taiwanese dates Windows prints', () => {
    expect(happenedAfter(at('5/2/2024 1:00:00 PM x'), at('5/2/2024 11:00:00 AM x'))).toBe(true);
    expect(happenedAfter(at('5/2/2024 12:30:00 AM x'), at('5/2/2024 9:00:00 AM x'))).toBe(false);
    expect(happenedAfter(at('03.05.2024 08:00:00 x'), at('02.05.2024 23:00:00 x'))).toBe(true);
    expect(happenedAfter(at('2024/5/2 下午 01:00:00 x'), at('2024/5/2 上午 11:00:00 x'))).toBe(true);
    // 5/3 is the 3rd of May or the 5th of March: only the same date compares.
    expect(happenedAfter(at('5/3/2024 08:00:00 x'), at('5/2/2024 23:00:00 x'))).toBe(false);
  });

  it('tells a later fraction of the same second, however many digits each has', () => {
    expect(happenedAfter(at('2024-01-02 10:00:00.900 x'), at('2024-01-02 10:00:00.100 x'))).toBe(true);
    expect(happenedAfter(at('2024-01-02T10:00:00.1Z x'), at('2024-01-02T10:00:00.099999Z x'))).toBe(true);
    expect(happenedAfter(at('2024-01-02 10:00:00,250 x'), at('2024-01-02 10:00:00,025 x'))).toBe(true);
    expect(happenedAfter(at('[10:00:00.5] x'), at('[10:00:00.25] x'))).toBe(true);
  });

  it('is false for the same instant, a second without its fraction, an earlier time, or timestamps that do not compare', () => {
    expect(happenedAfter(at('2024-01-02 10:00:00 x'), at('2024-01-02 10:00:00.100 x'))).toBe(false);
    expect(happenedAfter(at('2024-01-02 10:00:00.100 x'), at('2024-01-02 10:00:00.1 x'))).toBe(false);
    expect(happenedAfter(at('2024-01-02 10:00:00 x'), at('2024-01-02 10:05:00 x'))).toBe(false);
    // A year may have turned between syslog's `Dec 31` and an ISO date; a bare time has no day.
    expect(happenedAfter(at('Dec 31 23:00:00 host x'), at('2024-01-02 10:00:00 x'))).toBe(false);
    expect(happenedAfter(at('2024-01-02 10:05:00 x'), at('10:00:00 x'))).toBe(false);
    expect(happenedAfter(null, at('10:00:00 x'))).toBe(false);
  });
});
