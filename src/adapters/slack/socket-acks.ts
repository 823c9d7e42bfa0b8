import {
  type App,
  type Logger as BoltLogger,
  defaultProcessEventErrorHandler,
  type SocketModeReceiver,
} from '@slack/bolt';
import { DELIVERY_VERDICT_KEY, waitsForVerdict } from './delivery-verdict.js';
import { asksRedelivery, DEFAULT_VERDICT_WAIT_MS, holdAck } from './held-ack.js';

/** What @slack/socket-mode emits as `slack_event` for each envelope (3.x). */
interface SlackEventArgs {
  ack: (response?: Record<string, unknown>) => Promise<void>;
  body?: unknown;
  retry_num?: number;
  retry_reason?: string;
}

export interface SocketAcksOptions {
  logger: BoltLogger;
  /** Told when a message event is left unacknowledged for Slack to send again. */
  onRedeliver?: (why: 'store_unavailable' | 'in_progress') => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Over Socket Mode, Bolt's receiver acknowledges an envelope the moment Bolt calls ack(), which it
 * does for every event before any listener runs: a message the store could not decide (Redis
 * down, SQLite locked) was acknowledged and lost. Slack sends an envelope again only when it was
 * not acknowledged within 3 s (`retry_attempt`, `retry_reason: "timeout"`; slackapi/bolt-js#2487,
 * python-slack-sdk#1280). So message and app_mention envelopes go through Bolt here with their
 * ack held, as the HTTP front receiver holds its answer: sent once decided (at most
 * 2 s), not sent at all when the decision asks Slack to send the event again.
 * Every other envelope goes to Bolt's own listener, untouched.
 */
export function holdSocketModeAcks(receiver: SocketModeReceiver, app: App, options: SocketAcksOptions): void {
  const client = receiver.client;
  const bolts = client.listeners('slack_event');
  client.removeAllListeners('slack_event');
  client.on('slack_event', (args: SlackEventArgs) => {
    if (isRecord(args.body) && waitsForVerdict(args.body)) {
      void deliverHeld(app, args, args.body, options);
      return;
    }
    for (const listener of bolts) listener.call(client, args);
  });
}

async function deliverHeld(
  app: App,
  args: SlackEventArgs,
  body: Record<string, unknown>,
  options: SocketAcksOptions,
): Promise<void> {
  const { logger } = options;
  let sent = false;
  const ack = async () => {
    if (sent) return;
    sent = true;
    // The socket may have dropped meanwhile: the envelope then comes again, as any unacknowledged one.
    await args
      .ack()
      .catch((error: unknown) => logger.debug(`could not acknowledge a Slack envelope: ${error}`));
  };
  const event = (held: () => Promise<void>, settle: unknown) => ({
    body,
    ack: held,
    ...(args.retry_num === undefined ? {} : { retryNum: args.retry_num }),
    ...(args.retry_reason === undefined ? {} : { retryReason: args.retry_reason }),
    customProperties: { [DELIVERY_VERDICT_KEY]: settle },
  });
  const held = holdAck(DEFAULT_VERDICT_WAIT_MS, (h) => app.processEvent(event(h.ack, h.settle)));
  const verdict = await held.verdict;
  if (asksRedelivery(verdict)) options.onRedeliver?.(verdict);
  else if (verdict === 'taken' || held.acked()) await ack();
  try {
    await held.processed;
  } catch (error) {
    // As Bolt's own Socket Mode receiver: logged, and acknowledged only when retrying cannot help.
    const shouldAck = await defaultProcessEventErrorHandler({
      error: error as Error,
      logger,
      event: event(ack, undefined),
    });
    if (shouldAck) await ack();
  }
}
