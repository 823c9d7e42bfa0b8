import { createReadStream, openSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { isatty, ReadStream } from 'node:tty';

/**
 * Whether FILE is read as a stream, as standard input is, because it may never end: a pipe (bash's
 * `sockerr scan <(tail -f app.log)`, a /dev/fd path, or a FIFO made with mkfifo) or a character
 * device (a serial console's `/dev/ttyUSB0`, `/dev/tty`, `/dev/zero`). False for anything else, a
 * name that is not there included (read as a file, which says why it cannot be).
 */
export function isStreamSource(source: string): boolean {
  if (source === '-' || source === '') return false;
  try {
    const stat = statSync(source);
    return stat.isFIFO() || stat.isCharacterDevice();
  } catch {
    return false;
  }
}

/**
 * A pipe or a device opened as standard input is when it is one: a stream that Ctrl-C or SIGTERM can
 * let go of, so the errors read so far are reported. Read as a file is (synchronously, to its end), a
 * signal's handler could not run, and Ctrl-C ended the process with every finding unsaid.
 */
export function openStreamSource(source: string): Readable {
  const fd = openSync(source, 'r');
  // A pipe and a terminal are polled by the event loop, and let go of at once; another device
  // (`/dev/zero`) is a file to libuv, read on the thread pool, where each read returns at once.
  if (statSync(source).isFIFO()) return new Socket({ fd, readable: true, writable: false });
  if (isatty(fd)) return new ReadStream(fd);
  return createReadStream('', { fd });
}
