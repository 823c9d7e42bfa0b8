import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 87 (`test/fixtures/corpus/round87.jsonl`, ids c87-…). */
describe('detectErrors tells WebSocket libraries’ own words from socket errors', () => {
  it("ignores Ruby's EINPROGRESS cause of a non-blocking connect (kirillplatonov/shopify-hotwire-sample issue #33)", () => {
    // ActionCable's Redis listener: redis-rb 4 rescues IO::EINPROGRESSWaitWritable and waits;
    // Ruby prints it as the cause of whatever failed afterwards.
    const cause =
      "00:33:49 web.1  | /Users/kurbm/.rbenv/versions/2.7.4/lib/ruby/2.7.0/socket.rb:1214:in `__connect_nonblock': Operation now in progress - connect(2) would block (IO::EINPROGRESSWaitWritable)\n00:33:49 web.1  | \tfrom /Users/kurbm/.rbenv/versions/2.7.4/lib/ruby/2.7.0/socket.rb:1214:in `connect_nonblock'";
    expect(anyIds(cause)).toEqual([]);
    // redis/redis-rb issue #1052: the same cause without the class after it.
    expect(
      anyIds(
        "22:05:11 web.1     | /home/keaton/.rvm/rubies/ruby-2.7.3/lib/ruby/2.7.0/socket.rb:1214:in `__connect_nonblock': Operation now in progress - connect(2) would block",
      ),
    ).toEqual([]);
  });

  it("still reads Ruby's real connect errors and EINPROGRESS printed as an error elsewhere", () => {
    // 8398a7/abilitysheet issue #207 (corpus c13-035).
    expect(
      highIds(
        '[production][users#index] Errno::ECONNREFUSED: Connection refused - connect(2) for "localhost" port 8080',
      ),
    ).toEqual(['10061']);
    // shakacode/react-webpack-rails-tutorial issue #358: ActionCable's Redis adapter, Redis not started.
    expect(
      highIds(
        "/Users/mark/.rvm/gems/ruby-2.4.0@test-react-on-rails/gems/redis-3.3.3/lib/redis/client.rb:345:in `rescue in establish_connection': Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED) (Redis::CannotConnectError)",
      ),
    ).toEqual(['10061']);
    // Open MPI's TCP BTL (corpus c43-016): EINPROGRESS is the error there.
    expect(
      anyIds(
        '  Message:    connect() to 10.10.10.2:1024 failed\n  Error:      Operation now in progress (115)',
      ),
    ).toEqual(['10036']);
  });

  it("ignores an AttributeError naming errno's WSAECONNREFUSED (websocket-client/websocket-client issue #412)", () => {
    expect(anyIds("Web Socket - OnError('module' object has no attribute 'WSAECONNREFUSED')")).toEqual([]);
    expect(anyIds("AttributeError: module 'errno' has no attribute 'WSAECONNREFUSED'")).toEqual([]);
  });

  it('still reads WSAECONNREFUSED where it names the error (lbruder/JAdsConnector issue #1)', () => {
    expect(
      highIds(
        'After a communication attempt an error 10061:\n  No connection could be made because the target machine actively refused it.  (WSAECONNREFUSED )',
      ),
    ).toEqual(['10061']);
  });

  it('reads no socket error in close codes and keepalive deadlines', () => {
    // python-websockets/websockets issue #1620, gorilla/websocket issue #645,
    // coder/websocket issue #288, pusher/pusher-websocket-java issue #188.
    for (const line of [
      'websockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received',
      'websockets.exceptions.ConnectionClosedError: code = 1006 (connection closed abnormally [internal]), no reason',
      'when copying from client to backend: websocket: close 1006 (abnormal closure): unexpected EOF',
      'failed to get reader: failed to read frame header: EOF',
      'java.io.IOException: Pong reply not received (code 4201)',
      "Connection disconnected with error 'Error: Websocket closed with status code: 1006 ();",
    ])
      expect(anyIds(line)).toEqual([]);
  });

  it('reads no socket error in a handshake answered with an HTTP status', () => {
    // websockets/ws issue #1719, aio-libs/aiohttp issue #3027, eclipse-ee4j/tyrus issue #613,
    // balderdashy/sails issue #2184.
    for (const line of [
      'Error: Unexpected server response: 502',
      "aiohttp.client_exceptions.WSServerHandshakeError: 404, message='Invalid response status'",
      'Caused by: javax.websocket.DeploymentException: Handshake response not received.',
      "WebSocket connection to 'ws://*(url here).com/socket.io/1/websocket/DIfWfu40yYCh1AwIeUa8?__sails_io_sdk_version=0.10.0&__sails_io_sdk_platform=browser&__sails_io_sdk_language=javascript' failed: Error during WebSocket handshake: Unexpected response code: 502 ",
    ])
      expect(anyIds(line)).toEqual([]);
  });

  it('still reads the socket errors under WebSocket clients', () => {
    // acheong08/EdgeGPT issue #133: full-width brackets around WinError 10054 in Chinese Windows.
    expect(
      highIds(
        'ConnectionResetError: 【WinError 10054】 远程主机强迫关闭了一个现有的连接。(The remote host forced the closure of an existing connection.)',
      ),
    ).toEqual(['10054']);
    // leancloud/objc-sdk issue #514 and gorilla/websocket issue #710.
    expect(highIds('Error Domain=NSPOSIXErrorDomain Code=57 "Socket is not connected"')).toEqual(['10057']);
    expect(
      highIds(
        'dial tcp 89.108.118.208:443: connectex: An attempt was made to access a socket in a way forbidden by its access permissions.',
      ),
    ).toEqual(['10013']);
  });
});
