import type { EventEmitter } from 'node:events';
import { connect as connectTcp, isIP } from 'node:net';
import { connect as connectTls } from 'node:tls';

/** A probe that heard nothing conclusive gives up after this long (a host that drops SYNs). */
const GIVE_UP_MS = 10_000;
/** How long a TLS handshake may take before a port is suspected of speaking plain text. */
const STALL_MS = 1000;

/**
 * Resolves when REDIS_URL's scheme does not fit what its port speaks, with what to say; else
 * never. Either way round, node-redis only retries for ever: a `rediss://` URL at a plain port
 * reports "Connection timeout" (Redis reads the TLS ClientHello as the start of a command and
 * waits for its end), a `redis://` URL at a TLS port "read ECONNRESET". A plain port is probed
 * at once (its symptom looks like a slow network); a TLS port only after such a reset.
 */
export function tlsMismatch(url: string, client: Pick<EventEmitter, 'on' | 'once' | 'off'>): Promise<string> {
  const { protocol, hostname, port: given, host: where } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, ''); // `[::1]` in a URL is `::1` to a socket
  const port = Number(given || 6379);
  if (protocol === 'rediss:')
    return onlyIf(
      plainRedisBehindTls(host, port),
      `Redis at ${where} does not speak TLS on that port (a TLS handshake got no answer, a plain-text PING got a Redis reply), but REDIS_URL starts with rediss:// (TLS): use redis:// for this port, or the TLS port your provider gives.`,
    );
  const reset = new Promise<void>((resolve) => {
    const onError = (error: unknown) => {
      const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
      if (code !== 'ECONNRESET' && name !== 'SocketClosedUnexpectedlyError') return;
      client.off('error', onError);
      resolve();
    };
    client.on('error', onError);
    client.once('ready', () => client.off('error', onError));
  });
  return onlyIf(
    reset.then(() => speaksTls(host, port)),
    `Redis at ${where} speaks TLS on that port (it closes plain-text connections and completes a TLS handshake), but REDIS_URL starts with redis:// (no TLS): use rediss:// (and REDIS_TLS_VERIFY=false if its certificate is self-signed).`,
  );
}

const onlyIf = (found: Promise<boolean>, said: string) =>
  found.then((yes) => (yes ? said : new Promise<never>(() => undefined)));

/**
 * Whether the port answers as a Redis without TLS: when the TCP connection is up but the
 * handshake is not done within {@link STALL_MS}, a second connection sends a plain-text PING, and
 * a Redis reply (`+PONG`, `-NOAUTH…`, `-DENIED…`) settles it. A TLS server answers that with an
 * alert or a reset, and any handshake that ends (an untrusted certificate too) proves TLS.
 */
function plainRedisBehindTls(host: string, port: number): Promise<boolean> {
  return handshake(host, port, (stalled) => (stalled ? answersPlainText(host, port) : false));
}

/** Whether a TLS handshake with the port completes (its certificate is node-redis's to judge). */
function speaksTls(host: string, port: number): Promise<boolean> {
  return handshake(host, port, (stalled) => !stalled);
}

/** Starts a handshake and decides on its end: done, or still not done {@link STALL_MS} after connecting. */
function handshake(
  host: string,
  port: number,
  decide: (stalled: boolean) => boolean | Promise<boolean>,
): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    let stalled: NodeJS.Timeout | undefined;
    const socket = connectTls({
      host,
      port,
      rejectUnauthorized: false,
      ...(isIP(host) ? {} : { servername: host }),
    });
    const settle = (answer: boolean | Promise<boolean>) => {
      if (settled) return;
      settled = true;
      clearTimeout(stalled);
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(GIVE_UP_MS, () => settle(false));
    socket.once('secureConnect', () => settle(decide(false)));
    socket.once('error', () => settle(false));
    socket.once('close', () => settle(false));
    socket.once('connect', () => {
      stalled = setTimeout(() => settle(decide(true)), STALL_MS);
    });
  });
}

/** Whether the port answers a plain-text PING as Redis does: a simple string or an error reply. */
function answersPlainText(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connectTcp({ host, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(STALL_MS, () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk: Buffer) => done(chunk[0] === 0x2b || chunk[0] === 0x2d)); // '+' or '-'
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}
