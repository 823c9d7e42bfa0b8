import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from tunnel, reverse-tunnel and proxy clients, from real pastes of corpus round 204. */
describe("detectErrors reads gVisor's refusal on a gonet read or write", () => {
  it("reads sing-box's TUN DNS read refused by the netstack as 10061 at high (c204-011)", () => {
    const text =
      '+0800 2023-07-15 11:34:33 ERROR [113165628] inbound/tun[tun-in]: read udp [fdfe:dcba:9876::2]:53: connection was refused | upstream: context canceled';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads the same words after a tcp read or a udp write', () => {
    expect(highIds('read tcp 100.64.0.2:443->100.64.0.9:51200: connection was refused')).toEqual(['10061']);
    expect(highIds('write udp 10.0.0.2:41641->10.0.0.9:3478: connection was refused')).toEqual(['10061']);
  });

  it("still reads the netstack's connect refusal and the OS's own read refusal", () => {
    expect(highIds('connect tcp 192.168.5.15:22: connection was refused')).toEqual(['10061']);
    expect(highIds('read udp 127.0.0.1:39498->127.0.0.1:53: read: connection refused')).toEqual(['10061']);
  });

  it("reads nothing in an application's own 'connection was refused' without Go's OpError", () => {
    expect(anyIds('MQTT connect failed: The connection was refused.')).toEqual([]);
  });
});

describe('detectErrors reads the OS errors tunnel and proxy clients print', () => {
  it("reads localtunnel's rewritten ECONNREFUSED (c204-025)", () => {
    const text =
      'Error: connection refused: localtunnel.me:42261 (check your firewall settings)\n    at Socket.<anonymous> (/usr/local/lib/node_modules/localtunnel/lib/TunnelCluster.js:47:32)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads shadowsocks-windows' zh-CN SocketException (c204-013)", () => {
    const text =
      '[2018-12-02 11:57:37] System.Net.Sockets.SocketException (0x80004005): 由于目标计算机积极拒绝，无法连接。\n   在 Shadowsocks.Util.Sockets.WrappedSocket.EndConnect(IAsyncResult asyncResult)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Xray's EPIPE on a Unix socket and its outbound reset (c204-006)", () => {
    const text =
      '2021/01/22 09:19:59 [Info] [76728451] app/proxyman/inbound: failed to close connection > write unix /dev/shm/vless.sock->@: write: broken pipe\n2021/01/22 09:20:01 [Info] [229679103] app/proxyman/outbound: failed to process outbound traffic > proxy/freedom: connection ends > proxy/freedom: failed to process response > read tcp 10.170.0.4:59632->151.102.78.248:443: read: connection reset by peer';
    expect(highIds(text).sort()).toEqual(['10054', 'EPIPE']);
  });

  it("reads trojan's zh-CN WSAETIMEDOUT text after its own prefix (c204-020)", () => {
    const text =
      '客户端运行trojan，显示“cannot establish connection to remote server xxxx 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败”。';
    expect(anyIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors reads no error in the tools' own closes, deadlines and verdicts", () => {
  it("reads nothing in frpc's StartWorkConn EOF (c204-027)", () => {
    expect(
      anyIds(
        '2019/12/12 21:14:10 [E] [control.go:147] [393a472d44e337ab] work connection closed before response StartWorkConn message: EOF',
      ),
    ).toEqual([]);
  });

  it("reads nothing in frp's token mismatch and authorization failure (c204-031, c204-029)", () => {
    expect(
      anyIds(
        "login to the server failed: token in login doesn't match token from configuration. With loginFailExit enabled, no additional retries will be attempted",
      ),
    ).toEqual([]);
    expect(
      anyIds('2018/08/26 12:43:49 [W] [control.go:113] login to server failed: authorization failed'),
    ).toEqual([]);
  });

  it("reads nothing in quic-go's idle timeout under cloudflared (c204-035)", () => {
    const text =
      '2025-07-07T15:38:26Z ERR Failed to dial a quic connection error="failed to dial to edge with quic: timeout: no recent network activity" connIndex=0 event=0';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in Xray's REALITY verdict (c204-033)", () => {
    expect(
      anyIds('2023/08/18 15:09:49 [Info] transport/internet/tcp: REALITY: processed invalid connection'),
    ).toEqual([]);
  });

  it("reads nothing in ngrok's ERR_NGROK_334 or its read deadline (c204-038, c204-041)", () => {
    expect(
      anyIds(
        'lvl=eror msg="failed to reconnect session" obj=csess id=534c7250f638 err="The tunnel \'tcp://0.tcp.ngrok.io:18899\' is already bound to another tunnel session\\r\\n\\r\\nERR_NGROK_334\\r\\n"',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'lvl=eror msg="failed to reconnect session" obj=csess id=1c907e548f56 err="read tcp 192.168.0.173:48720->3.15.55.144:443: i/o timeout"',
      ),
    ).toEqual([]);
  });

  it("reads nothing in chisel's bad handshake and close 1006 (c204-042, c204-043)", () => {
    expect(anyIds('2019/03/18 10:33:32 client: Connection error: websocket: bad handshake')).toEqual([]);
    expect(
      anyIds(
        '2019/05/28 15:49:11 client: Connection error: websocket: close 1006 (abnormal closure): unexpected EOF',
      ),
    ).toEqual([]);
  });

  it("reads nothing in Go's closed-connection sentinel or bore's own deadline (c204-032, c204-050)", () => {
    expect(anyIds('use of closed network connection]')).toEqual([]);
    expect(anyIds('Error: could not connect to bore.pub:7835\nCaused by:\n      timed out')).toEqual([]);
  });

  it("reads nothing in Headscale's Noise MAC failure (c204-044)", () => {
    const text =
      'ERR noise upgrade failed error="noise handshake failed: decrypting machine key: chacha20poly1305: message authentication failed"';
    expect(anyIds(text)).toEqual([]);
  });
});
