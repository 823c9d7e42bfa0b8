import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { followDisconnectReasons } from './disconnect-reason.js';
import { acknowledgeRateLimitNotices, reportRateLimitNotice } from './rate-limit-notice.js';

/**
 * Follows the Socket Mode connection: a log line at each loss and reconnect, the count in
 * metrics, whether it is up now (for `/readyz`), and a fatal error when it stays down longer than
 * `giveUpMs` (the client has then given up; a restart gets a fresh one).
 */
export function watchSocketMode(
  receiver: SocketModeReceiver,
  deps: {
    logger: Logger;
    metrics: Metrics;
    giveUpMs: number;
    stopping: () => boolean;
    onFatal?: (e: Error) => void;
    /** Resolves with what to fix when Slack refuses the app token (see app-token-watch.ts). */
    refused?: Promise<Error>;
  },
): { connected(): boolean } {
  const { logger, metrics } = deps;
  let connected = false;
  let everConnected = false;
  let downSince: NodeJS.Timeout | undefined;
  const client = receiver.client;
  acknowledgeRateLimitNotices(receiver, (notice) => reportRateLimitNotice(logger, metrics, notice));
  const reasons = followDisconnectReasons(receiver);
  client.on('connected', () => {
    connected = true;
    clearTimeout(downSince);
    if (everConnected) {
      metrics.connectionEvent('slack', 'reconnect');
      logger.info('Slack Socket Mode reconnected');
    }
    everConnected = true;
  });
  const lost = (state: string) => () => {
    if (deps.stopping() || !connected) return;
    connected = false;
    metrics.connectionEvent('slack', 'disconnect', state);
    logger.warn(`Slack Socket Mode connection lost (${reasons.last() ?? state}); reconnecting`);
    downSince = setTimeout(() => {
      if (connected || deps.stopping()) return;
      logger.error(
        `Slack Socket Mode stayed down for ${deps.giveUpMs / 1000} s; check SLACK_APP_TOKEN and the network`,
      );
      deps.onFatal?.(new Error('Slack Socket Mode could not reconnect'));
    }, deps.giveUpMs);
    downSince.unref();
  };
  // The socket is gone at its 'close' (after Slack's `disconnect` message, a missed pong, a dropped
  // TCP connection); 'reconnecting' comes only when the client tries again, clientPingTimeout (5 s)
  // or more later, and until then /readyz would say ready with no socket to deliver anything on.
  // A late 'close' of a socket already replaced is not a loss: the client checks the same.
  const closed = lost('closed');
  client.on('close', () => {
    if (!client.websocket?.isActive()) closed();
  });
  client.on('reconnecting', lost('reconnecting'));
  client.on('disconnected', lost('disconnected'));
  // Refused on a reconnect (the token revoked, Socket Mode turned off): no retry can succeed, so
  // restart now rather than after giveUpMs. Refused before the first connection, start() fails instead.
  void deps.refused?.then((error) => {
    if (!everConnected || deps.stopping()) return;
    logger.error(error.message);
    deps.onFatal?.(error);
  });
  return { connected: () => connected };
}
