import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from game servers, proxies, engines and launchers, from real pastes of corpus round 160. */
describe("detectErrors reads RakNet's errno after its own bind words", () => {
  it("reads 'Unknown bind__() error 98.' as a port in use (skyrim-multiplayer/skymp issue #111)", () => {
    const text = 'DoMessage for 1 users took 59 microseconds\nUnknown bind__() error 98.';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("finds nothing in older RakNet's bind return value -1, which names no errno", () => {
    expect(anyIds('Unknown bind__() error -1.\nUnknown bind__() error -1.')).toEqual([]);
  });
});

describe('detectErrors reads the socket errors game servers and clients print', () => {
  it("reads s&box's TcpListener SocketException (10048) (Facepunch/sbox-issues issue #5589)", () => {
    const text = [
      'System.Net.Sockets.SocketException (10048): Only one usage of each socket address (protocol/network address/port) is normally permitted.',
      '   at System.Net.Sockets.Socket.Bind(EndPoint localEP)',
      '   at System.Net.Sockets.TcpListener.Start(Int32 backlog)',
    ].join('\n');
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads BedrockConnect's Netty epoll bind failure (Pugmatt/BedrockConnect issue #160)", () => {
    const text =
      'java.util.concurrent.CompletionException: io.netty.channel.unix.Errors$NativeIoException: bind(..) failed: Address already in use';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads the JDK's Windows BindException under RakNet (Pugmatt/BedrockConnect issue #210)", () => {
    const text =
      'java.util.concurrent.CompletionException: java.net.BindException: Address already in use: bind';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads Mono's mono-io-layer-error (10013) on a Quest 2 (MirrorNetworking/Mirror issue #2458)", () => {
    const text = [
      '2020.11.22 16:33:36.547 8295 8316 Error Unity SocketException: mono-io-layer-error (10013)',
      '2020.11.22 16:33:36.547 8295 8316 Error Unity   at System.Net.Sockets.Socket..ctor (System.Net.Sockets.AddressFamily addressFamily, System.Net.Sockets.SocketType socketType, System.Net.Sockets.ProtocolType protocolType) [0x00069] in <3df7f9ca50404bbc8bd4e7b954e70293>:0 ',
    ].join('\n');
    expect(highIds(text)).toEqual(['10013']);
  });

  it("reads the Source engine's NET_OpenSocket bind (GameServerManagers/LinuxGSM issue #1126)", () => {
    const text = [
      'WARNING: NNET_OpenSocket: bind: Cannot assign requested address',
      "Couldn't allocate any server IP port",
    ].join('\n');
    expect(highIds(text)).toEqual(['10049']);
  });

  it("reads GoldSrc's NET_QueuePacket WSAENETRESET (ValveSoftware/halflife issue #620)", () => {
    expect(highIds('NET_QueuePacket: WSAENETRESET when hosting server on LAN.')).toEqual(['10052']);
  });

  it("reads Qt's HostNotFoundError in a launcher's download log (MultiMC/Launcher issue #3044)", () => {
    const text =
      '    5.049 C Failed  "https://v1.meta.multimc.org/net.minecraft/index.json"  with reason  QNetworkReply::HostNotFoundError';
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe("detectErrors leaves the games' own timeouts, kicks and states alone", () => {
  it("finds nothing in Unreal 227's own connection timeout (OldUnreal/Unreal-testing issue #275)", () => {
    const text = [
      'DevNet: Connection timed out after 500.000000 seconds (500.006256)',
      'NetComeGo: Close TcpipConnection (<Unconnected>) Sun Aug 14 18:57:43 2022 (User timed out after 500 seconds)',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in UNetConnection's own TIMED OUT (mordentral/AdvancedSessionsPlugin issue #45)", () => {
    const text =
      'LogNet: Warning: UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: 60.07, Real: 60.02, Good: 60.02, DriverTime: 60.07, Threshold: 60.00, [UNetConnection] RemoteAddr: 76561198020845778:7777, Name: SteamNetConnection_0, Driver: PendingNetDriver SteamNetDriver_0, IsServer: NO, PC: NULL, Owner: NULL, UniqueId: INVALID';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in BungeeCord's own read timeout (SpigotMC/BungeeCord issue #3146)", () => {
    const text = [
      '19:02:00 [WARNING] [Ham1255] <-> DownstreamBridge <-> [test1] - read timed out',
      '19:02:00 [INFO] [Ham1255] disconnected with: ReadTimeoutException : null',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Bedrock Dedicated Server's 'Network port occupied' (TheRemote/MinecraftBedrockServer issue #19)", () => {
    expect(anyIds("[2019-11-19 13:51:11 ERROR] Network port occupied, can't start server.")).toEqual([]);
  });

  it("finds nothing in SteamSockets' socket handle number (DFJacob/AbioticFactorDedicatedServer issue #26)", () => {
    expect(anyIds('SteamSockets: Now tracking socket 65536 for addr [::]:7777, has parent? 0')).toEqual([]);
  });

  it("finds nothing in Forge's mismatched channel list (LuckPerms/LuckPerms issue #3954)", () => {
    const text =
      '[Server thread/INFO]: com.mojang.authlib.GameProfile@41eff0ab[id=1e5ceee8-1d03-34c9-ae21-a8ec35e5e92a,name=egg,properties={}] lost connection: Connection closed - mismatched mod channel list';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Twisted's clean close after a kick (lukleh/TwistedBot issue #7)", () => {
    expect(
      anyIds('03:22:19.984072 [CLIENT] Lost connection from client: Connection was closed cleanly.'),
    ).toEqual([]);
  });

  it("finds nothing in gamedig's own UDP deadline (gamedig/node-gamedig issue #279)", () => {
    expect(
      anyIds('Q#0 UDP timeout detected\nQ#0 Query failed with error Error: UDP - Timed out after 2000ms'),
    ).toEqual([]);
  });
});

/** Round 232: FiveM's own heartbeat deadlines, on the server and on the client. */
describe('FiveM’s own connection timeouts', () => {
  it('reads no error in the server’s drop reason and the client’s timeout screen (c232-065, c232-067)', () => {
    expect(anyIds('Server->client connection timed out. Last seen 5000 msec ago.')).toEqual([]);
    expect(
      anyIds(
        'Client -> server connection timed out. Please try again later.\n\nTimeout info: game=22.44 ±6.96 ~0, recv=2416.38 ±9281.64 ~38364, send=24.00 ±3.61 ~27',
      ),
    ).toEqual([]);
  });

  it('still reads the OS’s connect timeout in a game server’s log', () => {
    expect(highIds('Error: connect ETIMEDOUT 51.75.10.2:30120')).toEqual(['10060']);
  });
});
