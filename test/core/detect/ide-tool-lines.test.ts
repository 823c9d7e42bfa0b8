import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from IDEs and developer tools' own network failures (idea.log, Android Studio, Eclipse p2,
 * NuGet in Visual Studio, Live Share, Copilot and other assistants, Emacs LSP clients, Xcode's package
 * resolution), from real pastes of corpus round 101. One rule was added (HttpClient 4.0-4.2's
 * 'Connection to <url> refused' without its class name); the rest pin forms already read, and the
 * tools' own words already left alone, so that a later rule cannot lose them unseen.
 */
describe('detectErrors reads the socket errors developer tools print', () => {
  it("reads Eclipse p2's HttpClient message without the exception class (imixs/imixs-workflow issue #57)", () => {
    const text =
      'Unable to connect to repository http://www.imixs.org/org.imixs.eclipse.updatesite/content.xml\nConnection to http://www.imixs.org refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('lets the cause after the HttpClient wrapper win over its default refusal (twizmwazin/CardinalPGM issue #54)', () => {
    const text =
      'Could not transfer artifact org.apache.maven.plugins:maven-clean-plugin:pom:2.4.1 from/to central (http://repo.maven.apache.org/maven2): Connection to http://repo.maven.apache.org refused: Connection timed out: connect -> [Help 1]';
    expect(anyIds(text)).toEqual(['10060']);
  });

  it("reads the IDE's plugin repository refused in idea.log (shuzijun/leetcode-editor issue #181)", () => {
    const text =
      "2020-06-09 09:12:59,549 [  47017]   INFO - j.ide.plugins.RepositoryHelper - Couldn't load plugins from main repository: java.net.ConnectException: Connection refused: connect ";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Android Studio's Gradle sync for an unknown host (firebase/quickstart-android issue #399)", () => {
    const text =
      "Error:Unknown host 'services.gradle.org'. You may need to adjust the proxy settings in Gradle. Enable Gradle 'offline mode' and sync project.";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Emacs's refused network process under lsp-mode (emacs-lsp/lsp-mode issue #993)", () => {
    const text =
      'LSP :: Failed to connect to localhost:10001 with error message make client process failed: Connection refused, :name, erlang-ls::tcp, :buffer, nil, :host, localhost, :service, 10001, :nowait, nil, :tls-parameters, nil [100 times]';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the Copilot agent's JSON-RPC error around Node's reset (pengzhile/cocopilot issue #32)", () => {
    const text =
      'Sign in failed. Reason: Request signInInitiate failed with message: read ECONNRESET, request id: 33, error code: -32603';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Live Share's agent blocked by WSAEACCES (microsoft/live-share issue #2819)", () => {
    const text =
      'HTTP exception in auth.login request handler: System.Net.Http.HttpRequestException: An attempt was made to access a socket in a way forbidden by its access permissions ---> System.Net.Sockets.SocketException: An attempt was made to access a socket in a way forbidden by its access permissions';
    expect(highIds(text)).toEqual(['10013']);
  });
});

describe("detectErrors leaves developer tools' own words alone", () => {
  it('finds nothing in a Copilot proxy failure that names no errno (microsoft/vscode-copilot-release issue #4332)', () => {
    const text =
      "  code: 'ProxyFailedToEstablishSocketConnection',\n  errno: undefined,\n  erroredSysCall: undefined\n}\n[error] provideInlineCompletionItems: FetchError: tunneling socket could not be established, cause=Failed to establish a socket connection to proxies: PROXY proxy.address:3128";
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in a proxy tunnel ended by a TLS alert (microsoft/vscode issue #283157)', () => {
    const text =
      '- github.com: FetchError: tunneling socket could not be established, cause=write EPROTO 80A8A5FFFF7F0000:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL alert number 80';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in a PKIX failure an IDE plugin calls a network error (Aalto-LeTech/aplus-courses issue #600)', () => {
    const text =
      'The A+ Courses plugin encountered a network error: Please check your network connection and try again. Error message: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Gradle's daemon connector that names no cause (android/codelab-android-room-with-a-view issue #120)", () => {
    const text =
      'Gradle sync failed: Could not connect to server [66817f96-796f-482d-80d5-2e2885153383 port:63864, addresses:[/127.0.0.1]]. Tried addresses: [/127.0.0.1].';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in lsp-mode's own TCP connection deadline (emacs-lsp/lsp-mode issue #4822)", () => {
    const text =
      'Debugger entered--Lisp error: (error "Port 1044 was never taken. Consider increasing ‘lsp-tcp-connection-timeout’.")';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in the license dialog's words without a cause (p1ratrulezzz/brainser issue #22)", () => {
    expect(anyIds('Cannot obtain ticket from http://127.0.0.1:1337 due to connectivity problem.')).toEqual(
      [],
    );
  });

  it("finds nothing in Xcode's source-control code -1005 for missing credentials (segmentio/analytics-swift issue #32)", () => {
    const text =
      'x-swift-package-repository-authentication://?scm=com.apple.dt.Xcode.sourcecontrol.Git&url=git@github.com:segmentio/Sovran-Swift.git#error=-1005 Authentication failed because the credentials were missing';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in sdkmanager's short download (travis-ci/travis-ci issue #8879)", () => {
    const text =
      'java.io.IOException: Connection closed at byte 4194272. Expected 51453171 bytes.\nWarning: An error occurred while preparing SDK package Sources for Android 34: Connection closed at byte 4194272. Expected 51453171 bytes..';
    expect(anyIds(text)).toEqual([]);
  });
});
