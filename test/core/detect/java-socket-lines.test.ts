import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Java's socket exceptions on a Linux box whose locale translates strerror (corpus round 9). */
describe("detectErrors reads Java's SocketException in glibc's Chinese words", () => {
  it("reads '断开的管道' (EPIPE) after java.net.SocketException, with or without '(Write failed)'", () => {
    // happyfish100/fastdfs-client-java issue #35, springside/springside4 issue #338 (c9-117, c9-116).
    const trace =
      'java.net.SocketException: 断开的管道 (Write failed)\n\tat java.net.SocketOutputStream.socketWrite0(Native Method)';
    expect(highIds(trace)).toEqual(['EPIPE']);
    expect(highIds('获取数据库连接时 java.net.SocketException: 断开的管道')).toEqual(['EPIPE']);
  });

  it('reads a reset and the broken pipe after it as two errors (tobato/FastDFS_Client issue #166, c9-118)', () => {
    const title =
      'java.net.SocketException: Connection reset 报错后报 java.net.SocketException: 断开的管道 (Write failed)';
    expect(highIds(title)).toEqual(['10054', 'EPIPE']);
  });

  it('leaves the translated text alone where no socket exception names it', () => {
    expect(detectErrors('管道命令 | head 报错：断开的管道')).toEqual([]);
  });
});

describe("detectErrors tells Java's socket writes from its file and pipe writes", () => {
  it('leaves an EPIPE written through FileOutputStream (a pipe) alone (magnusja/libaums issue #389, c9-123)', () => {
    const trace =
      'java.io.IOException: write failed: EPIPE (Broken pipe)\n\tat libcore.io.IoBridge.write(IoBridge.java:531)\n\tat java.io.FileOutputStream.write(FileOutputStream.java:381)';
    expect(detectErrors(trace)).toEqual([]);
  });

  it('still reads EPIPE written through the NIO socket dispatcher (YunaiV/ruoyi-vue-pro issue #493, c9-120)', () => {
    const trace =
      'java.io.IOException: Broken pipe\n\tat sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:47)';
    expect(highIds(trace)).toEqual(['EPIPE']);
  });
});
