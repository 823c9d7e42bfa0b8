import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Browser automation and end-to-end test runners as engineers paste their CI failures (corpus round 107). */
describe("detectErrors leaves the DevTools Protocol clients' own 'Protocol error (…)' alone", () => {
  it("leaves Puppeteer's closed-target error alone under its Connection.js stack (c107-031)", () => {
    const text = [
      '/tmp/test-p/node_modules/puppeteer/lib/cjs/puppeteer/common/Connection.js:217',
      '            this._callbacks.set(id, { resolve, reject, error: new Error(), method });',
      '                                                              ^',
      '',
      'Error: Protocol error (Page.navigate): Target closed.',
      '    at /tmp/test-p/node_modules/puppeteer/lib/cjs/puppeteer/common/Connection.js:217:63',
      '    at new Promise (<anonymous>)',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves the bare CDP method lines alone, and with socket words added after them (c107-029, c107-030)', () => {
    const lines =
      'Error: Protocol error (Emulation.setDeviceMetricsOverride): Target closed.\nError: Protocol error (Target.setAutoAttach): Target closed.';
    expect(anyIds(lines)).toEqual([]);
    expect(anyIds('› Protocol error (Page.navigate): Target closed.')).toEqual([]);
    expect(
      anyIds('Error: Protocol error (Page.navigate): Target closed. The connection to the browser was lost'),
    ).toEqual([]);
  });

  it("still reads the OS's own text followed by a parenthesis, with no CDP client near", () => {
    // Rust's io::Error Display: the strerror text, then `(os error N)`; EPROTO is 71 on Linux.
    expect(highIds('recvmsg on the socket: Protocol error (os error 71); connection dropped')).toEqual([
      'EPROTO',
    ]);
  });
});

describe('detectErrors reads the driver and server ports refused, as every client prints it', () => {
  it("reads Selenium Java's refused driver port through Apache HttpClient and OkHttp's cause (c107-018, c107-019, c107-017)", () => {
    expect(
      highIds(
        'org.openqa.selenium.WebDriverException: org.apache.http.conn.HttpHostConnectException: Connect to localhost:13956 [localhost/127.0.0.1, localhost/0:0:0:0:0:0:0:1] failed: Connection refused: connect',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'Exception in thread "main" org.openqa.selenium.WebDriverException: org.apache.http.conn.HttpHostConnectException: Connect to localhost:21005 [localhost/127.0.1.1] failed: Connection refused (Connection refused)',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        '2021-01-18T20:31:34.5820160Z Caused by: java.net.ConnectException: Failed to connect to localhost/0:0:0:0:0:0:0:1:27231\n2021-01-18T20:31:34.5821960Z Caused by: java.net.ConnectException: Connection refused (Connection refused)',
      ),
    ).toEqual(['10061']);
  });

  it("reads the Node and Python clients' refusals and a Grid host not found (c107-001, c107-010, c107-009)", () => {
    expect(
      highIds('Failed to connect to selenium. Attempts left: 115 connect ECONNREFUSED ::1:4444'),
    ).toEqual(['10061']);
    expect(highIds('    sock.connect(sa)\nConnectionRefusedError: [Errno 111] Connection refused')).toEqual([
      '10061',
    ]);
    expect(
      highIds(
        "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='selenium-chrome', port=4444): Max retries exceeded with url: /wd/hub/session (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x1199345d0>: Failed to establish a new connection: [Errno 8] nodename nor servname provided, or not known'))",
      ),
    ).toEqual(['11001']);
  });

  it("leaves OkHttp's bare 'Failed to connect to' the driver alone: its cause is not shown (c107-039)", () => {
    const text =
      'Exception in thread "main" org.openqa.selenium.WebDriverException: java.net.ConnectException: Failed to connect to localhost/0:0:0:0:0:0:0:1:4585';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads Chromium's net:: codes as round 30 labels them", () => {
  it('reads ERR_CONNECTION_REFUSED, ERR_NAME_NOT_RESOLVED and ERR_CONNECTION_RESET (c107-007, c107-022, c107-021)', () => {
    expect(highIds('> Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/')).toEqual([
      '10061',
    ]);
    expect(highIds('OpenQA.Selenium.WebDriverException: unknown error: net::ERR_NAME_NOT_RESOLVED')).toEqual([
      '11001',
    ]);
    expect(highIds('<p>Erreur 101 (net::ERR_CONNECTION_RESET) : The connection was reset.</p>')).toEqual([
      '10054',
    ]);
  });

  it('leaves certificate errors and a cancelled navigation alone (c107-044, c107-045)', () => {
    expect(
      anyIds(
        'Microsoft.Playwright.PlaywrightException: net::ERR_CERT_AUTHORITY_INVALID at https://localhost:5001/',
      ),
    ).toEqual([]);
    expect(anyIds('Error: page.goto: net::ERR_ABORTED')).toEqual([]);
  });
});

describe("detectErrors leaves the tools' own deadlines and states alone", () => {
  it("leaves Puppeteer's navigation and selector deadlines alone (c107-025, c107-047)", () => {
    expect(anyIds('TimeoutError: Navigation timeout of 30000 ms exceeded')).toEqual([]);
    expect(anyIds('{ TimeoutError: waiting for selector ".app" failed: timeout 30000ms exceeded')).toEqual(
      [],
    );
  });

  it("leaves Selenium's command and read deadlines alone (c107-035, c107-038)", () => {
    const dotnet =
      'Message: OpenQA.Selenium.WebDriverException : The HTTP request to the remote WebDriver server for URL http://localhost:51197/session timed out after 60 seconds.\n---- System.Net.WebException : The request was aborted: The operation has timed out.';
    expect(anyIds(dotnet)).toEqual([]);
    expect(
      anyIds('org.openqa.selenium.WebDriverException: java.net.SocketTimeoutException: Read timed out'),
    ).toEqual([]);
  });

  it("leaves Karma's no-activity disconnect and TestCafe's browser connection words alone (c107-042, c107-048)", () => {
    const karma =
      '22 11 2022 10:36:52.805:WARN [Chrome Headless 107.0.5304.87 (Linux x86_64)]: Disconnected (0 times) , because no message in 120000 ms.\n22 11 2022 10:36:53.445:INFO [Chrome Headless 107.0.5304.87 (Linux x86_64)]: Disconnected browser returned on socket Edu2BvlNcO99Nc0CAAAH with id 99993773.';
    expect(anyIds(karma)).toEqual([]);
    expect(
      anyIds(
        'Error: Unable to establish one or more of the specified browser connections. This can be caused by network issues or remote device failure.',
      ),
    ).toEqual([]);
  });
});
