import { createHash } from 'node:crypto';
import type { RespondFn } from '@slack/bolt';
import { changesSettings, type Reply, type UnreadFile } from '../../core/index.js';
import { isFirstShare } from '../first-share.js';
import { type CheckedPayload, checkPayload } from './check-payload.js';
import { toSlackChannel } from './inputs.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { postSlackReply } from './post-reply.js';
import { shownFiles } from './quoted-messages.js';
import { readSlackMessageText, readSlackText } from './read-text.js';
import { renderSlackReply, renderSlackText } from './render.js';
import type { RequestAnswer } from './request-answer.js';
import { commandSchema, type ShareAction, shareActionSchema, shortcutSchema } from './schemas.js';

const INTERNAL_ERROR =
  'sockerr could not answer this time (an internal error, now in its logs). Please try again.';
const UNREADABLE =
  'sockerr could not read this request (some of its fields were missing or malformed), so it did nothing. Please try again.';

/** Handlers for what a person asks for: `/sockerr`, the message shortcut, the share button. */
export function createRequestHandlers(deps: SlackListenerDeps) {
  const { core, calls, web, users, logger, metrics } = deps;

  /**
   * Checks the payload and drops replays (the same `trigger_id`, or the same body, within the
   * window) of what would have an effect again; then runs `work`. A request that only answers its
   * sender (`answersOnly`) is not checked: its replay gets the same answer, and costs no write to
   * the store. A bug in core becomes a polite private answer, never silence.
   */
  const run = async <T>(
    kind: string,
    parsed: CheckedPayload<T>,
    body: unknown,
    requestId: (data: T) => string | undefined,
    answer: RequestAnswer,
    work: (data: T) => Promise<void>,
    answersOnly?: (data: T) => boolean,
  ) => {
    metrics.eventReceived('slack', kind);
    if (!parsed.success) {
      metrics.requestRejected('slack', 'malformed');
      logger.warn(`Slack ${kind} payload was malformed; answered with a polite refusal`, {
        issue: parsed.issue,
      });
      await answer.send({ response_type: 'ephemeral', text: UNREADABLE });
      return;
    }
    if (!answersOnly?.(parsed.data)) {
      const id = requestId(parsed.data) ?? createHash('sha256').update(JSON.stringify(body)).digest('hex');
      if (!(await core.firstDelivery('slack', id))) {
        metrics.requestRejected('slack', 'replay');
        logger.warn(`Slack ${kind} replayed (same trigger_id or body within the window); not run again`);
        return;
      }
    }
    try {
      await work(parsed.data);
    } catch (error) {
      logger.error(`Slack ${kind} handler failed`, { error });
      await answer.send({ response_type: 'ephemeral', text: INTERNAL_ERROR });
    }
  };

  /** A press on one of a reply's buttons ("Share in channel", "All causes and checks"). */
  const button = (
    kind: string,
    action: unknown,
    body: unknown,
    answer: RequestAnswer,
    work: (pressed: ShareAction) => Promise<void>,
  ) =>
    run(
      kind,
      checkPayload(shareActionSchema, { action, body }),
      body,
      (a) => a.body.trigger_id,
      answer,
      work,
    );

  const post = async (
    kind: string,
    answer: RequestAnswer,
    reply: Reply,
    visibility: 'ephemeral' | 'in_channel',
  ) => {
    const sent = await answer.send({ response_type: visibility, ...renderSlackReply(reply) }, () => ({
      response_type: visibility,
      ...renderSlackText(reply),
    }));
    if (sent) metrics.replyPosted('slack', kind);
    return sent;
  };

  return {
    command: (command: unknown, answer: RequestAnswer) =>
      run(
        'command',
        checkPayload(commandSchema, command),
        command,
        (c) => c.trigger_id,
        answer,
        async (c) => {
          const text = readSlackText(c.text);
          const reply = await core.command({
            text,
            channel: toSlackChannel(c.team_id, c.channel_id),
            // Only a settings change reads the role: a look-up never waits for users.info.
            user: await users.userRef(c.user_id, changesSettings(text)),
          });
          await post('command', answer, reply, 'ephemeral');
        },
        // A look-up, help, status or top only answers whoever asked: its replay is answered again.
        (c) => !changesSettings(readSlackText(c.text)),
      ),

    shortcut: (shortcut: unknown, answer: RequestAnswer) =>
      run(
        'shortcut',
        checkPayload(shortcutSchema, shortcut),
        shortcut,
        (s) => s.trigger_id,
        answer,
        async (s) => {
          // A snippet or a log file shared with the message is part of what it says, a bot's too:
          // someone asked for this message. Those not read are named in the answer.
          const unread: UnreadFile[] = [];
          // A forwarded message's files are nested in its attachment, not in the message's own files.
          const files = shownFiles(s.message, {});
          const shared = files.length
            ? await deps.files?.readText(files, s.channel.id, { fromBots: true, unread })
            : '';
          const reply = await core.explainMessage({
            text: [readSlackMessageText(s.message), shared].filter(Boolean).join('\n'),
            channel: toSlackChannel(s.team?.id ?? s.user.team_id, s.channel.id),
            user: await users.userRef(s.user.id, false),
            unreadFiles: unread,
          });
          const threadTs = s.message.thread_ts;
          const posted = await postSlackReply(reply, (message) =>
            calls.call(
              'chat.postEphemeral',
              () =>
                web.chat.postEphemeral({
                  channel: s.channel.id,
                  user: s.user.id,
                  ...(threadTs ? { thread_ts: threadTs } : {}),
                  ...message,
                }),
              { channel: s.channel.id },
            ),
          );
          if (posted.ok) metrics.replyPosted('slack', 'shortcut');
          // Where the bot is not a member (or in a DM between people) only the response_url can answer.
          else if (posted.error !== 'aborted') await post('shortcut', answer, reply, 'ephemeral');
        },
      ),

    share: (action: unknown, body: unknown, answer: RequestAnswer, respond: RespondFn) =>
      button('share', action, body, answer, async (a) => {
        const channel = a.body.channel?.id ?? a.body.container?.channel_id;
        if (!channel) {
          logger.warn('Slack share button pressed outside a channel; nothing to share to');
          return;
        }
        const messageTs = a.body.container?.message_ts;
        if (messageTs && !(await isFirstShare(core, 'slack', `${channel}:${messageTs}`))) {
          metrics.requestRejected('slack', 'replay');
          logger.info('Slack Share pressed again on an answer already shared; not posted twice');
          return;
        }
        const reply = await core.share(a.action.value);
        // The response_url posts for everyone even where the bot is not a member, as /sockerr works there too.
        if (await post('share', answer, reply, 'in_channel')) {
          await calls.call('response_url', () => respond({ delete_original: true }));
        }
      }),

    more: (action: unknown, body: unknown, answer: RequestAnswer, respond: RespondFn) =>
      button('more', action, body, answer, async (a) => {
        const reply = await core.details(a.action.value);
        // The brief answer (the asker's own, ephemeral) makes way for the whole one.
        const shown = await postSlackReply(reply, (message) =>
          calls.call('response_url', () =>
            respond({ replace_original: true, response_type: 'ephemeral', ...message }),
          ),
        );
        if (shown.ok) metrics.replyPosted('slack', 'more');
      }),
  };
}
