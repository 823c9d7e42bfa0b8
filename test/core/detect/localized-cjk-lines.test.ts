import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Windows' Japanese, Korean and Traditional Chinese Winsock texts, inside the real
 * lines recorded as their `seenAs` in data/detection/localized-messages.json (the find_string index id
 * is named in each case), and prose in those languages that uses their words without any error.
 */
const found = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

describe('Winsock texts next to their number are read at high', () => {
  const lines: [string, string, string][] = [
    [
      'ja 10038 from Python (id 40729450715)',
      'OSError: [WinError 10038] ソケット以外のものに対して操作を実行しようとしました。',
      '10038',
    ],
    [
      'ja 10051 typed from a PyInstaller console (voice-changer issue 212)',
      'OS Error [ WinError 10051]：到達できないネットワークでソケット操作を実行しようとしました',
      '10051',
    ],
    [
      'ko 10038 from Python (id 4724679461)',
      '[WinError 10038] 소켓 이외의 개체에 작업을 시도했습니다',
      '10038',
    ],
    [
      'zh-TW 10022 from asyncio (id 70730407002)',
      'OSError: [WinError 10022] 提供了一個不正確的引數。',
      '10022',
    ],
    ['zh-TW 10038 in a comment listing codes (id 39164580245)', "' 10038嘗試操作的對象不是通訊端。", '10038'],
    [
      'zh-TW 10058 in a comment listing codes (id 38883974417)',
      '//10058: 不允許傳送或接收資料的要求，因為通訊端已經被先前的關機呼叫關閉',
      '10058',
    ],
  ];
  it.each(lines)('reads %s', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });

  it("reads ja 10057 from GAE's bulkloader, wrapped by an 80-column console, with or without its number (id 4834589173)", () => {
    const wrapped =
      'ソケットが接続されていないか、sendto 呼び出しを使ってデータグラム ソケットで送信するときにア\nドレスが指定されていないため、データの送受信を要求することは禁じられています。';
    expect(highIds(`[ERROR   ] Error in WorkerThread-4: [Errno 10057] ${wrapped}`)).toEqual(['10057']);
    expect(highIds(`[ERROR   ] Error in WorkerThread-4: ${wrapped}`)).toEqual(['10057']);
  });

  it('reads the zh-TW text of 10004 on its own, as a VB.NET comment quotes it (id 30742878855)', () => {
    expect(highIds("'中止操作被 WSACancelBlockingCall 呼叫打斷。")).toEqual(['10004']);
  });
});

describe('short or weakly sourced texts stay at medium on their own and rise with their number', () => {
  it('keeps the zh-TW text of 10022 at medium without its number, since the English text is short too', () => {
    expect(found('提供了一個不正確的引數。')).toEqual([['10022', 'medium']]);
  });

  it('reads the ja text of 10004, seen only in comments on AcceptTcpClient, at medium (id 36029690785)', () => {
    expect(found('// ブロック操作は WSACancelBlockingCall の呼び出しに割り込まれました。')).toEqual([
      ['10004', 'medium'],
    ]);
    expect(
      highIds('SocketException (10004): ブロック操作は WSACancelBlockingCall の呼び出しに割り込まれました。'),
    ).toEqual(['10004']);
  });

  it("reads the ja text of 10055 in mysqld's log, which prints no number, at medium (id 35673038132)", () => {
    const text =
      '2018-01-18 21:12:52 3620 [ERROR] Error in accept: システムのバッファー領域が不足しているか、またはキューがいっぱいなため、ソケット操作を実行できませんでした。';
    expect(found(text)).toEqual([['10055', 'medium']]);
    expect(
      highIds(
        'OSError: [WinError 10055] システムのバッファー領域が不足しているか、またはキューがいっぱいなため、ソケット操作を実行できませんでした。',
      ),
    ).toEqual(['10055']);
  });

  it("reads the ja text of 11004, known only from Microsoft's translated docs, at medium (id 6413127317)", () => {
    expect(
      found(
        '追加のデータ エラー値:11004要求された名前は有効ですが、要求された種類のデータが見つかりませんでした',
      ),
    ).toEqual([['11004', 'medium']]);
  });

  it('reads the ko text of 10014, quoted whole only without its number, at medium (id 34715880349)', () => {
    const text = '호출에 대한 포인터 인수를 사용하려는 동안 시스템에서 잘못된 포인터 주소를 감지했습니다.';
    expect(found(`[WSARecv()] ${text} 라는 에러가뜸`)).toEqual([['10014', 'medium']]);
    expect(highIds(`OSError: [WinError 10014] ${text}`)).toEqual(['10014']);
  });
});

describe('prose in these languages that shares their words is left alone', () => {
  const prose: [string, string][] = [
    [
      'ja: restarting a server',
      'サーバーを停止したあと、ソケットを閉じてから再起動してください。ネットワークの設定も確認しました。',
    ],
    [
      'ja: checking arguments',
      '引数が無効なので、関数の呼び出しを見直してください。バッファーのサイズも確認しました。',
    ],
    [
      'ko: restarting a server',
      '서버를 다시 시작한 뒤 소켓을 닫고 연결을 확인했습니다. 네트워크 설정도 바꿨습니다.',
    ],
    [
      'ko: a socket that does not work',
      '소켓 작업을 시도했는데 잘 안 되네요. 포인터 주소를 다시 확인해 보겠습니다.',
    ],
    ['zh-TW: recreating a socket', '我們在關閉伺服器之後重新建立通訊端，並檢查了網路設定與防火牆。'],
    ['zh-TW: checking arguments', '請確認傳入的引數是否正確，提供了一個範例程式給大家參考。'],
  ];
  it.each(prose)('finds nothing in %s', (_label, text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
