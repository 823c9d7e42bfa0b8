import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Electron desktop apps' and VS Code's remote and extension-host logs, from real pastes of corpus round 138. */
describe("detectErrors reads curl's Winsock text 'Bad access' after a failed connect", () => {
  it("reads GitHub Desktop's bundled git on Windows as WSAEACCES at high confidence (c138-035)", () => {
    const text =
      "unable to access 'https://github.com/[our_repo].git/': Failed to connect to github.com port 443: Bad access";
    expect(highIds(text)).toEqual(['10013']);
  });

  it("keeps curl's sibling text 'Timed out' read the same way (c138-039)", () => {
    const text =
      "fatal: unable to access 'https://github.com/knative/serving.git/': Failed to connect to github.com port 443: Timed out";
    expect(highIds(text)).toEqual(['10060']);
  });

  it('leaves the words alone without the failed connect before them', () => {
    expect(anyIds('Bad access')).toEqual([]);
    expect(anyIds('Segmentation fault: Bad access to memory at 0x0')).toEqual([]);
  });
});

describe("detectErrors reads the error inside VS Code's 'A system error occurred' wrapper, not the wrapper", () => {
  it("reads only the refusal in the shared process's uncaught exception (c138-002)", () => {
    const text =
      '[2022-09-11 21:58:57.786] [sharedprocess] [error] [uncaught exception in sharedProcess]: A system error occurred (connect ECONNREFUSED 127.0.0.1:56282): Error: connect ECONNREFUSED 127.0.0.1:56282';
    expect(anyIds(text)).toEqual(['10061']);
  });

  it("leaves Node's ERR_SYSTEM_ERROR wording alone", () => {
    expect(anyIds('A system error occurred: uv_os_gethostname returned ENOSYS')).toEqual([]);
  });

  it("still notices gai_strerror's own 'System error' after getaddrinfo", () => {
    expect(anyIds('getaddrinfo: System error')).toEqual(['EAI_SYSTEM']);
  });
});

describe("detectErrors reads Chromium's and Node's socket errors in Electron apps", () => {
  it("reads electron-updater's ERR_CONNECTION_RESET in Bitwarden's update dialog (c138-010)", () => {
    const text =
      'Error: net::ERR_CONNECTION_RESET\n    at SimpleURLLoaderWrapper.<anonymous> (node:electron/js2c/browser_init:101:7169)\n    at SimpleURLLoaderWrapper.emit (node:events:526:28)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Copilot's FetcherService name failures as host not found (c138-007)", () => {
    const text =
      '2026-01-18 12:46:03.755 [info] FetcherService: electron-fetch failed with error: net::ERR_NAME_NOT_RESOLVED\n2026-01-18 12:46:03.898 [info] FetcherService: node-http failed with error: getaddrinfo ENOTFOUND api.github.com';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads the VS Code CLI tunnel host's Rust refusal (c138-031)", () => {
    const text =
      '[2023-01-20 09:16:07] info [tunnels::connections::relay_tunnel_host] Error connecting forwarding to 127.0.0.1:12146, No connection could be made because the target machine actively refused it. (os error 10061)';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors leaves Electron apps' own timeouts, closes and certificate errors alone", () => {
  it("leaves Chromium's own ERR_TIMED_OUT and ERR_CONNECTION_CLOSED alone (c138-014, c138-016)", () => {
    expect(
      anyIds(
        'Error: Error: net::ERR_TIMED_OUT at SimpleURLLoaderWrapper.<anonymous> (node:electron/js2c/browser_init:101:7167)',
      ),
    ).toEqual([]);
    expect(anyIds('Cannot check for updates: Error: net::ERR_CONNECTION_CLOSED')).toEqual([]);
  });

  it('leaves ERR_HTTP2_PROTOCOL_ERROR and ERR_CERT_AUTHORITY_INVALID alone (c138-015, c138-045)', () => {
    expect(anyIds('Uncaught Exception:\nError: net::ERR_HTTP2_PROTOCOL_ERROR')).toEqual([]);
    expect(anyIds('Error: net::ERR_CERT_AUTHORITY_INVALID')).toEqual([]);
  });

  it("leaves VS Code's WebSocket close code 1006 alone (c138-027)", () => {
    const text =
      'Failed to connect to the remote extension host server (Error: WebSocket close with status code 1006)';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves node-fetch's own 'network timeout at:' alone (c138-023)", () => {
    expect(anyIds('FetchError: network timeout at: https://content.dropboxapi.com/2/files/download')).toEqual(
      [],
    );
  });

  it("leaves curl's 'Couldn't connect to server' without an OS reason alone (c138-036)", () => {
    const text =
      "fatal: unable to access 'https://github.com/x/y.git/': Failed to connect to github.com port 443 after 21054 ms: Couldn't connect to server";
    expect(anyIds(text)).toEqual([]);
  });
});
