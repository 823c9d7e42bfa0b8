import { describeFsError } from './fs-error.js';

/** What went wrong writing the output, for the exit code: nothing, the reader left, or a failure. */
export interface OutputState {
  failed: boolean;
}

/**
 * Writes to stdout or stderr without a stack trace when the other end fails. A reader that has
 * gone (`sockerr catalog | head -1`: EPIPE) is no error: the rest is dropped in silence, as `cat`
 * drops it. Any other failure (a full disk: ENOSPC, a hung-up terminal: EIO) is said once on
 * stderr and marks the command failed, so a script does not read exit code 0 or 1 as an answer.
 */
export function createOutput(
  stream: NodeJS.WriteStream,
  name: string,
  state: OutputState,
  report: (text: string) => void,
): (text: string) => void {
  let broken = false;
  // Kept attached: a write after the failure may emit another error, which is the same one.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (broken) return;
    broken = true;
    if (error.code === 'EPIPE') return;
    state.failed = true;
    report(`sockerr: cannot write to ${name}: ${describeFsError(error)}\n`);
  });
  return (text) => {
    if (!broken) stream.write(text);
  };
}
