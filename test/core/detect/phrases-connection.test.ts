import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

describe('detectErrors reads the Win32 twin of a refused connection', () => {
  it('reads ERROR_CONNECTION_REFUSED (1225) as a refusal, as Python, Dart and SQL Server print it', () => {
    // Public-code index ids 25308477610, 59892372655, 13975481950.
    for (const text of [
      'ConnectionError: Failed to create WebSocket connection after 3 attempts: [WinError 1225] The remote computer refused the network connection',
      'fails with SocketException (OS Error: The remote computer refused the network connection, errno = 1225).',
      '(provider: TCP Provider, error: 0 - The remote computer refused the network connection.)',
    ])
      expect(highIds(text), text).toEqual(['10061']);
  });

  it('reads its Chinese Windows text (dev c2-284, Dart on Chinese Windows 11)', () => {
    const text =
      'Error: SocketException: 远程计算机拒绝网络连接。\n (OS Error: 远程计算机拒绝网络连接。\n, errno = 1225), address = 127.0.0.1, port = 4160';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe('detectErrors reads the wording of HTTP clients', () => {
  it("reads VS Code REST Client's refusal text (dev c2-152)", () => {
    const text =
      'The connection was rejected. Either the requested service isn’t running on the requested server/port, the proxy settings in vscode are misconfigured, or a firewall is blocking requests. Details: RequestError.';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors takes nginx's log actions as socket context", () => {
  it('reads a broken pipe while nginx sends to a client or an upstream as EPIPE', () => {
    // Public-code index ids 14030381898, 59920452163, 41012017268.
    for (const text of [
      '*259 writev() failed (32: Broken pipe) while sending to client, client: 172.20.0.6, server: , request: "GET /en HTTP/1.1"',
      'SSL_write() failed (32: Broken pipe) while sending request to upstream,',
      '*1 sendfile() failed (32: Broken pipe) while sending response to client, client: 127.0.0.1, server: localhost',
    ])
      expect(highIds(text), text).toEqual(['EPIPE']);
  });

  it("still ignores a shell pipe's broken pipe", () => {
    expect(detectErrors('cat: write error: Broken pipe')).toEqual([]);
  });
});

describe('detectErrors reads the error codes of browsers', () => {
  it("reads Chromium's DNS probe code and its page text for a name that does not resolve", () => {
    // Public-code index ids 56784876348, 21237556933.
    expect(
      highIds('Check if there is a typo in mcp.partenon.medgaz.com.\nDNS_PROBE_FINISHED_NXDOMAIN'),
    ).toEqual(['11001']);
    expect(
      highIds('This site cannot be reached" nemesis.company.local’s server IP address could not be found.'),
    ).toEqual(['11001']);
  });

  it("reads Firefox's network error codes as Playwright prints them", () => {
    // Public-code index id 54049231124.
    expect(highIds('Error: page.goto: NS_ERROR_CONNECTION_REFUSED\nCall log:')).toEqual(['10061']);
    expect(highIds('Error: page.goto: NS_ERROR_UNKNOWN_HOST')).toEqual(['11001']);
  });

  it("reads NSPR's reset code on Firefox's 'Secure Connection Failed' page, not its end-of-file code", () => {
    // readthedocs/readthedocs.org issue #10698; webcompat/web-bugs issue #131507.
    const page = 'Secure Connection Failed\n\nAn error occurred during a connection to';
    expect(
      highIds(`${page} readthedocs.org. PR_CONNECT_RESET_ERROR\n\nError code: PR_CONNECT_RESET_ERROR`),
    ).toEqual(['10054']);
    expect(
      detectErrors(`${page} mullvad.net. PR_END_OF_FILE_ERROR\n\nError code: PR_END_OF_FILE_ERROR`),
    ).toEqual([]);
  });

  it("leaves a Content-Security-Policy 'Refused to connect' alone", () => {
    const csp =
      "Refused to connect to 'wss://x.com/' because it violates the following Content Security Policy directive: \"connect-src 'self'\".";
    expect(detectErrors(csp)).toEqual([]);
  });
});

describe("detectErrors reads the errc-style names OONI's probes print for a failure", () => {
  it('reads connection_refused and connection_reset as the refusal and the reset', () => {
    // measurement-kit's log (corpus c4-044); an OONI measurement's network event (public-code index id 24745489762).
    expect(highIds('W/ooni: reason why connect() has failed: connection_refused')).toEqual(['10061']);
    expect(highIds('"cipher_suite": "",\n"failure": "connection_reset",\n"negotiated_protocol": ""')).toEqual(
      ['10054'],
    );
  });
});

describe('detectErrors reads a macOS connect timeout after PHP mysqlnd [2002]', () => {
  it("reads it as a timeout, and still not curl's own deadline", () => {
    expect(highIds('SQLSTATE[HY000] [2002] Operation timed out')).toEqual(['10060']);
    expect(
      detectErrors('cURL error 28: Operation timed out after 10070 milliseconds with 0 bytes received'),
    ).toEqual([]);
  });
});

describe("detectErrors reads Spring Boot's port-in-use analysis", () => {
  it('reads it as address in use (public-code index id 59375047840)', () => {
    const text =
      'APPLICATION FAILED TO START\n***************************\n\nDescription:\n\nWeb server failed to start. Port 8080 was already in use.\n\nAction:';
    expect(highIds(text)).toEqual(['10048']);
  });
});

describe('detectErrors reads the strerror texts of AIX and IBM i', () => {
  it('reads a refusal, a reset and a timeout in their words (public-code index ids 32021145024, 13048340401)', () => {
    // sitemule/ILEvator issue #26 (c6-050): IBM i pads the message, so the space is doubled.
    expect(
      highIds('Connection failed: localhost A remote host refused an attempted connect  operation..'),
    ).toEqual(['10061']);
    expect(highIds('ntpq: read: A remote host refused an attempted connect operation.')).toEqual(['10061']);
    expect(highIds('recv: A connection with a remote socket was reset by that socket.')).toEqual(['10054']);
    expect(highIds('failed:  (A remote host did not respond within the timeout period')).toEqual(['10060']);
  });
});
