import type { SocketModeReceiver } from '@slack/bolt';

/**
 * What each reason of Slack's `disconnect` message means, for the log line of the loss
 * (https://api.slack.com/apis/connections/socket, "Disconnect events"; `too_many_websockets`:
 * an app has at most 10 open connections).
 */
const MEANINGS: Readonly<Record<string, string>> = {
  refresh_requested: 'Slack recycles Socket Mode connections every few hours',
  warning: 'Slack closes this connection within about 10 seconds',
  link_disabled: 'Socket Mode was turned off in the app’s settings (Settings → Socket Mode)',
  too_many_websockets: 'more than 10 connections use this app; stop the extra sockerr processes',
};

/**
 * Follows Slack's `disconnect` messages on the socket, which @slack/socket-mode logs only at debug
 * level, so the warning at the loss can say why. `last()` is the latest reason with its meaning.
 */
export function followDisconnectReasons(receiver: SocketModeReceiver): { last(): string | undefined } {
  let reason: string | undefined;
  receiver.client.on('connected', () => {
    reason = undefined;
  });
  receiver.client.on('ws_message', (data: unknown) => {
    // Only a message that can be one is parsed: every event envelope passes here too.
    if (typeof data !== 'string' || !data.includes('"disconnect"')) return;
    try {
      const message = JSON.parse(data) as { type?: unknown; reason?: unknown };
      if (message.type === 'disconnect' && typeof message.reason === 'string') reason = message.reason;
    } catch {
      // the client's own handler logs what it cannot parse
    }
  });
  return {
    last: () => (reason ? `${reason}: ${MEANINGS[reason] ?? 'Slack asked sockerr to reconnect'}` : undefined),
  };
}
