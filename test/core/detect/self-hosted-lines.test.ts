import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from self-hosted and home-lab software, from real pastes of corpus round 37. */
describe("detectErrors reads the *arr apps' own request deadline as no socket error", () => {
  it("ignores Sonarr's 'Http request timed out' under 'Failed to connect to qBittorrent' (Sonarr/Sonarr issue #7983)", () => {
    const text =
      '[v4.0.15.2941] NzbDrone.Core.Download.Clients.DownloadClientException: Failed to connect to qBittorrent, check your settings.\n ---> System.Net.WebException: Http request timed out';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a connect timeout the OS reported beside the same wrapper', () => {
    const text =
      'DownloadClientException: Failed to connect to qBittorrent, check your settings.\n ---> System.Net.Sockets.SocketException (110): Connection timed out';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors reads Qt's aborted network reply as no socket error", () => {
  it("ignores Qt's 'Operation canceled' beside its 'Connection closed' (owncloud/client issue #2689)", () => {
    expect(anyIds('and reappears "Operation canceled" and " Connection closed "')).toEqual([]);
  });

  it("ignores 'Operation canceled' on a QNetworkReply::OperationCanceledError line", () => {
    const text =
      '[ warning nextcloud.sync.networkjob ]:  QNetworkReply::OperationCanceledError "Operation canceled" QVariant(Invalid)';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads .NET's SocketException (125): Operation canceled, with no Qt text near", () => {
    const text =
      ' ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.\n ---> System.Net.Sockets.SocketException (125): Operation canceled';
    expect(highIds(text)).toEqual(['ECANCELED']);
  });
});
