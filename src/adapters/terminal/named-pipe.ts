import { openSync, statSync } from 'node:fs';
import { Socket } from 'node:net';

/**
 * Whether FILE is a pipe: bash's `sockerr scan <(tail -f app.log)` (a /dev/fd path), or a FIFO
 * made with mkfifo. Like standard input, it may never end. False for anything else, a name that is
 * not there included (read as a file, which says why it cannot be).
 */
export function isNamedPipe(source: string): boolean {
  if (source === '-' || source === '') return false;
  try {
    return statSync(source).isFIFO();
  } catch {
    return false;
  }
}

/**
 * A named pipe opened as standard input is when it is one: a stream that Ctrl-C or SIGTERM can let
 * go of, so the errors read so far are reported. Read as a file is (synchronously, to its end), a
 * signal's handler could not run, and Ctrl-C ended the process with every finding unsaid.
 */
export function openNamedPipe(source: string): Socket {
  return new Socket({ fd: openSync(source, 'r'), readable: true, writable: false });
}
