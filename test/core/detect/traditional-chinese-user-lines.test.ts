import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Pastes from Taiwanese and Hong Kong users' threads and pages (corpus round 233, each line verbatim
 * unless said) and the one general form the round found: glibc's translations of EAGAIN's text,
 * which English reads only with socket words near, were read alone.
 */
describe("glibc's translated EAGAIN text, which English reads only beside socket words", () => {
  it("finds nothing in bash's fork retries on a zh_CN Linux (find_string ids 24141425786, 22715351663)", () => {
    const text =
      '-bash: fork: retry: 没有子进程\n-bash: fork: retry: 没有子进程\n-bash: fork: retry: 没有子进程\n-bash: fork: retry: 资源暂时不可用';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in the same line in the zh_TW text (libc.mo zh_TW, as in bash fork: retry: Resource temporarily unavailable)', () => {
    expect(anyIds('-bash: fork: retry: 資源暫時無法取得')).toEqual([]);
  });

  it('reads nothing in it where English reads nothing', () => {
    expect(anyIds('-bash: fork: retry: Resource temporarily unavailable')).toEqual([]);
  });

  it("still reads Windows' zh-TW WSAEWOULDBLOCK text, which names the socket (find_string id 9122828016)", () => {
    expect(highIds('I/O error(10035): 無法立即完成通訊端操作，而且無法停止。')).toEqual(['10035']);
  });
});

describe("a console's wrap inside a short Windows zh-TW text", () => {
  // A console breaks a line at its width wherever that falls: c233-004 shows the wrap left as a
  // space inside 10060's text (`無法回 應`), c233-011 as a line break. Short translations are known
  // by a 12-character prefix and a 6-character tail, which overlap: a break there broke both.
  const refused = '無法連線，因為目標電腦拒絕連線。';
  it("reads c233-001's .NET text wherever one break falls in it, as a line break or a space", () => {
    for (let at = 1; at < refused.length - 1; at++) {
      for (const wrap of ['\n', ' ']) {
        const text = `System.Net.Sockets.SocketException: ${refused.slice(0, at)}${wrap}${refused.slice(at)} 172.16.7.30:8081`;
        expect(highIds(text), JSON.stringify(text)).toEqual(['10061']);
      }
    }
  });

  it('reads the other short zh-TW texts so too (10053, 10065)', () => {
    expect(highIds('System.IO.IOException: 連線已被您主機上的軟\n體中止。')).toEqual(['10053']);
    expect(highIds('SocketException: 通訊端操作無法連\n線到主機。')).toEqual(['10065']);
  });

  it('still reads nothing in prose that starts like the text', () => {
    expect(anyIds('無法連線，因為防火牆擋住了')).toEqual([]);
    expect(anyIds('無法連線，因為目標主機沒有開機')).toEqual([]);
  });
});

describe('detectErrors reads the socket errors Traditional Chinese users paste', () => {
  const lines: [string, string, string][] = [
    [
      ".NET Framework's zh-TW WSAECONNREFUSED text with its endpoint (booksyi/Tnet #86, c233-001)",
      'ToString: System.AggregateException: 發生一或多項錯誤。 ---> System.Net.Http.HttpRequestException: 傳送要求時發生錯誤。 ---> System.Net.WebException: 無法連接至遠端伺服器 ---> System.Net.Sockets.SocketException: 無法連線，因為目標電腦拒絕連線。 172.16.7.30:8081',
      '10061',
    ],
    [
      "Windows' zh-TW WSAETIMEDOUT text with a space the console's wrap left in its last word (mlouielu/twstock #111, c233-004)",
      '    sock.connect(sa)\nTimeoutError: [WinError 10060] 連線嘗試失敗，因為連線對象有一段時間並未正確回應，或是連線建立失敗，因為連線的主機無法回 應。',
      '10060',
    ],
    [
      "the same text wrapped over two lines in a danmaku client's log (Kexiii/pydouyu #1, c233-011)",
      'WARNING:root:Socket connect failed with 119.96.201.28:8601. Exception: [WinError 10060] 連線嘗試失敗，因為連線對象有一段時間並未正確回應，或是連線建立失敗，因為 \n連線的主機無法回應。',
      '10060',
    ],
    [
      "Windows' zh-TW WSAENOTSOCK text (Kexiii/pydouyu #1, c233-011)",
      'WARNING:root:Socket connect failed with 119.96.201.28:8601. Exception: [WinError 10038] 嘗試操作的對象不是通訊端。',
      '10038',
    ],
    [
      "Node's read ECONNRESET in a Traditional Chinese title (chunkai1312/nodejs-investing-twstock #6, c233-005)",
      '請益爬資料常常出現read ECONNRESET的解決方法',
      '10054',
    ],
    [
      "glibc's EAI_AGAIN under a Taiwanese broker SDK (Sinotrade/Shioaji #112, c233-008)",
      'socket.gaierror: [Errno -3] Temporary failure in name resolution',
      '11002',
    ],
  ];
  it.each(lines)('%s', (_name, text, id) => {
    expect(highIds(text)).toEqual([id]);
  });
});

describe('detectErrors leaves these Traditional Chinese texts alone', () => {
  const lines: [string, string][] = [
    [
      "PyPtt's own timeout and reconnect log line (PyPtt/PyPtt #34, c233-023)",
      '[05-30 12:10:31][資訊] 超時斷線，重新連線\n[05-30 12:10:31][資訊] 連線頻道 0 重啟',
    ],
    ["PyPtt's own ConnectError with no cause (PyPtt/PyPtt #66, c233-024)", 'ConnectError: 連線失敗'],
    [
      ".NET's zh-TW underlying-connection text with no socket error, retold (pungin/Beanfun #146, c233-035)",
      '登入時載入很久之後跳出基礎連接已關閉 接收時發生未知的錯誤',
    ],
    [
      "a course server's own messages (SytemProgramming2015FallatNTU/Announcement #20, c233-014)",
      'connect server error\nsocket open error\nconnect fail',
    ],
  ];
  it.each(lines)('%s', (_name, text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
