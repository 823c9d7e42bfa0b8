import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Media pipelines and players: GStreamer elements, VLC and libVLC, mpv and FFmpeg, youtube-dl and
 * yt-dlp, SRT tools (corpus round 128). FFmpeg on Windows prints its connect timeout as a bare
 * `Error number -138 occurred`; FFmpeg's own output-format check and GStreamer's buffer-size warning
 * carry an errno text that is no socket failure.
 */
describe("FFmpeg's Windows connect timeout is read", () => {
  it('reads "Error number -138 occurred" after a tcp:// connect as a connect timeout (c128-020, c128-021)', () => {
    expect(
      highIds(
        '[ffmpeg] [tcp @ 000001C62FCFDCC0] Connection to tcp://127.0.0.1:5000 failed: Error number -138 occurred',
      ),
    ).toEqual(['10060']);
    expect(
      highIds('`Connection to tcp://XXXXX:1935?tcp_nodelay=0 failed: Error number -138 occurred`'),
    ).toEqual(['10060']);
  });

  it('still reads a negated Winsock code after the same words as that Winsock error (c54-009)', () => {
    expect(highIds('[udp @ 0000020e13b8d540] bind failed: Error number -10048 occurred')).toEqual(['10048']);
  });

  it('does not read another negative number after the same words', () => {
    expect(anyIds('Error number -1094995529 occurred')).toEqual([]);
  });
});

describe("the players' and pipelines' socket errors stay read", () => {
  it("reads VLC's net_Connect failure in French and libVLC's on Android (c128-001, c128-002)", () => {
    expect(highIds('[0x2091d58] main access error: connection failed: Connexion refusée')).toEqual(['10061']);
    expect(
      highIds(
        'E/VLC     ( 7806): [00000073446e0b90/1f56] libvlc stream: connection failed: Network is unreachable',
      ),
    ).toEqual(['10051']);
  });

  it("reads GStreamer tcpclientsink's GIO refusal (c128-009)", () => {
    const text = [
      'gsttcpclientsink.c(366): gst_tcp_client_sink_start (): /GstPipeline:pipeline0/GstTCPClientSink:tcpclientsink1:',
      "Failed to connect to host '127.0.0.1:9998': Connection refused",
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("the tools' own checks, statuses and warnings are left alone", () => {
  it("leaves FFmpeg's EINVAL for an output URL with no muxer (c128-028)", () => {
    const text = [
      "[NULL @ 0x2cf5500] Unable to find a suitable output format for 'tcp://remote:12345'",
      'tcp://remote:12345: Invalid argument',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves GStreamer udpsrc's SO_RCVBUFFORCE privilege warning (c128-039)", () => {
    expect(
      anyIds(
        '0:00:03.574829600     8 0x563c82e7a8c0 WARN                  udpsrc gstudpsrc.c:1445:gst_udpsrc_open:<udpsrc0> warning: Could not create a buffer of requested 524288 bytes (Operation not permitted). Need net.admin privilege?',
      ),
    ).toEqual([]);
  });

  it("leaves rtspsrc's generic failure, its own UDP wait and libsrt's handshake timeout (c128-030, c128-037, c128-023)", () => {
    expect(
      anyIds(
        'gstrtspsrc.c(7469): gst_rtspsrc_retrieve_sdp (): /GstPipeline:video-pipeline/GstURIDecodeBin:src/GstRTSPSrc:source:\nFailed to connect. (Generic error)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'warning: Could not receive any UDP packets for 5.0000 seconds, maybe your firewall is blocking it. Retrying using a tcp connection.',
      ),
    ).toEqual([]);
    expect(anyIds('srt_connect: Connection setup failure: connection time out.')).toEqual([]);
  });

  it('still reads a real EINVAL or EPERM from a socket call elsewhere', () => {
    expect(highIds('bind failed: Invalid argument (errno 22) on socket')).not.toEqual([]);
  });
});
