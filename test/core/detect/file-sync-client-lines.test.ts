import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from desktop file-sync and cloud-drive clients, from real pastes of corpus round 143 (the OneDrive
 * client for Linux over libcurl, the Nextcloud and ownCloud desktop clients over Qt, Seafile, Syncthing's
 * front ends, Dropbox clients). libcurl 8 reworded its resolver text, which is read like the older one; the
 * Nextcloud/ownCloud clients' own job timer logs 'Connection timed out' as the text of Qt's
 * OperationCanceledError, which is left, as are the clients' other own words.
 */
describe("detectErrors reads libcurl 8's resolver text in sync clients", () => {
  it("reads 'Could not resolve hostname' from the OneDrive client as host not found (abraunegg/onedrive issue #3490)", () => {
    const text =
      'Oct 23 18:16:44 main.elrealplatano.com onedrive[1221]: ERROR: Encountered a std.net.curl.CurlException:\nOct 23 18:16:44 main.elrealplatano.com onedrive[1221]:   Error Message:    Could not resolve hostname on handle 7F442C000D70\nOct 23 18:16:44 main.elrealplatano.com onedrive[1221]:   Calling Function: onedrive.OneDriveApi.downloadById';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("still reads the older 'Couldn't resolve host name' (skilion/onedrive issue #195)", () => {
    const text =
      "june 15 07:47:55 mylaptop onedrive[1756]: onedrive.OneDriveException@src/onedrive.d(375): Couldn't resolve host name on handle BB38E0";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("leaves libcurl 8's bare 'Could not connect to server' (abraunegg/onedrive issue #2912)", () => {
    const text =
      'Oct 20 14:20:13 lars onedrive[2568465]: ERROR: Encounter std.net.curl.CurlException:\nOct 20 14:20:13 lars onedrive[2568465]:   Error Message:    Could not connect to server on handle 55E269419980';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors leaves the Nextcloud and ownCloud clients' own job timeout", () => {
  it("leaves 'Connection timed out' as OperationCanceledError's text", () => {
    const text =
      '[OCC::AbstractNetworkJob::slotTimeout \tNetwork job timeout QUrl("https://cloud.example.org/status.php")\n[OCC::AbstractNetworkJob::slotFinished \tQNetworkReply::OperationCanceledError "Connection timed out" QVariant(Invalid)';
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves its Chinese translation (nextcloud/desktop issue #1397)', () => {
    const text =
      '[OCC::AbstractNetworkJob::slotFinished \tQNetworkReply::OperationCanceledError "连接超时" QVariant(Invalid)\n[OCC::WebFlowCredentials::stillValid \tQNetworkReply::OperationCanceledError';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Qt's 'Connection timed out' when no abort is named", () => {
    const text = 'QNetworkReply::UnknownNetworkError "Connection timed out" QVariant(Invalid)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("leaves Qt's RemoteHostClosedError text (owncloud/client issue #3826)", () => {
    const text =
      '09-14 07:16:18:935 0x237a460 void OCC::AbstractNetworkJob::slotFinished() 2 "Connection closed" QVariant(, ) ';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Qt's AuthenticationRequiredError text (owncloud/client issue #10499)", () => {
    const text = "Server replied with an error while reading directory '/' : Host requires authentication";
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads the OS error behind Syncthing's front ends", () => {
  it("reads GIO's refusal in Syncthing-GTK, not its GIOErrorEnum number (kozec/syncthing-gtk issue #132)", () => {
    const text = 'E Daemon        g-io-error-quark: Could not connect to 127.0.0.1: Connection refused (39)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("leaves GSocket's own 'Socket I/O timed out' (alainm23/planify issue #1490)", () => {
    const text = 'see error: `unknown error` `http 24` `Socket I/O timed out`';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves MEGAcmd's missing Unix socket file (meganz/MEGAcmd issue #934)", () => {
    const text =
      '[ Unable to connect to service: error=2\n\nPlease ensure mega-cmd-server is running\n\nFailed to create socket for registering for state changes';
    expect(anyIds(text)).toEqual([]);
  });
});
