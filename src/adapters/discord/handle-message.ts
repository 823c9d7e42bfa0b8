import { type Message, MessageType, type RESTPostAPIChannelMessageJSONBody, Routes } from 'discord.js';
import type { Core, Logger, MessageInput } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { NO_MENTIONS } from './answer-interaction.js';
import type { AttachmentReader } from './attachments.js';
import { isGoneReplyTarget } from './discord-errors.js';
import { toChannelRef } from './inputs.js';
import { withDiscordExtras } from './message-extras.js';
import { type DiscordReplyPayload, renderDiscordReply } from './render.js';
import type { SendGuard } from './send-guard.js';
import { shownText } from './shown-content.js';

/** The reaction for "already explained here a moment ago". */
export const SEEN_REACTION = '👀';

/** Message types that are someone writing something; every other type is passed to core as a subtype. */
const PLAIN_TYPES: ReadonlySet<MessageType> = new Set([MessageType.Default, MessageType.Reply]);

/** Hands every new message to core's auto-reply decision and carries the decision out. */
export function createMessageHandler(deps: {
  core: Core;
  guard: SendGuard;
  metrics: Metrics;
  logger: Logger;
  attachments?: AttachmentReader;
  /** Whether an embed would show where `message` was posted (`embed-permission.ts`). */
  canEmbed: (message: Message) => boolean;
}): (message: Message) => Promise<void> {
  const { metrics, canEmbed, logger } = deps;
  return async (message) => {
    const selfId = message.client.user.id;
    const input: MessageInput = {
      eventId: message.id,
      channel: toChannelRef(message.guildId, message.channelId, message.channel),
      author: {
        id: message.author.id,
        // Webhook posts (CI, alerting) come from a fake user that may not carry the bot flag.
        isBot: message.author.bot || message.webhookId !== null,
        isSelf: message.author.id === selfId,
      },
      text: shownText(message, { skipOwnAnswers: true }),
    };
    if (!PLAIN_TYPES.has(message.type)) input.subtype = MessageType[message.type] ?? String(message.type);
    const decision = await deps.core.message(withDiscordExtras(input, message, deps.attachments));
    metrics.decision(
      'discord',
      decision.action,
      decision.action === 'ignore' ? decision.reason : decision.action,
    );
    // As Slack's: why a message got nothing ('empty' for a paste read without the Message Content intent).
    if (decision.action === 'ignore')
      logger.debug('Discord message needs no reply', { messageId: message.id, reason: decision.reason });
    if (decision.action === 'reply') {
      const payload = renderDiscordReply(decision.reply, { embeds: canEmbed(message) });
      let gone = false;
      const posted = await deps.guard.run(message.channelId, 'reply', () =>
        unlessGone(postReply(message, payload), () => {
          gone = true;
        }),
      );
      // Deleted before the answer went out: its author took the paste back, so sockerr says
      // nothing rather than answer a message the channel no longer shows.
      if (gone)
        logger.debug('Discord paste deleted before the answer; not answered', {
          channelId: message.channelId,
        });
      if (posted && !gone) {
        metrics.replyPosted('discord', 'auto-reply');
        await deps.core.replyPosted(input);
      }
      // Not posted: a replay of this message (a resumed session) or the next paste is answered
      // (with an explanation, not with 👀 pointing at one the channel never got).
      else await deps.core.replyFailed(input, decision.findings);
    } else if (decision.action === 'react') {
      // Deleted before the 👀 went on it: nothing to mark, and nothing went wrong (Discord: 10008).
      let gone = false;
      const reacted = await deps.guard.run(message.channelId, 'add a reaction', () =>
        unlessGone(message.react(SEEN_REACTION), () => {
          gone = true;
        }),
      );
      if (reacted && !gone) metrics.replyPosted('discord', 'reaction');
    }
  };
}

/** Awaits `sent`; a refusal because the pasted message is gone (deleted meanwhile) calls `onGone` instead. */
function unlessGone(sent: Promise<unknown>, onGone: () => void): Promise<unknown> {
  return sent.catch((error: unknown) => {
    if (!isGoneReplyTarget(error)) throw error;
    onGone();
  });
}

/** NO_MENTIONS as the REST API spells it. */
const API_NO_MENTIONS = { parse: [...NO_MENTIONS.parse], replied_user: NO_MENTIONS.repliedUser };

/**
 * Posts the reply with the client's REST manager (its rate limits, deadline and error types), as
 * `message.reply()` would, without what that adds on top: the payload is already in the API's
 * shape, and the created message, which sockerr never reads, is not built into a discord.js
 * Message (with its referenced message) only to be dropped from a cache of size 0.
 */
function postReply(message: Message, payload: DiscordReplyPayload): Promise<unknown> {
  const body: RESTPostAPIChannelMessageJSONBody = {
    ...payload,
    allowed_mentions: API_NO_MENTIONS,
    // Discord refuses a reply to a deleted message (true is its default, said here to be plain).
    message_reference: { message_id: message.id, fail_if_not_exists: true },
    // The send guard retries a 5xx or a timeout, after which Discord may well have created the
    // reply. With `enforce_nonce`, Discord returns the message it already made for this nonce
    // (one per answered message: its id, a snowflake within the 25-character limit) instead of
    // posting a second copy.
    nonce: message.id,
    enforce_nonce: true,
  };
  return message.client.rest.post(Routes.channelMessages(message.channelId), { body });
}
