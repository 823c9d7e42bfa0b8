import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Socket errors pasted from persistent-shell and SSH-tunnel tools (tmate, Eternal Terminal, autossh, sshuttle,
 * OpenSSH port forwarding, Teleport's tsh, localtunnel, ngrok), from real pastes of corpus round 146. No rule
 * was added for the round; these pin the forms the rules already read, and the tools' own words around them
 * (exit statuses, deadlines, session states) that they must leave alone.
 */
describe('detectErrors reads the socket errors SSH-tunnel and persistent-shell tools print', () => {
  it("reads tmate's libssh connect refused in its reconnect loop (c146-016)", () => {
    const text =
      'Tue Jun 14 11:16:32 2016 [tmate] Error connecting: Connection refused\nTue Jun 14 11:16:32 2016 [tmate] Reconnecting... (Error connecting: Connection refused)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads macOS getaddrinfo's EAI_NONAME text after tmate's own 'lookup failure' (c146-017)", () => {
    const text =
      '[tmate] myserver.mydomain lookup failure. Retrying in 2 seconds (nodename nor servname provided, or not known)';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Eternal Terminal's errno 111 as a refusal and not its 'no host found' as a lookup failure (c146-049)", () => {
    const text =
      '[INFO 2020-03-16 21:56:35,355 client-main TcpSocketHandler.cpp:62] Error connecting with ::1: 111 Connection refused\n[ERROR 2020-03-16 21:56:35,355 client-main TcpSocketHandler.cpp:130] ERROR, no host found';
    expect(anyIds(text)).toEqual(['10061']);
  });

  it("reads Eternal Terminal's errno 32 and leaves its own 'Connect timeout' (c146-031)", () => {
    const text =
      '[INFO 2021-03-28 19:44:24,654 client-main Connection.cpp:159] Closing socket because 32 Broken pipe\n[WARNING 2021-03-28 19:44:24,655 client-main TerminalClient.cpp:171] Connecting to server failed: Connect timeout';
    expect(anyIds(text)).toEqual(['EPIPE']);
  });

  it("reads autossh's ssh child timing out on the banner read (c146-011)", () => {
    const text =
      'kex_exchange_identification: read: Connection timed out\nbanner exchange: Connection to <ip of hostname2> port 22: Connection timed out';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads OpenSSH's packet_write_wait EPIPE under sshuttle's exit status (c146-006)", () => {
    const text =
      'packet_write_wait: Connection to xxx.xxx.xxx.xxx port 22: Broken pipe\nfirewall manager: undoing changes.\nc : fatal: server died with error code 255';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads localtunnel's own wrapper of ECONNREFUSED on its tunnel socket (c146-035)", () => {
    const text =
      'Error: connection refused: localtunnel.me:39507 (check your firewall settings)\n    at Socket.remote.on.err (/usr/local/lib/node_modules/localtunnel/lib/TunnelCluster.js:52:11)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the ngrok agent's connectex refusal on Windows under ERR_NGROK_8012 (c146-039)", () => {
    const text =
      'ERR_NGROK_8012\n\nTraffic was successfully tunneled to the ngrok agent, but the agent failed to establish a connection to the upstream web service at [localhost:6969](http://localhost:6969/). The error encountered was:\n\ndial tcp [::1]:6969: connectex: No connection could be made because the target machine actively refused it.';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads tsh's and sshd's port-forward listeners finding the port taken (c146-042, c146-046)", () => {
    expect(
      highIds(
        'ERROR: Failed to bind to 127.0.0.1:6001: listen tcp 127.0.0.1:6001: bind: address already in use.',
      ),
    ).toEqual(['10048']);
    expect(
      highIds(
        'error: bind: Address already in use\nerror: channel_setup_fwd_listener: cannot listen to port: 52698',
      ),
    ).toEqual(['10048']);
  });
});

describe("detectErrors leaves these tools' own words alone", () => {
  it("leaves mosh's 'Nothing received from server on UDP port', its own deadline (c146-001, c146-002)", () => {
    expect(anyIds('`mosh: Nothing received from UDP port 60001` and then it timeouts')).toEqual([]);
    const text =
      'mosh did not make a successful connection to 192.168.101.24:60001.\nPlease verify that UDP port 60001 is not firewalled and can reach the server.';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves sshuttle's 'server died with error code', an exit status (c146-004)", () => {
    expect(anyIds('c : connecting to server...\nc : fatal: server died with error code 1')).toEqual([]);
  });

  it('leaves autossh restarting ssh after a refused remote forward (c146-012)', () => {
    const text =
      'autossh[14431]: Error: remote port forwarding failed for listen port XXX\nautossh[14398]: ssh exited with error status 255; restarting ssh';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves libssh's 'Socket error: disconnected' in tmate, which names no errno (c146-018)", () => {
    expect(anyIds('Reconnecting... (Error reading from channel: Socket error: disconnected)')).toEqual([]);
  });

  it("leaves tsh's own proxy-port deadline and grpc-go's missing preface (c146-024, c146-022)", () => {
    expect(
      anyIds(
        'DEBU [TSH]       Proxy address test failed error:[Get "https://teleport:3080/webapi/ping": context deadline exceeded] tsh/resolve_default_addr.go:62',
      ),
    ).toEqual([]);
    expect(anyIds('User Message: connection closed before server preface received')).toEqual([]);
  });

  it("leaves ngrok's 8012 page cut before the error it names (c146-040)", () => {
    const text =
      'ERR_NGROK_8012   Traffic was successfully tunneled to the ngrok agent, but the agent failed to establish a connection to the upstream web service at localhost:8080. The error encountered was:';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves etserver's EINVAL from starting a terminal, not a socket call (c146-028)", () => {
    expect(
      anyIds('F0722 15:54:12.721895 22813 TerminalServer.cpp:354] Error: (22): Invalid argument'),
    ).toEqual([]);
  });
});
