import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';

/** Slack's `app_rate_limited` notice (https://api.slack.com/events/app_rate_limited). */
export interface RateLimitNotice {
  team_id?: unknown;
  minute_rate_limited?: unknown;
}

/** One warning and one count per notice, over HTTP and over Socket Mode alike. */
export function reportRateLimitNotice(logger: Logger, metrics: Metrics, notice: RateLimitNotice): void {
  metrics.connectionEvent('slack', 'app_rate_limited');
  logger.warn(
    'Slack is dropping events for this app (more than 30,000 an hour from one workspace); they resume within the hour',
    { team: notice.team_id, minute: notice.minute_rate_limited },
  );
}

/**
 * Over Socket Mode the notice is an `events_api` envelope with no inner `event`. @slack/socket-mode
 * 3.1 reads `payload.event.type` of every such envelope, so the notice throws in its message handler
 * (an unhandled rejection) and is never acknowledged: Slack sends it again, and nothing is logged
 * (fixed upstream in 3.1.1, "payloads without an inner event, including app_rate_limited").
 * sockerr's handler sees each message first: this one envelope it acknowledges (Slack's ack is
 * `{"envelope_id"}` over the socket, https://api.slack.com/apis/connections/socket#acknowledge)
 * and reports; every other message goes to the client's own handler, untouched.
 */
export function acknowledgeRateLimitNotices(
  receiver: SocketModeReceiver,
  onNotice: (notice: RateLimitNotice) => void,
): void {
  const client = receiver.client;
  const handlers = client.listeners('ws_message');
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data: unknown, isBinary: boolean) => {
    const notice =
      typeof data === 'string' && data.includes('"app_rate_limited"') ? readNotice(data) : undefined;
    if (!notice) {
      for (const handler of handlers) handler.call(client, data, isBinary);
      return;
    }
    client.websocket?.send(JSON.stringify({ envelope_id: notice.envelopeId }), () => {});
    onNotice(notice.payload);
  });
}

function readNotice(data: string): { envelopeId: string; payload: RateLimitNotice } | undefined {
  try {
    const message = JSON.parse(data) as {
      type?: unknown;
      envelope_id?: unknown;
      payload?: { type?: unknown; event?: unknown } & RateLimitNotice;
    };
    const { payload } = message;
    if (message.type !== 'events_api' || typeof message.envelope_id !== 'string') return undefined;
    if (payload?.type !== 'app_rate_limited' || payload.event !== undefined) return undefined;
    return { envelopeId: message.envelope_id, payload };
  } catch {
    return undefined; // the client's own handler logs what it cannot parse
  }
}
