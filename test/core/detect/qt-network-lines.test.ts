import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Desktop and embedded applications on Qt's network classes, printing Qt's own texts (corpus round 118). */
describe("Qt's socket-engine texts for an unreachable network or host", () => {
  it("reads Telegram Desktop's TCP and HTTP lines as network unreachable (c118-005, c118-006)", () => {
    const text = [
      '[2019.04.04 16:30:49] HTTP Error: remote host closed - Connection closed',
      '[2019.04.04 16:30:49] TCP Error: network - Network unreachable',
      '[2019.04.04 16:30:49] HTTP Error: network error 99 - Network unreachable',
    ].join('\n');
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads them after a socket error prefix, a Qt class name or Mumble's prefix", () => {
    expect(highIds('WARNING Socket error: Network unreachable')).toEqual(['10051']);
    expect(highIds('QAbstractSocket::NetworkError "Host unreachable"')).toEqual(['10065']);
    expect(highIds('[20:19:50] Server connection failed: Host unreachable.')).toEqual(['10065']);
  });

  it('leaves the words alone in prose and test names', () => {
    expect(anyIds('App generates network unreachable error when connecting with correct parameters')).toEqual(
      [],
    );
    expect(anyIds('Cause: Network unreachable')).toEqual([]);
    expect(anyIds('Host unreachable')).toEqual([]);
  });
});

describe("Qt clients' own words for HostNotFoundError and ConnectionRefusedError", () => {
  it("reads the Fortune Client example's host-not-found sentence (c118-008)", () => {
    const text =
      '[2021-12-03 13:37:04.057] [main] [warning] Could not connect to server. The error was: The host was not found. Please check the host name and port settings.';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads the Fortune Client example's refusal sentence", () => {
    const text =
      'TCP: The connection was refused by the peer. Make sure QTCPServer is running, and check that the host name and port settings are correct.';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads QNetworkReply's documented texts as applications print them (c118-002)", () => {
    const rss =
      "(W) 2024-04-23T21:16:32 - Failed to download RSS feed at 'https://nyaa.si/?page=rss&q=ember+dungeon+meshi&c=0_0&f=0'. Reason: The remote host name was not found (invalid hostname)";
    expect(highIds(rss)).toEqual(['11001']);
    expect(
      highIds('HTTP Error - the remote server refused the connection (the server is not accepting requests)'),
    ).toEqual(['10061']);
  });

  it("reads qBittorrent's Spanish and Chinese texts for a host not found (c118-003, c118-004)", () => {
    const es =
      "(W) 2023-08-10T08:47:01 - No se pudo descargar el feed RSS: 'https://nyaa.si/?page=rss&u=ari-m', razón: No se encontró el nombre del host remoto (nombre de host no válido).";
    expect(highIds(es)).toEqual(['11001']);
    const zh =
      "2025/7/10 19:41 - 下载 RSS 订阅 'https://dmhy.org/topics/rss/rss.xml' 失败。原因：未找到远程主机名（无效主机名）";
    expect(highIds(zh)).toEqual(['11001']);
  });
});

describe("Qt's texts that hold no socket error stay unread", () => {
  it('leaves a peer close, a TLS close and an HTTP status alone (c118-018, c118-019, c118-023)', () => {
    expect(anyIds('[9:56:33 PM] Server connection failed: The remote host closed the connection.')).toEqual(
      [],
    );
    expect(anyIds('"[20:19:50] Server connection failed: The TLS/SSL connection has been closed."')).toEqual(
      [],
    );
    expect(
      anyIds(
        'Error transferring https://plugins.qgis.org/plugins/OSMtools/version/3.1.1/download/ - server replied: Bad Gateway',
      ),
    ).toEqual([]);
  });

  it("leaves Qt's own deadlines and enum values alone (c118-020, c118-021, c118-039)", () => {
    expect(
      anyIds('`QAmqpClientPrivate::_q_socketError 220 - socket error:  "Network operation timed out"]`'),
    ).toEqual([]);
    expect(anyIds('NTPClient::onNtpError:  QAbstractSocket::SocketError(22) , failed times: 81')).toEqual([]);
    expect(
      anyIds('2015-03-18 17:31:22 Warning: "Socket error 1: The remote host closed the connection"'),
    ).toEqual([]);
  });

  it('leaves the remote server closing the reply and an operation canceled alone (c118-037)', () => {
    const text = [
      "2023/9/7 21:51 - Failed to download RSS feed at 'https://......'. Reason: The operation was canceled",
      "2023/9/7 21:48 - Failed to download RSS feed at 'https://......'. Reason: The remote server closed the connection prematurely, before the entire reply was received and processed",
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });
});
