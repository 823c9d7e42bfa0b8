import { showText } from './show-input.js';

/**
 * Why a log could not be read, or the output written, in words: `ENOENT` alone makes the user look
 * the code up. The code is kept in brackets, for searching.
 */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  ENXIO: 'it is a socket or a device with nothing behind it',
  EBADF: 'bad file descriptor',
  EIO: 'input/output error',
  ENOSPC: 'no space left on device',
  EFBIG: 'the file is too large',
  EMFILE: 'too many open files',
};

/** `no such file (ENOENT)` for Node's errors; the message of any other. */
export function describeFsError(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (typeof code === 'string') return code;
  return showText(String(message ?? error)).split('\n')[0] ?? '';
}
