import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from streaming media tools (ffmpeg, OBS, GStreamer, VLC, SRT), from real pastes of corpus round 54. */
describe("detectErrors leaves libsrt's own error texts alone", () => {
  it("finds nothing in SRT's handshake deadline wrapped in ConnectException (ThibaultBee/StreamPack issue #69)", () => {
    const text = [
      'E/StandaloneCoroutine: startStream failed',
      '    java.net.ConnectException: Connection setup failure: connection timed out',
      '        at io.github.thibaultbee.srtdroid.models.Socket.connect(Socket.kt:241)',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in SRT's 'Operation not supported: Invalid socket ID' (Haivision/srt issue #202)", () => {
    const text = [
      ' << 1316  ->  FAILURE',
      'srt_sendmsg: [5004] Operation not supported: Invalid socket ID.',
      'SrtCommon: DESTROYING CONNECTION, closing sockets',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in SRT's other API-misuse reasons (srtcore/strerror_defs.cpp)", () => {
    expect(
      anyIds('srt_listen: Operation not supported: Another socket is already listening on the same port'),
    ).toEqual([]);
  });
});

describe('detectErrors still reads the OS errors beside them', () => {
  it("reads ffmpeg's refused TCP connect under an RTMP output (illuspas/Node-Media-Server issue #378)", () => {
    const text = [
      '[tcp @ 0x558be7da50] Connection to tcp://localhost:1935 failed: Connection refused',
      '[rtmp @ 0x558be2d370] Cannot open connection tcp://localhost:1935',
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads ffmpeg's own connect timeout with the OS text (corpus c37-096 form)", () => {
    expect(
      highIds('[tcp @ 0x55966b622440] Connection to tcp://203.0.113.7:80 failed: Connection timed out'),
    ).toEqual(['10060']);
  });

  it('reads a kernel EOPNOTSUPP from a socket call that is not SRT wording', () => {
    expect(anyIds('sendmsg: Operation not supported')).toEqual(['ENOTSUP']);
  });
});

describe("detectErrors reads ffmpeg's negated Winsock codes on Windows", () => {
  it("reads av_strerror's 'Error number -10048 occurred' (a-schild/jave2 issue #217)", () => {
    expect(highIds('bind failed: Error number -10048 occurred')).toEqual(['10048']);
  });

  it('reads a reset on a write the same way (ff_neterrno passes WSAECONNRESET through)', () => {
    expect(highIds('av_interleaved_write_frame(): Error number -10054 occurred')).toEqual(['10054']);
  });

  it('reads no Winsock code from a number outside the Winsock range', () => {
    expect(anyIds('Error number -5 occurred')).toEqual([]);
  });
});
