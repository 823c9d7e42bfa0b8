import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from everyday Python scripts, bots and tools on Windows, from real pastes of corpus round
 * 215. One rule was added (asyncio's 'Accept failed on a socket' after ERROR_NETNAME_DELETED); the
 * rest pin forms already read, and tool-own words already left alone, so a later rule cannot lose them.
 */
describe('detectErrors reads the socket errors Python scripts on Windows print', () => {
  it("reads asyncio's failed accept with Win32 ERROR_NETNAME_DELETED as a reset (alexbers/mtprotoproxy issue #57)", () => {
    const text =
      "    ov.getresult()\nOSError: [WinError 64] The specified network name is no longer available\nAccept failed on a socket\nsocket: <socket.socket fd=612, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=6, laddr=('0.0.0.0', 6969)>";
    expect(highIds(text)).toEqual(['10054']);
  });

  it('keeps a bare [WinError 64] below auto-reply, as a dropped file share raises it too (Thriftpy/thriftpy2 issue #168)', () => {
    const text =
      'OSError: [WinError 64] The specified network name is no longer available\n\nDuring handling of the above exception, another exception occurred:';
    expect(highIds(text)).toEqual([]);
    expect(anyIds(text)).toEqual(['10054']);
  });

  it("reads old aiohttp's Win32 1225 refusal on the Proactor loop, not its Errno 22 (GNS3/gns3-server issue #775)", () => {
    const text =
      'ClientOSError: [Errno 22] Can not connect to 10.140.27.67:3080 [The remote computer refused the network connection]';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Px's German reset in its debug log, not the timestamp (genotrance/px issue #148)", () => {
    const text =
      'Process-1: Thread_0: 1652886021: /__init__/handle/handle_one_request: Socket error: [WinError 10054] Eine vorhandene Verbindung wurde vom Remotehost geschlossen';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('reads a Python 2 socket.error with the WSAEACCES text (S4kur4/Saddam-new issue #1)', () => {
    const text =
      'error: [Errno 10013] An attempt was made to access a socket in a way forbidden by its access permissions';
    expect(highIds(text)).toEqual(['10013']);
  });

  it("leaves the Proactor transport's __del__ noise at exit alone (speced/bikeshed issue #1920)", () => {
    const text =
      '    self._loop.call_soon(self._call_connection_lost, None)\n  File "c:\\mozilla-build\\python39\\lib\\asyncio\\base_events.py", line 510, in _check_closed\n    raise RuntimeError(\'Event loop is closed\')\nRuntimeError: Event loop is closed';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves pip's WinError 5 on a file alone, in Korean too (pypa/pip issue #9152)", () => {
    const text =
      "Could not install packages due to an EnvironmentError: [WinError 5] 액세스가 거부되었습니다: 'c:\\\\python38\\\\lib\\\\site-packages\\\\pip-20.1.1.dist-info\\\\entry_points.txt'";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Binance's rate-limit code -1003 alone (uneasyguy/binance_data issue #4)", () => {
    const text =
      'binance.exceptions.BinanceAPIException: APIError(code=-1003): Too much request weight used; current limit is 1200 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.';
    expect(anyIds(text)).toEqual([]);
  });
});
