import { describe, expect, it } from 'vitest';
import {
  hasTimestamp,
  readTimestamp,
  startsWithIsoTime,
} from '../../../../src/core/reply/paste/timestamps.js';

describe('readTimestamp', () => {
  it.each([
    ['2024-05-02T10:02:07.123Z ERROR x', { date: '2024-05-02', time: '10:02:07', fraction: '123' }],
    ['2024-05-02 10:02:07,123 ERROR x', { date: '2024-05-02', time: '10:02:07', fraction: '123' }],
    ['2024/05/02 10:02:07 [error] 123#0: *1 connect() failed', { date: '2024/05/02', time: '10:02:07' }],
    ['10.0.0.1 - - [02/May/2024:10:02:07 +0000] "GET / HTTP/1.1"', { date: '02/May/2024', time: '10:02:07' }],
    ['May  2 10:02:07 host app[12]: error', { date: 'May  2', time: '10:02:07' }],
    ['[10:02:07] WARN retrying', { time: '10:02:07' }],
    [
      'E1206 10:02:07.123456       1 reflector.go:138] failed to list',
      { time: '10:02:07', fraction: '123456' },
    ],
    ['web_1  | 2024-05-02 10:02:07 ERROR x', { date: '2024-05-02', time: '10:02:07' }],
    // Tendermint and CometBFT (c195-004, c48-055).
    [
      'E[2021-02-23|22:32:50.308] dialing failed (attempts: 1): dial tcp 161.35.207.224:26656',
      { date: '2021-02-23', time: '22:32:50', fraction: '308' },
    ],
    // What .NET's DateTime and Windows' Event Viewer print in a German, US, Japanese or Taiwanese locale.
    ['02.05.2024 10:02:07 Fehler: SocketException (10061)', { date: '02.05.2024', time: '10:02:07' }],
    ['Datum: 02.05.2024 09:02:07', { date: '02.05.2024', time: '09:02:07' }],
    ['5/2/2024 10:02:07 AM Error: x', { date: '5/2/2024', time: '10:02:07 AM' }],
    ['Date: 5/2/2024 9:02:07 PM', { date: '5/2/2024', time: '9:02:07 PM' }],
    ['2024/05/02 9:02:07 エラー', { date: '2024/05/02', time: '9:02:07' }],
    ['2024/5/2 下午 09:02:07 錯誤', { date: '2024/5/2', time: '下午 09:02:07' }],
  ])('reads the timestamp of %s', (line, stamp) => {
    expect(readTimestamp(line)).toEqual(stamp);
  });

  it('reads none where a line does not start with one', () => {
    expect(readTimestamp('ConnectionRefusedError: [Errno 111] Connection refused')).toBeNull();
    expect(readTimestamp(`${'x'.repeat(60)} 10:02:07`)).toBeNull();
    expect(readTimestamp('took 00:00:05 before the 10:02 retry')).toBeNull();
    expect(readTimestamp('X1206 10:02:07.123456 not klog')).toBeNull();
    // A sentence that says when, not a log line stamped when it was written (c131-004's mount.nfs).
    expect(readTimestamp('Backup job started at 2024-01-02 10:00:00')).toBeNull();
    expect(readTimestamp('mount.nfs: timeout set for Thu May 16 06:06:54 2019')).toBeNull();
    expect(readTimestamp('ERROR main 2024-01-02 10:00:00 x')).toEqual({
      date: '2024-01-02',
      time: '10:00:00',
    });
  });
});

describe('hasTimestamp', () => {
  it.each([
    '02.05.2024 10:02:07 Fehler',
    '5/2/2024 9:02:07 PM Error',
    '2024/05/02 9:02:07 エラー',
    '2024/5/2 上午 10:02:07 錯誤',
  ])('tells that %s starts with a timestamp', (line) => {
    expect(hasTimestamp(line)).toBe(true);
  });
});

describe('startsWithIsoTime', () => {
  it('finds a timestamp that ends the text, and none cut short by its end', () => {
    expect(startsWithIsoTime('2025-03-01 10:00:00')).toBe(true);
    expect(startsWithIsoTime('x\n2025-03-01T10:00:00', 2)).toBe(true);
    expect(startsWithIsoTime('2025-03-01 10:00:0')).toBe(false);
    expect(startsWithIsoTime('x\n2025-03-01T10:00:0', 2)).toBe(false);
    expect(startsWithIsoTime('x\n', 2)).toBe(false);
  });
});
