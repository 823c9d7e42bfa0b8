import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from chat-bot frameworks and their gateways, from real pastes of corpus round 194. */
describe("detectErrors reads Windows' zh-CN ERROR_SEM_TIMEOUT text as the English one", () => {
  it('reads [WinError 121] 信号灯超时时间已到 from asyncio on Chinese Windows at medium (c194-002)', () => {
    const text =
      '  File "D:\\Users\\dell\\anaconda3\\envs\\python39\\lib\\asyncio\\windows_events.py", line 604, in finish_connect\n    ov.getresult()\nOSError: [WinError 121] 信号灯超时时间已到';
    expect(anyIds(text)).toEqual(['10060']);
    expect(highIds(text)).toEqual([]);
  });

  it('reads the English text after the same prefix alike', () => {
    expect(anyIds('OSError: [WinError 121] The semaphore timeout period has expired')).toEqual(['10060']);
  });

  it('reads nothing in the Chinese text without its [WinError 121] prefix', () => {
    expect(anyIds('检查更新失败：信号灯超时时间已到')).toEqual([]);
  });
});

describe("detectErrors keeps bot libraries' own closes and deadlines apart from socket errors", () => {
  it("reads no error in Telethon's ConnectionResetError for recv() returning 0 bytes (c194-041)", () => {
    const text =
      '  File "/home/namoso/Telethon/telethon/network/tcp_client.py", line 91, in read\n    \'The server has closed the connection (recv() returned 0 bytes).\')\nConnectionResetError: The server has closed the connection (recv() returned 0 bytes).';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a ConnectionResetError that carries the OS reset', () => {
    expect(highIds('ConnectionResetError: [Errno 104] Connection reset by peer')).toEqual(['10054']);
  });

  it("reads no error in Discore's missed heartbeat ACK, old and new wording (c194-045)", () => {
    expect(
      anyIds(
        '[Info]        [3/24/18 7:51:39 AM] [GatewaySocket#0] Gateway connection timed out (did not receive ack for last heartbeat).',
      ),
    ).toEqual([]);
    expect(anyIds('[HeartbeatLoop] Connection timed out (did not receive ack for last heartbeat).')).toEqual(
      [],
    );
  });

  it("still reads .NET's SocketException text for a timed-out gateway connect (c194-016)", () => {
    const text =
      '16:01:51 Gateway     System.Net.WebSockets.WebSocketException (2): Unable to connect to the remote server ---> System.Net.Http.HttpRequestException: Connection timed out ---> System.Net.Sockets.SocketException: Connection timed out';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe('detectErrors reads no error in gateway closes, rate limits, bad tokens and closed sessions', () => {
  it("reads nothing in discord.py's heartbeat-blocked warning (c194-029)", () => {
    expect(anyIds('WARNING:Shard ID None heartbeat blocked for more than 10 seconds.')).toEqual([]);
  });

  it("reads nothing in Discord's 429 temporary ban (c194-032)", () => {
    const text =
      'discord.errors.HTTPException: 429 Too Many Requests (error code: 0): You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently.';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads nothing in a gateway close code 4014 or an invalid token (c194-028, c194-037)', () => {
    expect(
      anyIds(
        ' ---> Discord.Net.WebSocketClosedException: The server sent close 4014: "Disallowed intent(s)."',
      ),
    ).toEqual([]);
    expect(anyIds('Error [TOKEN_INVALID]: An invalid token was provided.')).toEqual([]);
  });

  it("reads nothing in aiohttp's 'Session is closed' (c194-033)", () => {
    expect(anyIds("    raise RuntimeError('Session is closed')\nRuntimeError: Session is closed")).toEqual(
      [],
    );
  });

  it("reads nothing in libcurl's own connect deadline to api.telegram.org (c194-049)", () => {
    expect(
      anyIds(
        'cURL error 28: Failed to connect to api.telegram.org port 443 after 10001 ms: Timeout was reached',
      ),
    ).toEqual([]);
  });
});
