import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadDetectionRules } from '../../../src/infra/data/index.js';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines of Python's async networking stack (asyncio, aiohttp, httpx/httpcore, anyio, uvicorn,
 * hypercorn, websockets, the Windows Proactor loop), from real pastes of corpus round 111
 * (`test/fixtures/corpus/round111.jsonl`).
 */
describe("detectErrors reads Python's async networking lines", () => {
  it("reads every address's error in asyncio's 'Multiple exceptions' line, not only the last", () => {
    // aio-libs-abandoned/aioredis-py issue #434: refused on 127.0.0.1, no IPv6 address for ::1.
    expect(
      highIds(
        "OSError: Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 6379), [Errno 99] Cannot assign requested address",
      ),
    ).toEqual(['10049', '10061']);
    // Tribler/tribler issue #5428 (macOS numbers, both addresses refused).
    expect(
      highIds(
        "OSError: Multiple exceptions: [Errno 61] Connect call failed ('::1', 80, 0, 0), [Errno 61] Connect call failed ('127.0.0.1', 80)",
      ),
    ).toEqual(['10061']);
    expect(highIds("ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 5432)")).toEqual([
      '10061',
    ]);
  });

  it('still lets a named error beat a plain [Errno] number in one mention', () => {
    // Only 'Connect call failed' names the call; a bare errno after another text stays a default.
    expect(highIds('[Errno 111] Connection reset by peer')).toEqual(['10054']);
  });

  it("reads uvicorn's and hypercorn's bind failures on Linux, macOS and Windows", () => {
    // wandb/openui issue #226; fastapi/fastapi issue #4362 (un-rendered colours); hypercorn #151.
    expect(
      highIds(
        "ERROR (uvicorn.error):  [Errno 98] error while attempting to bind on address ('0.0.0.0', 7878): address already in use",
      ),
    ).toEqual(['10048']);
    expect(
      highIds(
        "←[31mERROR←[0m:    [Errno 10048] error while attempting to bind on address ('127.0.0.1', 8000): only one usage of each socket address (protocol/network address/po",
      ),
    ).toEqual(['10048']);
    expect(
      highIds('the error appears: `OSError: [Errno 48] Address already in use` and the app dies.'),
    ).toEqual(['10048']);
  });

  it("reads the Proactor loop's reset in Windows' own words, and its bare number", () => {
    // shamhi/HamsterKombatBot issue #250, Guation/nat1_traversal issue #3, lllyasviel/FramePack issue #110.
    expect(
      highIds(
        'ConnectionResetError: [WinError 10054] Удаленный хост принудительно разорвал существующее подключение',
      ),
    ).toEqual(['10054']);
    expect(highIds('ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。')).toEqual([
      '10054',
    ]);
    expect(
      highIds(
        '  File "asyncio\\proactor_events.py", line 162, in _call_connection_lost\nConnectionResetError: [WinError 10054]',
      ),
    ).toEqual(['10054']);
  });

  it("reads aiohttp's ClientOSError and asyncio's recv timeouts by the OS's number", () => {
    // iMicknl/ha-nest-protect issue #99, yutto-dev/yutto issue #41, aio-libs/aiohttp issue #3117.
    expect(highIds('aiohttp.client_exceptions.ClientOSError: [Errno 104] Connection reset by peer')).toEqual([
      '10054',
    ]);
    expect(highIds('aiohttp.client_exceptions.ClientOSError: [Errno 54] Connection reset by peer')).toEqual([
      '10054',
    ]);
    expect(
      highIds('    data = self._sock.recv(self.max_size)\nTimeoutError: [Errno 60] Operation timed out'),
    ).toEqual(['10060']);
  });

  it("gives the libraries' own disconnects, deadlines and wrappers no finding", () => {
    expect(anyIds('aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected')).toEqual([]);
    expect(anyIds('httpx.RemoteProtocolError: Server disconnected without sending a response.')).toEqual([]);
    expect(anyIds('ReadError: Server disconnected while attempting read')).toEqual([]);
    expect(anyIds('httpx.ConnectError: All connection attempts failed')).toEqual([]);
    expect(anyIds('asyncio.exceptions.TimeoutError')).toEqual([]);
    expect(
      anyIds("` redis connection error ('localhost', 6379) TimeoutError , 5 retries remaining..."),
    ).toEqual([]);
    expect(
      anyIds("pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'localhost'\")"),
    ).toEqual([]);
  });

  it('gives closed loops, unclosed sessions, WebSocket close codes and certificate failures no finding', () => {
    expect(
      anyIds(
        'RuntimeError: Event loop is closed\nUnclosed client session\nclient_session: <aiohttp.client.ClientSession object at 0x7fb5a8634b50>',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'websockets.exceptions.ConnectionClosedError: received 1005 (no status code [internal]); then sent 1005 (no status code [internal])',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "ClientConnectorCertificateError: Cannot connect to host <XXX>:443 ssl:True [SSLCertVerificationError: (5, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1020)')]",
      ),
    ).toEqual([]);
  });
});

describe('number-contexts.json', () => {
  it("rejects 'sure' on a context that does not say a socket call failed", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sockerr-sure-'));
    try {
      cpSync(join(DEFAULT_DATA_DIR, 'detection'), join(dir, 'detection'), { recursive: true });
      const file = join(dir, 'detection', 'number-contexts.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as { numbers: Record<string, unknown>[] };
      json.numbers[0] = { keyword: 'x', spaces: ['posix'], sure: true, source: 's' };
      writeFileSync(file, JSON.stringify(json));
      expect(() => loadDetectionRules(dir)).toThrow(/numbers\[0\]: field "sure" needs socket/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
