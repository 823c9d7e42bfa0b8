/**
 * What runtimes really report for some errors, where the reference's per-code tables (OpenJDK's
 * `winsock_errors[]`, CPython's errno mapping) are not the path the error takes.
 */
import type { Json } from './entries.js';

/** Winsock codes that only a name look-up (getaddrinfo, gethostbyname) returns. */
const NAME_LOOKUP_CODES = new Set([11001, 11002, 11003, 11004]);

/**
 * A failed look-up never reaches OpenJDK's `winsock_errors[]` table: `lookupAllHostAddr` throws
 * `java.net.UnknownHostException` whose message is the host name, whatever getaddrinfo returned
 * (openjdk/jdk `src/java.base/windows/native/libnet/Inet6AddressImpl.c` @ 131807a386ba8d4dfb41da2cbbaefc4f1a2ab4e8:
 * `NET_ThrowByNameWithLastError(env, "java/net/UnknownHostException", hostname)`; observed on Linux too,
 * e.g. `java.net.UnknownHostException: cloud-2` in the labelled corpus). The message is null: it is the host.
 */
export function javaFacts(
  code: number,
  java: Json | null,
): { exception: string; message: string | null } | null {
  if (NAME_LOOKUP_CODES.has(code)) return { exception: 'java.net.UnknownHostException', message: null };
  if (!java) return null;
  return { exception: java.exception as string, message: java.message_prefix as string };
}

/**
 * CPython raises `socket.gaierror` for a failed getaddrinfo, not the class its errno mapping gives
 * (`socket.gaierror: [Errno 11001] getaddrinfo failed`: runtime-message-formats.json, python.windows_getaddrinfo).
 */
export function pythonClass(code: number, fromTable: string | null): string | null {
  return NAME_LOOKUP_CODES.has(code) ? 'socket.gaierror' : fromTable;
}

/**
 * libuv's `UV_EAI_*` number for a getaddrinfo error and the `err.code` Node reports for it. libuv
 * defines these numbers once for every OS (`include/uv/errno.h`: `#define UV__EAI_AGAIN (-3001)`,
 * outside the `_WIN32` conditions that give other errors their per-OS values), so -3008 means
 * EAI_NONAME on Linux, macOS and Windows alike (posix-only-socket-errors.json, getaddrinfo_eai[].libuv).
 */
export function libuvEai(eai: Json | undefined): { code: string; errno: number } | null {
  const uv = eai?.libuv as Json | null | undefined;
  if (!uv) return null;
  return { code: uv.node_err_code as string, errno: uv.value as number };
}
