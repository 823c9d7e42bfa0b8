import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Node.js developers' pastes on Windows and Electron dev servers, from real pastes of corpus round 216. */
describe("detectErrors reads Chromium's ERR_SOCKET_NOT_CONNECTED as ENOTCONN at medium confidence", () => {
  it("finds it in Electron's failed page load (c216-023)", () => {
    const text = 'electron: Failed to load URL: http://localhost:5173/ with error: ERR_SOCKET_NOT_CONNECTED';
    expect(anyIds(text)).toEqual(['10057']);
  });

  it('keeps it below high, since Chromium also returns the name from its own state checks', () => {
    const text = 'electron: Failed to load URL: http://localhost:5173/ with error: ERR_SOCKET_NOT_CONNECTED';
    expect(highIds(text)).toEqual([]);
  });

  it('leaves the bare words of the name alone', () => {
    expect(anyIds('socket not connected yet, waiting for the dev server')).not.toContain('10057');
  });
});

describe("detectErrors keeps Node's listen errors on Windows apart from the package managers' own statuses", () => {
  it("reads next dev's listen EACCES with libuv's Windows -4092 as WSAEACCES (c216-007)", () => {
    const text = `> Error: listen EACCES: permission denied 0.0.0.0:3001
>   code: 'EACCES',
>   errno: -4092,
>   syscall: 'listen',`;
    expect(highIds(text)).toEqual(['10013']);
  });

  it("finds nothing in pnpm's proxy-authentication retry warning (c216-032)", () => {
    const text =
      'WARN  GET https://registry.npmjs.org/tslib/-/tslib-2.4.1.tgz error (ERR_PNPM_FETCH_407). Will retry in 10 seconds. 2 retries left.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in npm's file EBUSY with libuv's Windows -4082 (c216-046)", () => {
    const text = `npm ERR! code EBUSY
npm ERR! errno -4082
npm ERR! syscall rename`;
    expect(anyIds(text)).toEqual([]);
  });
});
