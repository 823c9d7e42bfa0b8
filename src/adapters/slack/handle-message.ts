import type { AllMiddlewareArgs } from '@slack/bolt';
import * as v from 'valibot';
import { checkPayload } from './check-payload.js';
import { createVerdicts, reportDeliveryVerdict } from './delivery-verdict.js';
import { toMessageInput } from './inputs.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { withSlackExtras } from './message-extras.js';
import { postSlackReply } from './post-reply.js';
import { envelopeSchema, messageEventSchema } from './schemas.js';

/** The reaction for a message whose errors were explained here moments ago. */
export const SEEN_REACTION = 'eyes';

/** What the handler reads of Bolt's arguments; `file_shared` and `app_mention` hand it the same. */
type MessageArgs = { message: unknown; body: unknown; context: AllMiddlewareArgs['context'] };

/**
 * Hands a channel message to core's auto-reply decision and carries the decision out. A reply
 * that cannot be posted (after bounded retries) releases the event's claim, so a redelivery of
 * the same event is answered rather than dropped.
 */
export function createMessageHandler(deps: SlackListenerDeps): (args: MessageArgs) => Promise<void> {
  const { core, calls, web, users, logger, metrics } = deps;
  const verdictFor = createVerdicts();
  return async ({ message, body, context }) => {
    metrics.eventReceived('slack', 'message');
    const parsed = checkPayload(messageEventSchema, message);
    if (!parsed.success) {
      metrics.requestRejected('slack', 'malformed');
      logger.debug('ignored a malformed Slack message event', { issue: parsed.issue });
      return;
    }
    const event = parsed.data;
    // Core calls the (cached) users.info look-up only when it replies and the channel has no language.
    const author = event.user;
    const locale =
      author !== undefined && event.bot_id === undefined ? () => users.locale(author) : undefined;
    const input = withSlackExtras(
      toMessageInput(event, v.parse(envelopeSchema, body), context, locale),
      event,
      context,
      deps.files,
    );
    // Slack's retry: the instance that had it may have died deciding it (core then waits it out).
    if ((context.retryNum ?? 0) > 0) input.redelivery = true;
    const decision = await core.message(input);
    // Not decided (no store, or held by a decision not done yet): the ack, still held, asks Slack
    // to send the event again.
    reportDeliveryVerdict(context, verdictFor(decision.action === 'ignore' ? decision.reason : undefined));
    metrics.decision(
      'slack',
      decision.action,
      decision.action === 'ignore' ? decision.reason : decision.action,
    );
    if (decision.action === 'ignore') {
      logger.debug('Slack message needs no reply', { eventId: input.eventId, reason: decision.reason });
      return;
    }
    const channel = event.channel;
    if (decision.action === 'react') {
      const reacted = await calls.call(
        'reactions.add',
        () => web.reactions.add({ channel, timestamp: event.ts, name: SEEN_REACTION }),
        { channel },
      );
      if (reacted.ok) metrics.replyPosted('slack', 'reaction');
      return;
    }
    const posted = await postSlackReply(decision.reply, (message) =>
      calls.call(
        'chat.postMessage',
        () =>
          web.chat.postMessage({
            channel,
            thread_ts: event.thread_ts ?? event.ts,
            unfurl_links: false,
            unfurl_media: false,
            ...message,
          }),
        // A post that timed out may still appear: it is not sent again, so no thread gets it twice.
        { channel, retryTimeouts: false },
      ),
    );
    if (posted.ok) {
      metrics.replyPosted('slack', 'auto-reply');
      await core.replyPosted(input);
      return;
    }
    // Not posted: let Slack's own redelivery of this event (or the next paste) be answered.
    await core.replyFailed(input, decision.findings);
    logger.info('released the claim of an unposted reply, so a redelivery is answered', {
      eventId: input.eventId,
      channel,
    });
  };
}
