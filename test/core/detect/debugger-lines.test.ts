import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Debuggers and IDE connections (gdb and gdbserver, lldb, JDWP, debugpy, Xdebug, Node's inspector):
 * real pastes of corpus round 63. gdb reports a `target remote` connect that failed as
 * `<host>:<port>: <strerror>.`, so on macOS ETIMEDOUT reads `Operation timed out` with no `connect`
 * before it; debuggers' own handshake and deadline words name no socket error.
 */
describe('detectErrors reads debugger connection lines', () => {
  it.each([
    [
      'crossbridge/sdk/usr/bin/../../usr/share/flascc-run.gdb:1: Error in sourced command file:\nlocalhost:6666: Operation timed out.',
    ],
    [
      'Error message from debugger back end:\nlocalhost:3333: Operation timed out.\nFailed to execute MI command:\n-target-select remote localhost:3333',
    ],
  ])("reads gdb's macOS connect timeout %j as WSAETIMEDOUT", (text) => {
    expect(highIds(text)).toEqual(['10060']);
  });

  it.each([
    [
      '[38980] [Step Debug] ERR: Time-out connecting to debugging client, waited: 200 ms. Tried: localhost:9003 (through xdebug.client_host/xdebug.client_port) :-(',
    ],
    ['java.io.IOException: handshake failed - connection prematurally closed'],
    ['error: Connection shut down by remote side while waiting for reply to initial handshake packet'],
    ['error: failed to get reply to handshake packet within timeout of 0.0 seconds'],
    ['Remote communication error.  Target disconnected.: No error.'],
    ['ptrace: Operation not permitted.'],
    ['Connection to server got closed. Server will not be restarted.'],
    ['Unable to open devtools socket: Unknown system error 0'],
  ])('ignores %j', (text) => {
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads getaddrinfo's own EAI_SYSTEM beside libuv's unknown-code wording", () => {
    expect(anyIds('getaddrinfo EAI_SYSTEM: System error')).toContain('EAI_SYSTEM');
  });
});
