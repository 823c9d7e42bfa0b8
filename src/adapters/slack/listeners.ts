import type { App, BlockAction, ButtonAction, MessageShortcut, RespondFn, webApi } from '@slack/bolt';
import type { Core, Logger, UserRef } from '../../core/index.js';
import type { SlackCaller } from './calls.js';
import { type SlackEventEnvelope, type SlackMessageEvent, toMessageInput, toSlackChannel } from './inputs.js';
import { readSlackMessageText, readSlackText } from './read-text.js';
import { renderSlackReply, SHARE_ACTION_ID } from './render.js';
import type { UserLocaleCache } from './user-locale-cache.js';

/** The slash command, as declared in `slack/manifest.json`. */
export const SLASH_COMMAND = '/sockerr';
/** The message shortcut's `callback_id`, as declared in `slack/manifest.json`. */
export const EXPLAIN_SHORTCUT_ID = 'explain_socket_errors';
/** The reaction for a message whose errors were explained here moments ago. */
export const SEEN_REACTION = 'eyes';

const SHARE_ACTION = new RegExp(`^${SHARE_ACTION_ID}(?:_\\d+)?$`);
const INTERNAL_ERROR =
  'sockerr could not answer this time (an internal error, now in its logs). Please try again.';

export interface SlackListenerDeps {
  core: Core;
  calls: SlackCaller;
  locales: UserLocaleCache;
  logger: Logger;
}

/** Wires Slack's inputs to core and core's replies back to Slack. No decisions are made here. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const { core, calls, locales, logger } = deps;

  /** The user's Slack locale, cached; a rate limit is not worth waiting for, English will do. */
  const loadLocale = (client: webApi.WebClient, userId: string) =>
    locales.load(userId, async () => {
      const found = await calls.call(
        'users.info',
        () => client.users.info({ user: userId, include_locale: true }),
        {
          waitForRateLimits: false,
        },
      );
      return found.ok ? found.value.user?.locale : undefined;
    });

  const userRef = (client: webApi.WebClient, userId: string): UserRef => ({
    id: userId,
    canManage: true,
    loadLocale: () => loadLocale(client, userId),
  });

  /** Runs a handler; if core throws (a bug), the user hears so privately and the log has the details. */
  const guard = async (what: string, run: () => Promise<void>, respond?: RespondFn) => {
    try {
      await run();
    } catch (error) {
      logger.error(`Slack ${what} handler failed`, { error });
      if (respond) {
        await calls.call('response_url', () =>
          respond({ response_type: 'ephemeral', replace_original: false, text: INTERNAL_ERROR }),
        );
      }
    }
  };

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    // Ack first: Slack wants it within 3 s, and a locale look-up may take a round trip.
    await ack();
    await guard(
      'command',
      async () => {
        const reply = await core.command({
          text: readSlackText(command.text),
          channel: toSlackChannel(command.team_id, command.channel_id),
          user: userRef(client, command.user_id),
        });
        const message = renderSlackReply(reply);
        await calls.call('response_url', () => respond({ response_type: 'ephemeral', ...message }));
      },
      respond,
    );
  });

  app.message(async ({ message, body, context, client }) => {
    const event = message as unknown as SlackMessageEvent;
    await guard('message', async () => {
      // Core calls the (cached) users.info look-up only when it replies and the channel has no language.
      const author = event.user;
      const locale =
        author !== undefined && event.bot_id === undefined ? () => loadLocale(client, author) : undefined;
      const input = toMessageInput(event, body as SlackEventEnvelope, context, locale);
      const decision = await core.message(input);
      if (decision.action === 'ignore') {
        logger.debug('Slack message needs no reply', { eventId: input.eventId, reason: decision.reason });
        return;
      }
      if (decision.action === 'react') {
        await calls.call('reactions.add', () =>
          client.reactions.add({ channel: event.channel, timestamp: event.ts, name: SEEN_REACTION }),
        );
        return;
      }
      const posted = await calls.call('chat.postMessage', () =>
        client.chat.postMessage({
          channel: event.channel,
          thread_ts: event.thread_ts ?? event.ts,
          unfurl_links: false,
          unfurl_media: false,
          ...renderSlackReply(decision.reply),
        }),
      );
      // Not posted (after bounded retries): let Slack's own retry of this event be answered.
      if (!posted.ok) await core.replyFailed(input, decision.findings);
    });
  });

  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: EXPLAIN_SHORTCUT_ID },
    async ({ shortcut, ack, client, respond }) => {
      await ack();
      await guard(
        'shortcut',
        async () => {
          const reply = await core.explainMessage({
            text: readSlackMessageText(shortcut.message),
            channel: toSlackChannel(shortcut.team?.id ?? shortcut.user.team_id, shortcut.channel.id),
            user: userRef(client, shortcut.user.id),
          });
          const message = renderSlackReply(reply);
          const threadTs = shortcut.message.thread_ts as string | undefined;
          const posted = await calls.call('chat.postEphemeral', () =>
            client.chat.postEphemeral({
              channel: shortcut.channel.id,
              user: shortcut.user.id,
              ...(threadTs ? { thread_ts: threadTs } : {}),
              ...message,
            }),
          );
          // Where the bot is not a member (or in a DM between people) only the response_url can answer.
          if (!posted.ok && posted.error !== 'aborted') {
            await calls.call('response_url', () =>
              respond({ response_type: 'ephemeral', replace_original: false, ...message }),
            );
          }
        },
        respond,
      );
    },
  );

  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: SHARE_ACTION },
    async ({ action, body, ack, respond }) => {
      await ack();
      await guard(
        'share',
        async () => {
          const channelId = body.channel?.id ?? body.container?.channel_id;
          if (!channelId) {
            logger.warn('Slack share button pressed outside a channel; nothing to share to');
            return;
          }
          const reply = await core.share(action.value ?? '');
          // The response_url posts for everyone even where the bot is not a member, as /sockerr works there too.
          const shared = await calls.call('response_url', () =>
            respond({ response_type: 'in_channel', replace_original: false, ...renderSlackReply(reply) }),
          );
          if (shared.ok) await calls.call('response_url', () => respond({ delete_original: true }));
        },
        respond,
      );
    },
  );
}
