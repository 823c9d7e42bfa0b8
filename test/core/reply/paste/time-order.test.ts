import { describe, expect, it } from 'vitest';
import { dayOf, firstStamp, happenedAfter } from '../../../../src/core/reply/paste/time-order.js';
import { readTimestamp } from '../../../../src/core/reply/paste/timestamps.js';
import { testCore } from '../../../helpers/core.js';
import { corpusPaste } from '../../../helpers/corpus.js';

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

describe('dayOf', () => {
  it('reads one day however the log writes it, and tells days apart', () => {
    expect(dayOf('2025-07-07')).toBe(dayOf('2025/07/07'));
    expect(dayOf('2025-07-07')).toBe(dayOf('07.07.2025'));
    expect(dayOf('2025-07-07')).not.toBe(dayOf('2025-07-08'));
    // A syslog day has no year: it is no day of a dated log.
    expect(dayOf('Jul  7')).not.toBe(dayOf('2025-07-07'));
  });

  it("gives a triage of two errors of one day no dates, whatever their logs' forms (c7-016)", () => {
    // Traefik's `2025-07-07T15:46:15Z`, then a Go client's `2025/07/07 15:53:31`: the same day.
    const { core } = testCore();
    const items = (locale: 'en' | 'zh-TW') =>
      (core.scan(corpusPaste('c7-016'), locale).reply?.sections[0]?.text ?? '')
        .split('\n')
        .filter((l) => /^\d+\./.test(l));
    expect(items('en')).toEqual([
      expect.stringMatching(/^1\. 15:46:15 10065 /),
      expect.stringMatching(/^2\. 15:53:31 11002 /),
    ]);
    expect(items('zh-TW')).toEqual([
      expect.stringMatching(/^1\. 15:46:15 10065 /),
      expect.stringMatching(/^2\. 15:53:31 11002 /),
    ]);
    // Two days still get their dates.
    const paste =
      '2025-07-07T23:59:00Z ERROR connect ECONNREFUSED 10.0.0.5:5432\n2025/07/08 00:01:00 lookup db: no such host';
    expect(core.scan(paste, 'en').reply?.sections[0]?.text).toMatch(/^1\. 2025-07-07 23:59:00 10061 /);
  });
});

describe('firstStamp', () => {
  it('gives an error the time of its first stamped record where a title quotes it above the log (c225-043)', () => {
    const { core } = testCore();
    const paste = corpusPaste('c225-043');
    const items = (locale: 'en' | 'zh-TW') =>
      (core.scan(paste, locale).reply?.sections[0]?.text ?? '').split('\n').filter((l) => /^\d+\./.test(l));
    for (const locale of ['en', 'zh-TW'] as const) {
      expect(items(locale)).toEqual([
        expect.stringMatching(/^1\. 16:09:01 10065 WSAEHOSTUNREACH ×2 /),
        expect.stringMatching(/^2\. 20:10:58 10051 WSAENETUNREACH ×1 /),
      ]);
    }
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(core.scan(paste, 'en').reply);
  });

  it("keeps the first record's time where it has one, and none where no record has one", () => {
    const stamp = { time: '10:00:00' };
    const later = { time: '11:00:00' };
    expect(firstStamp({ timestamp: stamp, sightings: [{ timestamp: stamp }, { timestamp: later }] })).toBe(
      stamp,
    );
    expect(firstStamp({ timestamp: null, sightings: [{ timestamp: null }, { timestamp: later }] })).toBe(
      later,
    );
    expect(firstStamp({ timestamp: null, sightings: [{ timestamp: null }] })).toBeNull();
  });
});
