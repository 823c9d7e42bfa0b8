import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * Whether standard input is a device but no terminal: /dev/null, which a container started
 * without `-i`, a systemd service or a Kubernetes pod gets. (A file or a pipe, as in
 * `npm start < trace.log`, is input; a terminal is a person.)
 */
export function inputIsNullDevice(fd = 0): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && !isatty(fd);
  } catch {
    return false; // no standard input at all: nothing to say about it here
  }
}

/** Whether standard input is a directory (`npm start < logs/`), which Node reads as empty. */
export function inputIsDirectory(fd = 0): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}
