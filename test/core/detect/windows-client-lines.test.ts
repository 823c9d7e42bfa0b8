import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of Windows-native clients and services from real pastes of corpus round 24 (`test/fixtures/corpus/round24.jsonl`, ids c24-…). */
describe('detectErrors reads failed lookups that Windows clients word their own way', () => {
  it("reads Mono's WebException 'Error: NameResolutionFailure' (Jackett/Jackett issue #4240)", () => {
    const text =
      'System.Net.Http.HttpRequestException: An error occurred while sending the request ---> System.Net.WebException: Error: NameResolutionFailure\n  at System.Net.HttpWebRequest.EndGetResponse (System.IAsyncResult asyncResult) [0x00058] in <6b85ae33ded1428e932cb7ae66272042>:0 ';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads WinHttpHandler's 'Error 12007 calling …' as host not found (alexalok/dotAPNS issue #82)", () => {
    expect(highIds('Error 12007 calling WINHTTP_CALLBACK_STATUS_REQUEST_ERROR')).toEqual(['11001']);
  });

  it("leaves WinHttpHandler's 12029, which names no one socket error, alone (alexalok/dotAPNS issue #98)", () => {
    const text =
      "Error 12029 calling WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, 'A connection with the server could not be established";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads WinINet's Russian text of 12007 (pavel-pimenov/flylinkdc-r5xx issue #1650)", () => {
    const text =
      '[2016-10-20 17:54:18] InternetOpenUrlA [ http://etc.fly-server.ru/etc/custom_menu_RU.xml]  error = Не удается найти сервер с таким именем или адресом[error: 12007]';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads the DNS Client event 1014 as a temporary resolver failure (DNSCrypt/SimpleDnsCrypt issue #410)', () => {
    const text =
      '- "Name resolution for the name wpad timed out after none of the configured DNS servers responded."';
    expect(highIds(text)).toEqual(['11002']);
  });
});

describe("detectErrors reads Win32-OpenSSH's own strerror texts", () => {
  it("reads 'Connection aborted' after 'Read from remote host' (PowerShell/Win32-OpenSSH issue #2399)", () => {
    const text =
      'nvidia@nvidia-desktop:~$ Read from remote host 192.168.55.1: Connection aborted\nConnection to 192.168.55.1 closed.\nclient_loop: send disconnect: Connection reset';
    expect(highIds(text)).toEqual(['10053', '10054']);
  });

  it("reads sshd's 'kex_exchange_identification: read: Connection aborted' (PowerShell/Win32-OpenSSH issue #1776)", () => {
    expect(highIds('sshd: error: kex_exchange_identification: read: Connection aborted')).toEqual(['10053']);
  });

  it("leaves urllib3's own 'Connection aborted.' wording alone", () => {
    const text =
      "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))";
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads Windows' ERROR_NETNAME_DELETED on asyncio's sockets", () => {
  it('reads it as a reset where asyncio raised ConnectionResetError (ronf/asyncssh issue #368)', () => {
    const text =
      "future: <Task finished name='Task-1' coro=<run_client() done, defined at foo.py:8> exception=ConnectionResetError(22, 'The specified network name is no longer available', None, 64, None)>";
    expect(highIds(text)).toEqual(['10054']);
  });

  it('reads a bare [WinError 64] as a likely reset, below auto-reply', () => {
    const text =
      '    ov.getresult()\nOSError: [WinError 64] The specified network name is no longer available';
    expect(anyIds(text)).toEqual(['10054']);
    expect(highIds(text)).toEqual([]);
  });

  it("reads [WinError 64] as a reset when asyncio's 'Accept failed on a socket' follows (Comfy-Org/ComfyUI issue #11576, round 215)", () => {
    const text =
      '    ov.getresult()\nOSError: [WinError 64] The specified network name is no longer available\nAccept failed on a socket';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('reads the Chinese text after [WinError 64] (mitmproxy/mitmproxy issue #5336)', () => {
    expect(anyIds('OSError: [WinError 64] 指定的网络名不再可用。')).toEqual(['10054']);
  });

  it("leaves net.exe's 'System error 64' about a file share alone", () => {
    const text = 'System error 64 has occurred.\n\nThe specified network name is no longer available.';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads Windows' ERROR_SEM_TIMEOUT on sockets as a timeout", () => {
  it("reads Go's 'ConnectEx tcp: The semaphore timeout period has expired.' (getlantern/lantern issue #3009)", () => {
    const text = 'dial tcp [redacted]:443: ConnectEx tcp: The semaphore timeout period has expired.';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads SqlClient's TCP Provider wording (Azure/elastic-db-tools issue #219)", () => {
    const text = '(provider: TCP Provider, error: 0 - The semaphore timeout period has expired.)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('reads a bare [WinError 121] below auto-reply (Zero6992/chatGPT-discord-bot issue #411)', () => {
    const text = '    ov.getresult()\nOSError: [WinError 121] The semaphore timeout period has expired';
    expect(anyIds(text)).toEqual(['10060']);
    expect(highIds(text)).toEqual([]);
  });

  it('leaves the text alone without a socket caller before it', () => {
    expect(anyIds('Error: Semaphore timeout period has expired')).toEqual([]);
  });
});

describe("detectErrors leaves WinHTTP's own handle errors alone", () => {
  it('ignores ERROR_INVALID_HANDLE on a WinHTTP request handle (dotnet/corefx issue #27273)', () => {
    const text =
      'WinHttpHandler on Win7 is occasionally failing with "System.Net.Http.WinHttpException : The handle is invalid"';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors leaves net.exe's 'System error N has occurred.' alone", () => {
  it('ignores an SMB credential conflict (ionuttbara/windows-defender-remover issue #50)', () => {
    const text =
      'System error 1219 has occurred.\n\nMultiple connections to a server or shared resource by the same user, using more than one user name, are not allowed.';
    expect(anyIds(text)).toEqual([]);
  });

  it('ignores a network path not found (Microsoft KB Q137565)', () => {
    expect(anyIds('System error 53 has occurred. The network path was not found.')).toEqual([]);
  });

  it("still reads getaddrinfo's EAI_SYSTEM text where it stands alone", () => {
    expect(anyIds('getaddrinfo failed: System error')).toContain('EAI_SYSTEM');
  });
});
