import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** tungstenite's errors as Rust WebSocket clients and servers print them, from real pastes of corpus round 16. */
describe("detectErrors leaves tungstenite's own end-of-stream error alone", () => {
  it("ignores 'Connection reset without closing handshake', tungstenite's EOF without a Close frame (snapview/tungstenite-rs issue #372)", () => {
    const text =
      'Sometimes, after successfully connecting and receiving three or four packets, I encounter the error message "WebSocket protocol error: Connection reset without closing handshake."';
    expect(anyIds(text)).toEqual([]);
  });

  it('ignores the lower-case wording of newer tungstenite releases', () => {
    expect(anyIds('WebSocket protocol error: connection reset without closing handshake')).toEqual([]);
  });

  it('still reads a real reset that tungstenite passes on as an I/O error', () => {
    expect(highIds('WebSocket stream error: IO error: Connection reset by peer (os error 104)')).toEqual([
      '10054',
    ]);
    expect(highIds('java.net.SocketException: Connection reset')).toEqual(['10054']);
  });
});
