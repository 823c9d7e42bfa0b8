import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Front-end dev servers' proxies and test runners, from real pastes of corpus round 178
 * (`test/fixtures/corpus/round178.jsonl`, ids c178-…). No rule was added for the round: these pin what the
 * detector already reads, in both directions, so a later rule cannot flag the tools' own deadlines and notices.
 */
describe("detectErrors reads the dev servers' proxy errors by Node's code", () => {
  it("reads Next.js's 'Failed to proxy' over a refusal on ::1 (customeros/customeros issue 306)", () => {
    const text =
      "Failed to proxy http://localhost:8070/customer-os/registered-apps Error: connect ECONNREFUSED ::1:8070\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1300:16) {\n  errno: -61,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '::1',\n  port: 8070\n}";
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads a reset and a refusal from one Angular CLI proxy log as two errors (Jerga99/bwm-ng issue 25)', () => {
    const text =
      '[HPM] Error occurred while trying to proxy request /api/v1/reviews/5d93337a6acd1f0dc81c26ce/rating from localhost:4200 to http://localhost:3001 (ECONNRESET) (https://nodejs.org/api/errors.html#errors_common_system_errors)\n[HPM] Error occurred while trying to proxy request /api/v1/rentals from localhost:4200 to http://localhost:3001 (ECONNREFUSED) (https://nodejs.org/api/errors.html#errors_common_system_errors)';
    expect(highIds(text)).toEqual(['10054', '10061']);
  });

  it("reads early http-proxy-middleware's 'Proxy error: ECONNREFUSED host/path' (chimurai/http-proxy-middleware issue 21)", () => {
    expect(highIds('`[HPM] Proxy error: ECONNREFUSED localhost:8000/api/authenticate`')).toEqual(['10061']);
  });

  it("reads Create React App's proxy line with ECONNRESET at its end (react/create-react-app issue 10895)", () => {
    const text =
      'Proxy error: Could not proxy request /graphql/ from localhost:3000 to http://localhost:8080.\nSee https://nodejs.org/api/errors.html#errors_common_system_errors for more information (ECONNRESET).';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads BrowserSync's error printed as JSON and its proxy's socket hang up (BrowserSync issues 70 and 518)", () => {
    expect(
      highIds('An error has occurred: {"code":"ECONNREFUSED","errno":"ECONNREFUSED","syscall":"connect"}.'),
    ).toEqual(['10061']);
    expect(highIds('[BS] [proxy error] socket hang up. Is this still an open bug:')).toEqual(['10054']);
  });

  it("reads Storybook's listen EADDRNOTAVAIL with libuv's Windows number (storybookjs/storybook issue 17339)", () => {
    const text =
      "Error: listen EADDRNOTAVAIL: address not available 23.224.227.198:57231\n    at Server.setupListenHandle [as _listen2] (node:net:1317:21)\n  code: 'EADDRNOTAVAIL',\n  errno: -4090,\n  syscall: 'listen',";
    expect(highIds(text)).toEqual(['10049']);
  });
});

describe("detectErrors finds nothing in the test runners' own waits and deadlines", () => {
  it("finds nothing in Playwright's webServer deadline (microsoft/playwright issue 11287)", () => {
    const text =
      'Error: Timed out waiting 10000ms from config.webServer.\n    at WebServer._waitForAvailability (C:\\src\\new-firma-certa\\node_modules\\@playwright\\test\\lib\\webServer.js:118:25)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Cypress's baseUrl check giving up (cypress-io/cypress issue 27990)", () => {
    const text =
      'Cypress could not verify that this server is running:\n\n  > http://localhost:5173\n\nWe are verifying this server because it has been configured as your baseUrl.\n\nCypress automatically waits until your server is accessible before running tests.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Karma's capture and no-activity timeouts (karma-runner issues 2652 and 154)", () => {
    const text =
      '06 06 2017 10:22:28.887:WARN [launcher]: ChromeHeadless have not captured in 60000 ms, killing.\n25 09 2017 13:58:19.552:WARN [HeadlessChrome 0.0.0 (Linux 0.0.0)]: Disconnected (1 times), because no message in 120000 ms.\nHeadlessChrome 0.0.0 (Linux 0.0.0) ERROR\n  Disconnected, because no message in 120000 ms.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in BrowserSync's own 'Proxy address not reachable' check (BrowserSync/gulp-browser-sync issue 31)", () => {
    expect(anyIds('`[ERROR] Proxy address not reachable. Is your server running?`')).toEqual([]);
  });
});

describe("detectErrors finds nothing in the dev servers' notices that are no socket error", () => {
  it("finds nothing in Vite's HMR disconnect notice beside Chrome's reasonless WebSocket line (nuxt/nuxt issue 24855)", () => {
    const text =
      "client.ts:77 WebSocket connection to 'wss://dev.***.in/_nuxt/hmr/' failed: \nsetupWebSocket @ client.ts:77\nclient.ts:105 [vite] server connection lost. polling for restart...";
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads the ERR_CONNECTION_REFUSED of the restart poll beside that notice (solidjs/solid-vite-plugin issue 159)', () => {
    const text =
      '[vite] server connection lost. Polling for restart...\nclient:732 GET http://localhost:42093/_build/ net::ERR_CONNECTION_REFUSED client:732';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("finds nothing in webpack-dev-server's 'Invalid Host header' (callemall/material-ui-webpack-example issue 10)", () => {
    expect(
      anyIds('I accessing the web server that the following message is displayed.\n\nInvalid Host header'),
    ).toEqual([]);
  });

  it("finds nothing in Create React App's port prompt (react/react issue 22206)", () => {
    const text =
      '? Something is already running on port 12345.\nWould you like to run the app on another port instead? › (Y/n)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Vite's proxy error over a certificate (vitejs/vite issue 3475)", () => {
    expect(anyIds('[vite] http proxy error:\n Error: self signed certificate in certificate chain')).toEqual(
      [],
    );
  });

  it("finds nothing in npm's spawn ENOENT for a missing start-storybook (storybookjs/storybook issue 311)", () => {
    const text =
      'sh: start-storybook: command not found\n\nnpm ERR! code ELIFECYCLE\nnpm ERR! errno ENOENT\nnpm ERR! sys call spawn\nnpm ERR! spawn ENOENT';
    expect(anyIds(text)).toEqual([]);
  });
});
