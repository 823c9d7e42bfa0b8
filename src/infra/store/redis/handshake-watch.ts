import type { EventEmitter } from 'node:events';

/**
 * Calls `onStalled` when a connection to Redis was accepted but its handshake (HELLO, CLIENT
 * SETINFO, AUTH, SELECT) is not answered within `ms`. node-redis waits for that answer for ever,
 * and the stall watch sees only commands: a host frozen in a failover, or a proxy that accepts
 * before its Redis is there, would keep sockerr unready until TCP gives up, or for good.
 */
export function watchHandshakes(client: Pick<EventEmitter, 'on'>, ms: number, onStalled: () => void): void {
  let timer: NodeJS.Timeout | undefined;
  const stop = () => clearTimeout(timer);
  client.on('connect', () => {
    stop();
    timer = setTimeout(onStalled, ms).unref();
  });
  client.on('ready', stop);
  client.on('error', stop);
  client.on('end', stop);
}
