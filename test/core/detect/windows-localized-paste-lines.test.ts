import { describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 239: Windows' own socket texts in the user's language as ordinary pastes. The Dutch
 * WSAECONNABORTED text had no entry in localized-messages.json, so only the number beside it was read.
 */
describe("Windows' localized socket texts pasted by users (round 239)", () => {
  it('reads the Dutch 10053 text with its number, alone and inside .NET words (Tribler #3958, own-a-106)', () => {
    // The real line: Python 2 on Dutch Windows, through Twisted.
    expect(
      levels('socket.error: [Errno 10053] De software op uw hostcomputer heeft een verbinding verbroken'),
    ).toEqual([['10053', 'high']]);
    expect(levels('De software op uw hostcomputer heeft een verbinding verbroken')).toEqual([
      ['10053', 'high'],
    ]);
    // .NET puts the system text after its own words and ends it with a second full stop.
    expect(
      levels(
        'System.IO.IOException: Unable to read data from the transport connection: De software op uw hostcomputer heeft een verbinding verbroken..',
      ),
    ).toEqual([['10053', 'high']]);
  });

  it("reads the round's Spanish, French, Chinese and Japanese texts in the forms they were pasted", () => {
    // A console with the wrong code page shows each ó as a block (c239-004).
    expect(
      levels(
        'OSError: [WinError 10048] Solo se permite un uso de cada direcci▒n de socket (protocolo/direcci▒n de red/puerto)',
      ),
    ).toEqual([['10048', 'high']]);
    // Ruby 2.0's SocketError with the French WSAHOST_NOT_FOUND text (c239-011).
    expect(
      levels(
        "C:/Ruby200/lib/ruby/2.0.0/net/http.rb:878:in `initialize': getaddrinfo: Hôte inconnu.  (SocketError)",
      ),
    ).toEqual([['11001', 'high']]);
    // A console wrap inside the Chinese 10053 text, without its number (c239-013).
    expect(levels('2023-05-31 20:47:40,831 ERROR 你的主机中的软件中止了一个已\n建立的连接。')).toEqual([
      ['10053', 'high'],
    ]);
    // Go's connectex with the Japanese 10061 text.
    expect(
      levels(
        'dial tcp 127.0.0.1:8080: connectex: 対象のコンピューターによって拒否されたため、接続できませんでした。',
      ),
    ).toEqual([['10061', 'high']]);
  });

  it(".NET's own localized WebException summaries name no socket error", () => {
    expect(
      levels('基础连接已经关闭: 连接被意外关闭。\n   在 System.Net.HttpWebRequest.GetResponse()'),
    ).toEqual([]);
    expect(levels('iwr : 基础连接已经关闭: 发送时发生错误。')).toEqual([]);
    expect(
      levels('Invoke-WebRequest : The request was aborted: The connection was closed unexpectedly.'),
    ).toEqual([]);
  });
  it(".NET Framework's German name-resolution WebException reads as 11001, as its French and Spanish texts do", () => {
    // A Service Bus client's logged exceptionMessage (find_string index id 37847962519).
    expect(
      levels(
        'exceptionMessage | "Der Remotename konnte nicht aufgelöst werden: \'retry-guidance-tests.servicebus.windows.net\'.TrackingId:6a26f99c-dc6d-422e-8565-f89fdd0d4fe3,TimeStamp:9/5/2014 10:00:13 PM"',
      ),
    ).toEqual([['11001', 'high']]);
    // AzCopy's error as a German troubleshooting table quotes it (id 22215412169).
    expect(
      levels(
        'Fehler beim Aufzählen des Verzeichnisses „https://…“ Der Remotename konnte nicht aufgelöst werden: `<accountname>.blob.<serialnumber>.microsoftdatabox.com`.',
      ),
    ).toEqual([['11001', 'high']]);
  });
  it('reads the zh-TW text of the same WebException at high and the Italian one, seen only in code, at medium', () => {
    // Windows PowerShell 5.1's curl alias taking '--version' for a host (id 65758321514).
    expect(levels("直接擲出\n    `無法解析遠端名稱: '--version'`；用在下載指令上則是靜默失敗")).toEqual([
      ['11001', 'high'],
    ]);
    expect(
      levels("System.Net.WebException: Impossibile risolvere il nome remoto: 'api.example.com'"),
    ).toEqual([['11001', 'medium']]);
  });
});
