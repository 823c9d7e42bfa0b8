import type { MessageMention } from './message-mention.js';
import { PATTERNS } from './patterns.js';

/**
 * An application's own wording at `[start, end)`: a mention with no id that hides the error texts
 * and codes inside it (a not-error text, or Node's `EACCES` on a Unix socket path with its libuv text).
 */
export function ownWording(start: number, end: number): MessageMention {
  return { ids: [], start, end, confidence: 'low', context: {}, lowered: false, variant: 'not-error' };
}

/**
 * Node's `<syscall> <CODE>` with a file-system path for address (`connect EACCES /var/run/docker.sock`,
 * `listen EACCES: permission denied /tmp/x.sock`): a Unix-domain socket, whose code, with libuv's text
 * after it, is the socket file's (its permission), no network error. The code is at `[start, end)`.
 */
export function readUnixPathWording(text: string, start: number, end: number): MessageMention | null {
  const path = PATTERNS.pathAfter.exec(text.slice(end, end + 48));
  return path ? ownWording(start, end + path[0].length) : null;
}
