import { z } from 'zod';
import type { FeedbackVerdict } from '../../core/index.js';
import { toSlackChannel } from './inputs.js';
import { SLACK_LIMITS } from './limits.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { postSlackReply } from './post-reply.js';

const id = z.string().min(1).max(SLACK_LIMITS.inbound.id);
const pressSchema = z.object({
  action: z.object({
    action_id: z.enum(['feedback_helpful', 'feedback_wrong']),
    value: z.string().min(1).max(SLACK_LIMITS.buttonValue),
    action_ts: z.string().optional().catch(undefined),
  }),
  body: z.object({
    user: z.object({ id, team_id: id.optional().catch(undefined) }),
    team: z.object({ id }).nullable().optional().catch(undefined),
    channel: z.object({ id }).optional().catch(undefined),
    container: z.object({ channel_id: id.optional(), message_ts: id.optional() }).optional().catch(undefined),
    message: z
      .object({ ts: id, thread_ts: id.optional().catch(undefined) })
      .optional()
      .catch(undefined),
    trigger_id: id.optional().catch(undefined),
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
    const parsed = pressSchema.safeParse({ action, body });
    const channel = parsed.data?.body.channel?.id ?? parsed.data?.body.container?.channel_id;
    const ts = parsed.data?.body.container?.message_ts ?? parsed.data?.body.message?.ts;
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
      user: { id: userId, canManage: await users.canManage(userId), loadLocale: () => users.locale(userId) },
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
