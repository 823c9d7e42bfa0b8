import * as v from 'valibot';
import type { FeedbackVerdict } from '../../core/index.js';
import { checkPayload } from './check-payload.js';
import { toSlackChannel } from './inputs.js';
import { SLACK_LIMITS } from './limits.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { slackId as id, optionalId, optionalText } from './payload-fields.js';
import { postSlackReply } from './post-reply.js';

const pressSchema = v.object({
  action: v.object({
    action_id: v.picklist(['feedback_helpful', 'feedback_wrong']),
    value: v.pipe(v.string(), v.minLength(1), v.maxLength(SLACK_LIMITS.buttonValue)),
    action_ts: optionalText,
  }),
  body: v.object({
    user: v.object({ id, team_id: optionalId }),
    team: v.fallback(v.nullish(v.object({ id })), undefined),
    channel: v.fallback(v.optional(v.object({ id })), undefined),
    container: v.fallback(
      v.optional(v.object({ channel_id: v.optional(id), message_ts: v.optional(id) })),
      undefined,
    ),
    message: v.fallback(v.optional(v.object({ ts: id, thread_ts: optionalId })), undefined),
    trigger_id: optionalId,
  }),
});

const VERDICTS = { feedback_helpful: 'helpful', feedback_wrong: 'wrong' } as const satisfies Record<
  string,
  FeedbackVerdict
>;

/**
 * "Helpful" and "Not this error" under an auto-reply. Core decides who may remove the reply;
 * removing is `chat.delete` of sockerr's own message (for everyone), and the person who pressed
 * is told privately, in the reply's thread, what happened.
 */
export function createFeedbackHandler(deps: SlackListenerDeps) {
  const { core, calls, web, users, logger, metrics } = deps;
  return async (action: unknown, body: unknown): Promise<void> => {
    metrics.eventReceived('slack', 'feedback');
    const parsed = checkPayload(pressSchema, { action, body });
    const pressed = parsed.success ? parsed.data.body : undefined;
    const channel = pressed?.channel?.id ?? pressed?.container?.channel_id;
    const ts = pressed?.container?.message_ts ?? pressed?.message?.ts;
    if (!parsed.success || !channel || !ts) {
      metrics.requestRejected('slack', 'malformed');
      logger.warn('Slack feedback press was malformed; ignored');
      return;
    }
    const { action: press, body: payload } = parsed.data;
    if (payload.trigger_id && !(await core.firstDelivery('slack', payload.trigger_id))) {
      metrics.requestRejected('slack', 'replay');
      return;
    }
    const userId = payload.user.id;
    const reply = await core.feedback({
      channel: toSlackChannel(payload.team?.id ?? payload.user.team_id, channel),
      user: await users.userRef(userId),
      verdict: VERDICTS[press.action_id],
      value: press.value,
      at: press.action_ts ? Math.round(Number(press.action_ts) * 1000) || Date.now() : Date.now(),
      remove: async () =>
        (await calls.call('chat.delete', () => web.chat.delete({ channel, ts }), { channel })).ok,
    });
    const threadTs = payload.message?.thread_ts;
    const posted = await postSlackReply(reply, (message) =>
      calls.call(
        'chat.postEphemeral',
        () =>
          web.chat.postEphemeral({
            channel,
            user: userId,
            ...(threadTs ? { thread_ts: threadTs } : {}),
            ...message,
          }),
        { channel },
      ),
    );
    if (posted.ok) metrics.replyPosted('slack', 'feedback');
  };
}
