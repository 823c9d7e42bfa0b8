/**
 * iPXE prints every error as `<strerror text> (https://ipxe.org/<code>)`, and the code says which
 * source file raised it (src/include/ipxe/errfile.h): bits 31–24 the POSIX error, bits 23–13 the
 * file (class in bits 15–13, index in bits 23–16). iPXE is the network stack there, so an error from
 * its transport and network layers is the socket error its text names; the same text from DHCP, DNS,
 * TFTP, the link-up wait or the `prompt` command is that tool's own timer or verdict (a DHCP with no
 * offer prints `Connection timed out (https://ipxe.org/4c106035)`).
 */

import { PATTERNS } from './patterns.js';

/** ERRFILE_NET files whose errors are the stack's own socket errors (index in bits 23–16). */
const SOCKET_FILES = new Set([
  0x05, // ipv4
  0x06, // ipv6
  0x07, // ndp
  0x08, // netdevice
  0x0a, // tcp
  0x0e, // tcpip
  0x0f, // udp
  0x37, // neighbour
  0x38, // socket
]);

const ERRFILE_NET = 0x6000;

/**
 * Is the message at `start`–`end` iPXE's own timer or verdict: after its link-up wait, or with an error
 * URL naming a file outside the network stack's socket layers?
 */
export function isIpxeOwnError(text: string, start: number, end: number): boolean {
  // Every message a log mentions comes here: the patterns run only where their first or last
  // character stands (the wait's `...`, the URL's `(`).
  const before = text.charCodeAt(start - 1) === 32 ? start - 2 : start - 1;
  if (
    text.charCodeAt(before) === 46 &&
    PATTERNS.ipxeLinkWait.test(text.slice(Math.max(0, start - 48), start))
  )
    return true;
  const after = text.charCodeAt(end) === 32 ? end + 1 : end;
  if (text.charCodeAt(after) !== 40) return false;
  const m = PATTERNS.ipxeErrorUrl.exec(text.slice(end, end + 48));
  if (!m) return false;
  const digits = m[1] as string;
  // The 6-digit form (`ipxe.org/err/021260`) is the code without its last byte (the PXE status).
  const code = Number.parseInt(digits, 16) * (digits.length === 6 ? 0x100 : 1);
  const errfileClass = code & 0xe000;
  const index = Math.floor(code / 0x10000) & 0xff;
  return errfileClass !== ERRFILE_NET || !SOCKET_FILES.has(index);
}
