import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 222: a Japanese message matched loosely must start and end on its own characters. glibc's ja
 * ETIMEDOUT text 接続がタイムアウトしました is long enough (in CJK width) to be read loosely with two
 * edits, and two edits were enough to put any other subject in front of がタイムアウトしました:
 * `リクエストがタイムアウトしました` (a benchmarker's own request deadline) read as a high 10060.
 */
describe('Japanese texts matched loosely keep their own first and last characters', () => {
  it('reads no error in the ISUCON benchmarker’s own request deadline (c222-014, c222-015)', () => {
    expect(
      anyIds(
        '"error":["2021-08-14 08:17:33.0586772 +0000 UTC m=+32.793897601 リクエストがタイムアウトしました (POST /message )"',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '10/22 13:21:44 エラーが発生したため負荷レベルを上げられませんでした。2017-10-22 13:21:44.423479434 +0900 JST m=+20.656026490 リクエストがタイムアウトしました (POST /message )',
      ),
    ).toEqual([]);
  });

  it('reads no error in another subject’s timeout quoted in prose', () => {
    // A blog's heading (aprico-media.com/posts/2907, not in the corpus: it goes on to quote glibc's
    // text word for word as what apps show, which no rule can tell from a retold error).
    expect(anyIds('「要求がタイムアウトしました」というエラーが発生する')).toEqual([]);
  });

  it('still reads glibc’s ja ETIMEDOUT text after a program’s words at high', () => {
    expect(levels('ssh: connect to host example.jp port 22: 接続がタイムアウトしました')).toEqual([
      ['10060', 'high'],
    ]);
  });

  it('still reads Windows’ ja texts that a user quoted in 「」 and cut short, at high', () => {
    // Japanese closes a quote with 」 as English does with a quote mark: a cut ends there. The text
    // is Windows' ja 10061 (c12-029) cut by us: the corpus holds no dev paste of this form.
    expect(levels('ログには「対象のコンピューターによって拒否されたため、接続でき」とだけ出ます')).toEqual([
      ['10061', 'high'],
    ]);
    // Windows' own typo ソウトウェア is in the table; the number reads first anyway.
    expect(
      levels(
        'ConnectionAbortedError: [WinError 10053] 確立された接続がホスト コンピューターのソウトウェアによって中止されました。',
      ),
    ).toEqual([['10053', 'high']]);
  });

  it('reads Windows’ ja texts with their numbers from the round’s pastes (c222-001, c222-002)', () => {
    expect(
      levels(
        "[Errno 13] error while attempting to bind on address ('127.0.0.1', 50021): アクセス許可で禁じられた方法でソケットにアクセスしようとしました。",
      ),
    ).toEqual([['10013', 'high']]);
    expect(
      levels('OS Error [ WinError 10051]：到達できないネットワークでソケット操作を実行しようとしました'),
    ).toEqual([['10051', 'high']]);
  });
});
