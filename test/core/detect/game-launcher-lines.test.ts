import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from PC game launchers, stores and anti-cheat, from real pastes of corpus round 208. */
describe("detectErrors reads the JDK's macOS ETIMEDOUT on a socket read", () => {
  it("reads Prism Launcher's resource-pack download timing out on an M1 Mac as 10060 at high (c208-017)", () => {
    const text =
      '[10:08:51] [Downloader 0/ERROR]: Failed to download file\njava.net.SocketException: Operation timed out\n\tat sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:325) ~[?:?]';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads JDK 8's form with its '(Read failed)' suffix", () => {
    const text =
      'Caused by: java.net.SocketException: Operation timed out (Read failed)\n\tat java.net.SocketInputStream.socketRead0(Native Method)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads nothing in a library's own 'Operation timed out' after another exception class", () => {
    expect(
      anyIds('PHP Fatal error:  Uncaught RedisException: Operation timed out in /opt/www/test.php:17'),
    ).toEqual([]);
  });

  it("still reads nothing in the JDK's own read deadline", () => {
    expect(
      anyIds(
        'java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead',
      ),
    ).toEqual([]);
  });
});

describe('detectErrors reads the OS errors launchers print', () => {
  it("reads legendary's ENETUNREACH in Heroic's joined popup (c208-001)", () => {
    const text =
      'File "urllib3/util/connection.py", line 73, in create_connection\nOSError: [Errno 101] Network is unreachable';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads a Lutris download's EAI_NONAME in glibc's Greek text (c208-007)", () => {
    const text =
      "(Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7fac147f9220>: Failed to establish a new connection: [Errno -2] Το όνομα ή η υπηρεσία δεν είναι γνωστά'))";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads the Riot client's WSAECONNRESET under Wine (c208-009)", () => {
    const text =
      '000005.105|  ERROR| ClientWebSocketTransport: SSL_ERROR_SYSCALL - errno is 10054: Connection reset by peer.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads MultiMC's Qt ConnectionRefusedError during Xbox auth (c208-019)", () => {
    const text =
      '   97.849 W AuthRequest::onRequestError: Error string:  "Connection refused"\n   97.849 W Reply error: QNetworkReply::NetworkError(ConnectionRefusedError)';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads no error in launchers' own deadlines, statuses and verdicts", () => {
  it("reads nothing in Heroic's axios deadline (c208-027)", () => {
    expect(
      anyIds(
        '(12:02:02) [ERROR]:   [Backend]:         Failed to get epic service status with AxiosError: timeout of 10000ms exceeded',
      ),
    ).toEqual([]);
  });

  it("reads nothing in MultiMC's Qt transfer timeout (c208-044)", () => {
    const text =
      ' 1710.105 W QString::arg: Argument missing: Error posting message: %s, Socket operation timed out\n 1740.101 C Failed  "https://status.mojang.com/check"  with reason  QNetworkReply::NetworkError(TimeoutError)';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in EasyAntiCheat's 30005 with the service timeout 1053 (c208-041)", () => {
    expect(anyIds('Error Code: 30005 (StartService failed with 1053.)')).toEqual([]);
  });

  it('reads nothing in BattlEye kicks and an EOS 403 (c208-036, c208-039)', () => {
    expect(anyIds("[2020-12-10 23:04:14] Kicked from server. Reason: 'BattlEye: Query Timeout'")).toEqual([]);
    expect(
      anyIds(
        'SDK LogEOS | Error response received from backend. ServiceName=[EOSAuth], OperationName=[TokenGrant], Url=[<Redacted>], HttpStatus=[403], ErrorCode=[errors.com.epicgames.eos.auth.deployment_user_access_forbidden], NumericErrorCode=[110010]',
      ),
    ).toEqual([]);
  });

  it("reads nothing in Steam's own connection_log disconnect and SteamCMD's app state (c208-042, c208-034)", () => {
    expect(
      anyIds(
        "[2016-01-30 21:51:24] [0,0] ConnectionDisconnected('I/O Operation Failed') : 'OK' (146.66.152.10:27018, UDP)",
      ),
    ).toEqual([]);
    expect(anyIds("Error! App '740' state is 0x202 after update job.")).toEqual([]);
  });

  it("reads nothing in Wine's German EBADF on the wineserver pipe (c208-033)", () => {
    expect(anyIds('wine client error:22c: write: Ungültiger Dateideskriptor')).toEqual([]);
  });
});
