import { afterEach, describe, expect, it } from 'vitest';
import { loadDetectionRules } from '../../../src/infra/data/index.js';
import { anyIds, highIds } from '../../helpers/detect.js';
import { dataWith, removeDataCopies } from './edited-detection-data.js';

afterEach(removeDataCopies);

/** Lines from live-streaming tools and media servers, from real pastes of corpus round 203. */
describe("detectErrors reads librtmp's numbers after its connect and send failures", () => {
  it("reads RTMP_Connect0's Winsock 10060 with 'Unknown error' as a timeout (c203-008)", () => {
    const text = [
      'Connecting ...',
      'ERROR: RTMP_Connect0, failed to connect socket. 10060 (Unknown error)',
    ].join('\n');
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads RTMP_Connect0's Winsock 10061 from ffmpeg as a refusal (c203-010)", () => {
    const text = [
      'RTMP_Connect0, failed to connect socket. 10061 (Unknown error)',
      'rtmp://live.wuhaolin.cn/live/reflv: Unknown error occurred',
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
  });

  it("still reads RTMP_Connect0's Linux errno with its text as a refusal (c203-011)", () => {
    expect(highIds('RTMP_Connect0, failed to connect socket. 111 (Connection refused)')).toEqual(['10061']);
  });

  it("reads OBS's WriteN errno 104 as a reset and the EBADF after it (c203-001)", () => {
    const text = [
      '10:13:39.613: WriteN, RTMP send error 104 (453 bytes)',
      '10:13:39.613: WriteN, RTMP send error 9 (115 bytes)',
    ].join('\n');
    expect(highIds(text)).toEqual(['10009', '10054']);
  });

  it("reads WriteN's errno 32 as EPIPE on the RTMP socket (c203-025)", () => {
    expect(highIds('WriteN, RTMP send error 32 / 9')).toEqual(['EPIPE']);
  });

  it("reads WriteN's Winsock code on Windows as itself", () => {
    expect(highIds('WriteN, RTMP send error 10053 (4096 bytes)')).toEqual(['10053']);
  });

  it('reads no error from a byte count or an unrelated "send error" number', () => {
    expect(anyIds('Output: frames dropped, send error 32 times')).toEqual([]);
  });
});

describe("detectErrors reads FFmpeg's 'Broken pipe' after a network output's trailer as the socket's", () => {
  it('reads the rtmp:// output as EPIPE even with a write-error line near (c203-018)', () => {
    const text = [
      '[2024-05-20 18:17:28.85612] [ERROR] [Encoder] av_interleaved_write_frame(): Broken pipe',
      '[2024-05-20 18:17:28.85645] [ERROR] [Encoder] Error writing trailer of rtmp://stream.s1sream.me/stream1/stream: Broken pipe',
      '[2024-05-20 18:17:28.86162] [ERROR] Encoder write error: broken pipe',
    ].join('\n');
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads nothing after a pipe: output's trailer", () => {
    const text = [
      '[2024-05-20 18:17:28.86188] [ERROR] [Decoder] av_interleaved_write_frame(): Broken pipe',
      '[2024-05-20 18:17:28.86637] [ERROR] [Decoder] Error writing trailer of pipe:: Broken pipe',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it('reads no EINVAL after a network output from non-monotonic timestamps', () => {
    const text = [
      'av_interleaved_write_frame(): Invalid argument',
      'Error writing trailer of rtmp://a.rtmp.youtube.com/live2/key: Invalid argument',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  // A socket phrase with no condition names its socket in its own words (Go's `write: broken pipe`,
  // ordinary-third-lines.test.ts); one whose only condition follows it has nothing that names it.
  it("rejects a phrase's socket flag with only a condition after it", () => {
    const dir = dataWith('runtime-phrases.json', (json) => {
      (json.phrases as Record<string, unknown>[])[0] = {
        text: 'Broken pipe',
        id: 'EPIPE',
        confidence: 'high',
        socket: true,
        requiresAfter: ['at Socket'],
        source: 's',
      };
    });
    expect(() => loadDetectionRules(dir)).toThrow(/phrases\[0\]: field "socket"/);
  });
});

describe('detectErrors leaves the streaming tools own failures alone', () => {
  it("finds nothing in rtspsrc's response timeout (c203-029)", () => {
    const text = [
      'ERROR: from element /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0: Could not read from resource.',
      'Could not receive message. (Timeout while waiting for server response)',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in OBS Classic's FD_CLOSE with error 0 (c203-043)", () => {
    const text = [
      '12:16:53: RTMPPublisher::SocketLoop: Received FD_CLOSE, 7 ms since last send (buffer: 0 / 528384)',
      '12:16:53: RTMPPublisher::SocketLoop: Aborting due to FD_CLOSE, error 0',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Liquidsoap's 401 from Icecast (c203-032)", () => {
    const text =
      '2024/01/14 13:30:18 [91782726_3:2] Connection failed: 401, Authentication Required (HTTP/1.0)';
    expect(anyIds(text)).toEqual([]);
  });
});
