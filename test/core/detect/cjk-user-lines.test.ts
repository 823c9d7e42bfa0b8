import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Pastes from Japanese-, Korean- and Chinese-speaking users' threads and pages (corpus round 165,
 * each line verbatim). One rule was added: GoAgent's and XX-Net's fixed timeout page sentence
 * '连接超时，先休息一会再来！' opens with glibc's zh_CN ETIMEDOUT text but is the proxy's own
 * deadline. The rest pin forms the round found already read or left alone.
 */
describe("a proxy's own Chinese timeout page that opens with glibc's zh_CN ETIMEDOUT text", () => {
  it("finds nothing in XX-Net's 504 page sentence pasted at the top of a report (XX-net/XX-Net #304, c165-018)", () => {
    const text =
      '连接超时，先休息一会再来！\nProperty\tValue\nSys Platform\twin32\nOS System\tWindows\nOS version\t6.1.7601\nOS release\t7\nlanguage\tzh_TW';
    expect(detectErrors(text)).toEqual([]);
  });

  it("still reads glibc's zh_CN ETIMEDOUT text when Java prints it as the error (apache/doris #7841, c76-057)", () => {
    expect(highIds('java.net.ConnectException: 连接超时 (Connection timed out)')).toEqual(['10060']);
  });
});

describe('detectErrors reads the socket errors these users paste', () => {
  const lines: [string, string, string][] = [
    [
      "asyncio's proactor on a zh-TW Windows, quoted with '> ' (HoloArchivists/fc2-live-dl #43, c165-001)",
      '>     self._sock.shutdown(socket.SHUT_RDWR)\n> ConnectionResetError: [WinError 10054] 遠端主機已強制關閉一個現存的連線。',
      '10054',
    ],
    [
      "Java on a Korean Linux: glibc's ko ECONNREFUSED text (octapbang.com, c165-008)",
      'Exception in thread "main" java.net.ConnectException: 연결이 거부됨\nat java.base/sun.nio.ch.Net.connect0(Native Method)\nat java.base/sun.nio.ch.Net.connect(Net.java:579)',
      '10061',
    ],
    [
      "Python's ConnectionRefusedError over Korean prose (techinpark/lottery-bot #6, c165-002)",
      'ConnectionRefusedError: Connection refused\n\n최근 GitHub Actions에서 hosted runner로 ubuntu-latest를 지정할 시 ConnectionRefusedError가 발생합니다.',
      '10061',
    ],
    [
      'a browser console line in Traditional Chinese prose (DILA-edu/cbeta-api #27, c165-004)',
      '目前 CBETA API 有連線逾時的問題。包括 CBETA Online 也有，如以下瀏覽器的錯誤：\n       GET https://cbdata.dila.edu.tw/v1.2/works?work=T0001&callback=jQuery191013074334027983148_1639147220683&_=1639147220684 net::ERR_CONNECTION_TIMED_OUT',
      '10060',
    ],
    [
      "Apache HttpClient's connect timeout in a Korean application log (name5.tistory.com, c165-009)",
      'org.apache.http.conn.HttpHostConnectException: Connect to 1.2.3.4:7070 [/1.2.3.4] failed: Connection timed out (Connection timed out)',
      '10060',
    ],
    [
      "Node's connect ETIMEDOUT under a Chinese title (staticfile/static #546, c165-006)",
      'cmd命令服务器连接超时\n\nconnect ETIMEDOUT 101.71.89.130:80',
      '10060',
    ],
  ];

  it.each(lines)('%s', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });
});

/** Localized errors in these threads that are not socket errors: no auto-reply. */
describe('detectErrors leaves their non-socket errors and deadlines alone', () => {
  const negatives: [string, string][] = [
    [
      "zh-TW: a LINE bot's own 'connection timed out, retry' reply for axios' deadline (memochou1993/gpt-ai-assistant #136, c165-016)",
      '如果問比較複雜的問題的話，都會出現「連線超時，請重試。」的回覆，這個和timeout of 9000ms exceeded 狀況 #126 是一樣的嗎?',
    ],
    [
      "zh-CN: Rust's io::Error for Windows error 5 opening a TAP device (Tazdevil971/tap-windows #1, c165-021)",
      "thread 'main' panicked at 'Failed to open device: Os { code: 5, kind: PermissionDenied, message: \"拒绝访问。\" }', common\\src\\main.rs:21:10",
    ],
    [
      "zh-CN: w32tm's access denied with E_ACCESSDENIED and system error 5 (testerSunshine/12306 #95, c165-019)",
      '发生下列错误: 拒绝访问。 (0x80070005)\n将 resync 命令发送到本地计算机\n发生系统错误 5。',
    ],
    [
      "zh-CN: frpc stopped by Defender, Windows' 'access denied' (fatedier/frp #2709, c165-020)",
      'D:\\frp_0.38.0_windows_amd64>frpc -c frpc.ini\n拒绝访问。',
    ],
    [
      "Chrome's own request timeout ERR_TIMED_OUT in Chinese prose (shadowsocks/shadowsocks-windows #1844, c165-026)",
      '访问超时 ERR_TIMED_OUT\n\n访问 https://developer.mozilla.org 超时，之前也遇到过访问其他网站偶尔超时的情况',
    ],
  ];

  it.each(negatives)('%s', (_label, text) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it("does not read a 10060 from the bare word in XX-Net's sentence even at the lowest level", () => {
    expect(anyIds('连接超时，先休息一会再来！')).toEqual([]);
  });
});
