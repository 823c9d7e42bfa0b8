import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from WebRTC, TURN and video-conferencing servers as their operators paste them, from real pastes of corpus round 180. */
describe("detectErrors sets a daemon's pid file aside from the sockets logged around it", () => {
  it("finds nothing in coturn's unwritable pid file beside its listener set-up (coturn/coturn issue #543)", () => {
    const text =
      '0: Total: 5 relay addresses discovered\n0: =====================================================\nCannot create pid file: /var/run/turnserver.pid: Permission denied\n0: Cannot create pid file: /var/run/turnserver.pid\n0: pid file created: /var/tmp/turnserver.pid\n0: IO method (main listener thread): kqueue';
    expect(highIds(text)).toEqual([]);
  });

  it('still reads a refused bind to a privileged port (opnsense/plugins issue #3385)', () => {
    const text =
      '[ALERT]    (91760) : Binding [/usr/local/etc/haproxy.conf:43] for frontend test_frontend: cannot bind socket (Permission denied) for [172.168.0.11:443]';
    expect(highIds(text)).toEqual(['10013']);
  });
});

describe("detectErrors sets aside the LiveKit Rust SDK's own peer-connection deadline", () => {
  it('finds nothing in wait_pc_connection timing out (livekit/livekit issue #3990)', () => {
    const text =
      'Connecting to LiveKit...\nlivekit::rtc_engine:395:livekit::rtc_engine - failed to connect: Connection("wait_pc_connection timed out"), retrying... (1/3)\nlivekit_ffi::server::room:283:livekit_ffi::server::room - error while connecting to a room: engine: connection error: wait_pc_connection timed out';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads LiveKit server's Go dial to Redis that timed out (livekit/livekit issue #1901)", () => {
    const text = 'livekit_1  | unable to connect to redis: dial tcp 3.64.163.50:6379: i/o timeout';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('still reads a connect that timed out in so many words', () => {
    expect(highIds('ssh: connect to host turn.example.org port 22: Connection timed out')).toEqual(['10060']);
  });
});

describe("detectErrors reads coturn's bind errno where its log names the call", () => {
  it('reads errno=98 alone in a log file as address in use (coturn/coturn issue #453)', () => {
    const text =
      'Trying to bind fd 12 to <[IP]:3478>: errno=98\n0: Cannot bind TLS/TCP listener socket to addr [IP]:3478';
    expect(highIds(text)).toEqual(['10048']);
  });

  it('reads errno=99 on a relay address the host does not have (coturn/coturn issue #1145)', () => {
    expect(highIds('1125: (651616): WARNING: Trying to bind fd 37 to <some_ip:44203>: errno=99')).toEqual([
      '10049',
    ]);
  });

  it("reads nothing at high after an address when no bind is named before it on its line (a V4L2 tool's 'Cannot open <%s>: errno=%d', public code)", () => {
    expect(highIds('Cannot open </dev/video0>: errno=13')).toEqual([]);
    expect(highIds('Trying to bind fd 12\nto <[IP]:3478>: errno=98')).toEqual([]);
  });
});

describe('detectErrors reads the socket errors WebRTC servers print', () => {
  it("reads coturn's errno=98 with its perror text as address in use (coturn/coturn issue #1655)", () => {
    const text =
      '0: : Trying to bind fd 23 to <127.0.0.1:3478>: errno=98\nCannot bind local socket to addr: Address already in use\n0: : Cannot bind TLS/TCP listener socket to addr 127.0.0.1:3478';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads the mediasoup worker's libuv listen failure (versatica/mediasoup issue #279)", () => {
    const text =
      'mediasoup:ERROR:worker[pid:7881] TcpServer::TcpServer() | throwing MediaSoupError: uv_listen() failed: address already in use';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads Prosody's port manager on an absent IPv6 loopback (JohnXLivingston/peertube-plugin-livechat issue #99)", () => {
    const text =
      'Jun 16 15:58:49 portmanager     error   Failed to open server port 52800 on ::1, Cannot assign requested address';
    expect(highIds(text)).toEqual(['10049']);
  });

  it("reads bbb-webrtc-sfu's write to FreeSWITCH's closed ESL socket (bigbluebutton/bigbluebutton issue #9935)", () => {
    const text =
      '2020-06-25T11:43:02.725Z - error: [mcs-freeswitch-esl-wrapper] FreeSWITCH ESL connection received error EPIPE errno=EPIPE, code=EPIPE, syscall=write';
    expect(highIds(text)).toEqual(['EPIPE']);
  });
});

describe("detectErrors finds nothing in the servers' own codes, timers and closes", () => {
  it("finds nothing in coturn's allocation watchdog (coturn/coturn issue #1183)", () => {
    const text =
      'turnserver[28400]: 335209: : session 050000000000000001: closed (2nd stage), user <> realm <> origin <>, local 130.turn.server.0:3478, remote 79.x.x.x:51202, reason: allocation watchdog determined stale session state';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Kurento's websocketpp listen failure without an OS error (Kurento/bugtracker issue #620)", () => {
    const text =
      'error KurentoWebSocketTransport WebSocketTransport.cpp:166 initWebSocket()  WebSocket error: cannot listen on IPv4 port 8888 (Underlying Transport Error)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in aiortc's own ConnectionError (aiortc/aiortc issue #855)", () => {
    expect(anyIds('ConnectionError: Cannot send encrypted data, not connected')).toEqual([]);
  });

  it("finds nothing in OWT's DTLS deadline and ICE failure codes (open-webrtc-toolkit/owt-server issue #628)", () => {
    const text =
      '2020-09-03 11:03:56,515  - WARN: DtlsTransport - id: 476334453004721340,  message: Handshake failed, transportName:video, openSSLerror: Dtls Timeout on TimeoutChecker\n2020-09-03 11:03:56.515  - WARN: Connection - message: failed the ICE process, code: 502, id: 476334453004721340';
    expect(anyIds(text)).toEqual([]);
  });
});
