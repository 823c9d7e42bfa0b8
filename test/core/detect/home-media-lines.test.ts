import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Home media servers, the *arr apps, download clients and their companions (corpus round 117). */
describe(".NET's cancelled socket operation is the application's, not the network's", () => {
  it('leaves the Linux ECANCELED under an HttpClient timeout alone (c117-031, c117-032)', () => {
    const radarr = [
      '[v5.22.0.9808] System.Net.WebException: Failed to read complete http response',
      ' ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.',
      ' ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.',
      ' ---> System.Net.Sockets.SocketException (125): Operation canceled',
      '   --- End of inner exception stack trace ---',
    ].join('\n');
    expect(anyIds(radarr)).toEqual([]);
    const jackett = [
      ' ---> System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
      ' ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.',
      ' ---> System.Net.Sockets.SocketException (125): Operation canceled',
    ].join('\n');
    expect(anyIds(jackett)).toEqual([]);
  });

  it('leaves the macOS form and the write side alone under a cancellation exception', () => {
    expect(
      anyIds(
        'System.Threading.Tasks.TaskCanceledException: The operation was canceled.\n ---> System.Net.Sockets.SocketException (89): Operation canceled',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'System.OperationCanceledException: The operation was canceled.\n ---> System.IO.IOException: Unable to write data to the transport connection: Operation canceled.',
      ),
    ).toEqual([]);
  });

  it('still reads the bare line with no cancellation exception near, as round 37 pinned it', () => {
    expect(highIds('[BrokerServer] System.Net.Sockets.SocketException (125): Operation canceled')).toEqual([
      'ECANCELED',
    ]);
  });

  it('still reads a real reset in the same exception chain', () => {
    const text = [
      ' ---> System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.',
      ' ---> System.Net.Sockets.SocketException (104): Connection reset by peer',
    ].join('\n');
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("IPAddress.Parse's inner SocketException is no socket call", () => {
  it("leaves Jellyfin's rejected host string alone (c117-048)", () => {
    const text = [
      '[2020-07-20 02:25:07.468 -04:00] [ERR] [6] Emby.Server.Implementations.HttpServer.HttpListenerHost: Error processing request. URL: "http://localhost:8096/favicon.ico"',
      'System.FormatException: An invalid IP address was specified.',
      ' ---> System.Net.Sockets.SocketException (10022): An invalid argument was supplied.',
      '   --- End of inner exception stack trace ---',
      '   at System.Net.IPAddressParser.Parse(ReadOnlySpan`1 ipSpan, Boolean tryParse)',
      '   at System.Net.IPAddress.Parse(String ipString)',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds(
        'System.FormatException: An invalid IP address was specified.\n ---> System.Net.Sockets.SocketException (22): Invalid argument',
      ),
    ).toEqual([]);
  });

  it('still reads WSAEINVAL from a real socket call, with no parser near', () => {
    expect(
      highIds(
        'System.Net.Sockets.SocketException (10022): An invalid argument was supplied.\n   at System.Net.Sockets.Socket.Bind(EndPoint localEP)',
      ),
    ).toEqual(['10022']);
  });
});

describe("musl's ECONNABORTED text in .NET's SocketException", () => {
  it('reads the Alpine container form as the abort (c117-020)', () => {
    expect(
      highIds(
        'Conenction between SabNZBd and Radarr fails sometimes. Timeout related? error: System.Net.Sockets.SocketException (103): Connection aborted',
      ),
    ).toEqual(['10053']);
    expect(highIds(' ---> System.Net.Sockets.SocketException: Connection aborted')).toEqual(['10053']);
  });

  it("leaves Python requests' own 'Connection aborted.' to the error inside it", () => {
    expect(
      highIds(
        "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
      ),
    ).toEqual(['10054']);
    expect(
      anyIds(
        "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
      ),
    ).toEqual([]);
  });
});

describe("the round's other forms, read as before", () => {
  it("reads Mono's ConnectFailure and .NET's Linux SocketException under the *arr wording (c117-001, c117-005)", () => {
    expect(
      highIds(
        "Unable to connect to indexer: Error: ConnectFailure (Connection refused): 'http://127.0.0.1:9117/api/v2.0/indexers/eztv/results/torznab/api?t=caps&apikey=x'",
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        '[v5.0.1.7993] System.Net.Http.HttpRequestException: Connection refused (api.radarr.video:443)\n ---> System.Net.Sockets.SocketException (111): Connection refused',
      ),
    ).toEqual(['10061']);
  });

  it("reads the companions' Node and Python errors (c117-007, c117-014, c117-016)", () => {
    expect(highIds('[Sonarr] Failed to retrieve profiles: connect ETIMEDOUT 192.168.1.118:8989')).toEqual([
      '10060',
    ]);
    expect(
      highIds(
        '[error][Plex.tv API]: Something went wrong getting the account from plex.tv: getaddrinfo EAI_AGAIN plex.tv',
      ),
    ).toEqual(['11002']);
    expect(highIds('URLError: <urlopen error [Errno 110] Connection timed out>')).toEqual(['10060']);
  });

  it("leaves the apps' own deadlines, statuses and certificate failures alone (c117-030, c117-033, c117-034, c117-045)", () => {
    expect(
      anyIds(
        'Exception (1337x): A task was canceled.: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Failed to connect: _ssl.c:985: The handshake operation timed out news.easynews.com:563 (85.12.62.230)',
      ),
    ).toEqual([]);
    expect(
      anyIds('Failed to connect: timed out 49@news-nl.newshosting.com:563 (news.ams.newshosting.com)'),
    ).toEqual([]);
    expect(
      anyIds(
        "-- : Unable to connect to indexer, indexer's server is unavailable. Try again later. HTTP request failed: [504:GatewayTimeout] [GET] at [https://ilcorsaronero.link/browse/0]",
      ),
    ).toEqual([]);
  });
});
