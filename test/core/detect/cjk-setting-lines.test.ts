import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Pastes from Chinese, Japanese and Korean threads (corpus round 89, each line verbatim): the OS
 * texts in those languages are errors, but a setting's name that holds one is not.
 */
describe('a Chinese setting name that holds glibc’s zh_CN timeout text', () => {
  it("finds nothing in the comment '连接超时时长' ('connect-timeout length') of pasted client code (vilyever/AndroidSocketClient #45, c89-029)", () => {
    const snippet = [
      ' 简单的与服务器连接，下面几句够了吗？为啥我连接不上，在监听逻辑里   回调不了，希望大神说明下',
      '        socketClient.getAddress().setRemotePort("8911"); // 远程端端口号',
      '        socketClient.getAddress().setConnectionTimeout(15 * 1000); // 连接超时时长，单位毫秒',
    ].join('\n');
    expect(detectErrors(snippet)).toEqual([]);
  });

  it("still reads glibc's zh_CN ETIMEDOUT text when Java prints it as the error (apache/doris #7841, c76-057)", () => {
    expect(anyIds('java.net.ConnectException: 连接超时 (Connection timed out)')).toContain('10060');
  });
});

describe('detectErrors reads the OS texts quoted in those threads', () => {
  const lines: [string, string, string][] = [
    [
      ".NET on a Japanese Windows: Dns.GetHostEntry's WSAHOST_NOT_FOUND text (nekopanda/Amatsukaze #9, c89-005)",
      '2018-12-31 02:29:49,727 Listen中にエラーが発生例外: そのようなホストは不明です。\n2018-12-31 02:29:49,727    場所 System.Net.Dns.InternalGetHostByAddress(IPAddress address, Boolean includeIPv6)',
      '11001',
    ],
    [
      "asyncio's proactor on a zh-CN Windows (bytedance/LatentSync #256, c89-001)",
      'ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。',
      '10054',
    ],
    [
      "git's libcurl on Windows, quoted in a Chinese thread (neolee/pilot #1078, c89-015)",
      "fatal: unable to access 'https://github.com/lxj376169569/pilot-student.git/': Failed to connect to github.com port 443: Timed out",
      '10060',
    ],
  ];

  it.each(lines)('%s', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });
});

/** Errors in those languages that are not socket errors: no auto-reply. */
describe('detectErrors leaves localized non-socket errors alone', () => {
  const negatives: [string, string][] = [
    [
      "ko: Windows' ERROR_ACCESS_DENIED on a cache file (huggingface/lerobot #2047, c89-014)",
      "PermissionError: [WinError 5] 액세스가 거부되었습니다: 'C:\\\\Users\\\\dnbsoft\\\\.cache\\\\huggingface\\\\datasets\\\\parquet\\\\default-4b01de6ca03eb501\\\\0.0.0\\\\9c460aabd2aa27d1496e5e38d2060760561f0ac2cd6a110134eefa5b3f153b8d\\\\parquet-train.arrow'",
    ],
    [
      "zh-CN: .NET's WebException for an HTTP 404 (Sen66/PokemonGo-Bot #21, c89-017)",
      'System.Net.WebException: 远程服务器返回错误: (404) 未找到。\n   在 System.Net.HttpWebRequest.GetResponse()',
    ],
    [
      "zh-CN: HttpWebRequest's own Timeout, '操作超时' (SDchao/AutoVsCEnv_WPF #119, c89-019)",
      '操作超时\n   在 System.Net.HttpWebRequest.GetResponse()',
    ],
    [
      "ja: a link checker's certificate error beside an HTTP 404 check (meditationduck/covid19 #985, c89-011)",
      'www.mext.go.jp が中間証明書を送ってこないので、証明書検証エラーが発生している',
    ],
  ];

  it.each(negatives)('%s', (_label, text) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });
});
