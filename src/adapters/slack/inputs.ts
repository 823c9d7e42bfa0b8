import type { ChannelRef, MessageInput } from '../../core/index.js';
import { withoutOwnMessages } from './quoted-messages.js';
import { readSlackMessageText } from './read-text.js';
import type { SlackMessageEvent } from './schemas.js';

export type { SlackMessageEvent } from './schemas.js';

/** The Events API envelope around an event (HTTP body or Socket Mode payload), as `envelopeSchema` reads it. */
export interface SlackEventEnvelope {
  event_id?: string | undefined;
  /** This installation's workspace (in a shared channel, not the channel's source: see `envelopeSchema`). */
  team_id?: string | undefined;
}

/** Who the bot is, from `auth.test` (Bolt puts it in the listener's `context`). */
export interface SlackSelf {
  botUserId?: string;
  botId?: string;
}

/**
 * Slackbot's user id in every workspace. Its posts (reminders, custom responses) carry no `bot_id`,
 * and `users.info` calls it no bot, but no person writes them.
 */
const SLACKBOT = 'USLACKBOT';

/** The subtype of a message sent with `/me`. */
const ME_MESSAGE = 'me_message';

/** A Slack conversation as core names it. */
export function toSlackChannel(workspaceId: string | undefined, channelId: string): ChannelRef {
  return workspaceId ? { platform: 'slack', workspaceId, channelId } : { platform: 'slack', channelId };
}

/**
 * Carries a `message` event to core unchanged in meaning: who wrote it (any bot, or this one),
 * its subtype and its text. Whether to answer is core's decision.
 */
export function toMessageInput(
  event: SlackMessageEvent,
  envelope: SlackEventEnvelope,
  self: SlackSelf,
  locale?: string | (() => Promise<string | undefined>),
): MessageInput {
  const current = event.message ?? event;
  const userId = current.user ?? event.user;
  const botId = current.bot_id ?? event.bot_id;
  const isBot =
    botId !== undefined ||
    userId === SLACKBOT ||
    current.bot_profile !== undefined ||
    event.bot_profile !== undefined ||
    event.subtype === 'bot_message';
  const isSelf =
    (userId !== undefined && userId === self.botUserId) || (botId !== undefined && botId === self.botId);
  const input: MessageInput = {
    // Slack retries an event with the same event_id, over HTTP and Socket Mode alike.
    eventId: envelope.event_id ?? `${event.channel}:${event.ts}`,
    channel: toSlackChannel(envelope.team_id ?? event.team, event.channel),
    author: { id: userId ?? botId ?? '', isBot, isSelf },
    text: readSlackMessageText(withoutOwnMessages(current, self)),
  };
  // `/me is seeing ECONNRESET` (a `me_message`) is a person's new message, only shown in italics.
  const own = event.subtype === ME_MESSAGE ? undefined : event.subtype;
  const subtype = own ?? unlabelledSubtype(event);
  if (subtype !== undefined) input.subtype = subtype;
  if (typeof locale === 'string') input.locale = locale;
  else if (locale !== undefined) input.loadLocale = locale;
  return input;
}

/**
 * What an event without a subtype is when it is no new message. An edit of a message that mentions
 * the app comes again as an `app_mention`, with `edited` and a new event_id (slackapi/bolt-js#960).
 * `message_replied` comes over the Events API without its subtype (Slack's documented bug), its
 * parent in `message`: only an update nests the message it is about. And Slack marks `hidden` what
 * is history, not something posted.
 */
function unlabelledSubtype(event: SlackMessageEvent): string | undefined {
  if (event.edited !== undefined) return 'message_changed';
  if (event.message !== undefined) return 'message_replied';
  return event.hidden === true ? 'hidden' : undefined;
}
