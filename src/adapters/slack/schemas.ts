import * as v from 'valibot';
import { slackFilesSchema } from './file-schema.js';
import { SLACK_LIMITS } from './limits.js';
import { cappedList, slackId as id, optionalId, optionalText as text } from './payload-fields.js';

/**
 * Slack payloads as sockerr reads them, checked at the adapter boundary. A correctly signed
 * payload can still be malformed (a bug, a proxy, a replay with edits): fields that sockerr only
 * reads for text are dropped when they have the wrong type, lists are cut to Slack's own limits,
 * and a payload without what a reply needs (a channel, a user) is refused as a whole.
 */

const field = v.fallback(v.object({ title: text, value: text }), {});
const block = v.fallback(
  v.object({
    type: text,
    text: v.fallback(v.optional(v.object({ text })), undefined),
    fields: cappedList(v.fallback(v.object({ text }), {}), SLACK_LIMITS.inbound.fields),
    elements: cappedList(v.unknown(), SLACK_LIMITS.inbound.elements),
  }),
  {},
);
const blocks = cappedList(block, SLACK_LIMITS.inbound.blocks);
/**
 * An attachment: an alert's (text, fields, or Block Kit of its own in `blocks`), or a message Slack
 * shows inside this one: a forward (`is_share`) or a permalink's preview (`is_msg_unfurl`), with
 * its author (`author_id`, `bot_id`), its words (`text`, and its blocks in `message_blocks`) and
 * its files.
 */
const attachment = v.fallback(
  v.object({
    pretext: text,
    title: text,
    text,
    fallback: text,
    fields: cappedList(field, SLACK_LIMITS.inbound.fields),
    blocks,
    message_blocks: cappedList(
      v.fallback(v.object({ message: v.fallback(v.optional(v.object({ blocks })), undefined) }), {}),
      SLACK_LIMITS.inbound.attachments,
    ),
    author_id: optionalId,
    bot_id: optionalId,
    files: slackFilesSchema,
  }),
  {},
);

/** The parts of a message that can hold text. */
const messageParts = {
  text,
  attachments: cappedList(attachment, SLACK_LIMITS.inbound.attachments),
  blocks,
  /** Snippets and uploads (`file_share`); read through the Web API, not from here. */
  files: slackFilesSchema,
};

const author = {
  user: optionalId,
  bot_id: optionalId,
  bot_profile: v.optional(v.unknown()),
  subtype: text,
};

/** A `message` event (every subtype shares this shape). */
export const messageEventSchema = v.object({
  type: v.literal('message'),
  channel: id,
  ts: id,
  channel_type: text,
  thread_ts: optionalId,
  team: optionalId,
  /** Set on an `app_mention` that Slack sends again because its message was edited. */
  edited: v.optional(v.unknown()),
  /** Set on events that are a channel's history, not a message posted (edits, deletions, replies). */
  hidden: v.fallback(v.optional(v.boolean()), undefined),
  ...author,
  ...messageParts,
  /** `message_changed`: the message as it is now. */
  message: v.fallback(v.optional(v.object({ ...author, ...messageParts })), undefined),
});
export type SlackMessageEvent = v.InferOutput<typeof messageEventSchema>;

const authorization = v.fallback(v.object({ team_id: optionalId }), {});

/**
 * The Events API envelope around an event (HTTP body or Socket Mode payload), read as the event's
 * id and the workspace of this installation. In a channel shared with another organization (Slack
 * Connect) or across an Enterprise Grid org, the envelope's own `team_id` names the workspace the
 * channel came from, not this one: `authorizations[0].team_id` (and `context_team_id`) name the
 * installation the event came through, as Bolt reads it (slackapi/bolt-js#687). Slash commands and
 * buttons name that same workspace, so a channel's settings are found by either.
 */
export const envelopeSchema = v.pipe(
  v.fallback(
    v.object({
      event_id: optionalId,
      team_id: optionalId,
      context_team_id: optionalId,
      authorizations: cappedList(authorization, 1),
    }),
    {},
  ),
  v.transform(({ event_id, team_id, context_team_id, authorizations }) => ({
    event_id,
    team_id: authorizations?.[0]?.team_id ?? context_team_id ?? team_id,
  })),
);

/** `/sockerr <text>`. */
export const commandSchema = v.object({
  text: v.fallback(v.string(), ''),
  user_id: id,
  channel_id: id,
  team_id: optionalId,
  trigger_id: optionalId,
});

/** The "Explain socket errors" message shortcut. */
export const shortcutSchema = v.object({
  message: v.fallback(v.object({ ...messageParts, thread_ts: optionalId }), {}),
  channel: v.object({ id }),
  user: v.object({ id, team_id: optionalId }),
  team: v.fallback(v.nullish(v.object({ id })), undefined),
  trigger_id: optionalId,
});

/** A press on one of a reply's buttons: share, more. */
export const shareActionSchema = v.object({
  action: v.object({ value: v.fallback(v.pipe(v.string(), v.maxLength(SLACK_LIMITS.buttonValue)), '') }),
  body: v.object({
    channel: v.fallback(v.optional(v.object({ id })), undefined),
    container: v.fallback(
      v.optional(v.object({ channel_id: optionalId, message_ts: optionalId })),
      undefined,
    ),
    trigger_id: optionalId,
  }),
});
export type ShareAction = v.InferOutput<typeof shareActionSchema>;
