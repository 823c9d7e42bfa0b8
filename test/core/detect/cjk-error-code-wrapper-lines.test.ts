import { describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';

const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Chinese, Japanese and Korean applications print the number a failed socket call gave them after
 * their own 'error code' word (`错误码`, `错误代码`, `錯誤碼`, `エラーコード`, `오류 코드`), as English
 * ones print `connection failed, error code: 10061`. The same words wrap applications' own codes
 * everywhere else, so a Winsock number after them counts only with a connection or socket word
 * earlier on the line (number-contexts.json, corpus round 230).
 */
describe('a CJK error-code wrapper after a failed connection or socket call', () => {
  // Each line is what a program in public code prints, its format string filled with the number its
  // WSAGetLastError(), nErrorCode or connect_ex() returns (find_string index ids in each entry's source).
  const lines: [string, string, string][] = [
    ['a C++ client’s cerr line (id 39743696585)', '连接失败，错误码: 10061', '10061'],
    ['MFC’s OnConnect log (id 54527138840)', '[连接] TCP 连接失败，错误码: 10060', '10060'],
    ['a port check over connect_ex() (id 27973266455)', '❌ 端口连接失败，错误码: 10061', '10061'],
    ['a socket() failure (id 1966232681)', 'socket 失败 错误码: 10093', '10093'],
    ['WSAStartup’s failure (id 57462130627)', 'WSA初始化失败，错误码: 10091', '10091'],
    [
      'WCF’s zh-CN endpoint error as its docs translate it (id 4571083651)',
      'System.ServiceModel.EndpointNotFoundException： 无法连接到： //localhost: 8000/ServiceModelSamples/Service/CalculatorService。TCP 错误代码 10061： 由于目标计算机主动拒绝，无法建立连接。',
      '10061',
    ],
    ['a zh-CN full-width colon and 错误代码', '连接失败，错误代码：10061', '10061'],
    ['a zh-TW connect path (id 55788074620)', '✗ 連線失敗，錯誤碼: 10060', '10060'],
    ['a ja socket() failure (id 22195222568)', 'ソケット作成に失敗しました。エラーコード: 10093', '10093'],
    ['a ja connect failure (id 49419254288)', 'サーバーへの接続に失敗しました。エラーコード=10061', '10061'],
    ['a ko connect failure (id 36529888294)', '서버 연결 실패, 오류 코드: 10061', '10061'],
  ];
  it.each(lines)('reads %s at high', (_, text, id) => {
    expect(levels(text)).toEqual([[id, 'high']]);
  });

  it('still reads the bare word for error before a number, which the longer wrappers start with', () => {
    expect(levels('网络错误：10060')).toEqual([['10060', 'high']]);
    expect(levels('Socket 错误 10061')).toEqual([['10061', 'high']]);
    expect(levels('エラー 10061')).toEqual([['10061', 'high']]);
    expect(levels('오류 10054')).toEqual([['10054', 'high']]);
    expect(levels('錯誤 10054')).toEqual([['10054', 'high']]);
  });
});

describe('the same wrappers around numbers that are no socket error', () => {
  const lines: [string, string][] = [
    // WeChat's login limit, quoted in an SDK's FAQ (find_string index id 57888027906).
    ['WeChat’s own error 10060 with no socket word', '如果超了，则会出现 ”系统错误，错误码：10060“。'],
    ['the wrapper alone', '错误代码：10054'],
    // corpus c230-039: a video SDK's own 10054 (ERROR_MEDIA_CAP_NOT_SUPPORT).
    ['an SDK’s own 10054 in prose', '为什么会出现10054异常？加入房间的时候。'],
    ['a bare number in a title (c230-013)', '求助，10054\n\n这个是什么原因呢'],
    ['an app’s own code after a connection failure (c221-033)', '连接服务器失败是为什么啊，错误代码602'],
    ['a longer code that starts with a Winsock number', '连接失败，错误码: 1006100001'],
    ['MQTT’s rc after the wrapper', 'MQTT 연결 실패, 오류 코드: 5'],
    ['a QQ number near a connection word', 'QQ号：10054，连接失败'],
    ['a port, not an error code', '连接端口 10061 失败，错误码：0'],
    // A port check's note under a heading (id 7522621419): no socket word on the line.
    ['a status line under a heading', '## 연결 테스트 결과\n\n- **상태**: ❌ CLOSED (오류 코드: 10061)'],
  ];
  it.each(lines)('finds nothing in %s', (_, text) => {
    expect(detectErrors(text)).toEqual([]);
  });
});
