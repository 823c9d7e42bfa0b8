import { z } from 'zod';
import { slackFilesSchema } from './file-schema.js';
import { SLACK_LIMITS } from './limits.js';

/**
 * Slack payloads as sockerr reads them, checked at the adapter boundary. A correctly signed
 * payload can still be malformed (a bug, a proxy, a replay with edits): fields that sockerr only
 * reads for text are dropped when they have the wrong type, lists are cut to Slack's own limits,
 * and a payload without what a reply needs (a channel, a user) is refused as a whole.
 */

const text = z.string().optional().catch(undefined);
const id = z.string().min(1).max(SLACK_LIMITS.inbound.id);

/** A list read only for text: wrong types become "absent", and at most `max` items are read. */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .preprocess((value) => (Array.isArray(value) ? value.slice(0, max) : undefined), z.array(item).optional())
    .catch(undefined);

const field = z.object({ title: text, value: text }).catch({});
const attachment = z
  .object({
    pretext: text,
    title: text,
    text,
    fallback: text,
    fields: list(field, SLACK_LIMITS.inbound.fields),
  })
  .catch({});
const block = z
  .object({
    type: text,
    text: z.object({ text }).optional().catch(undefined),
    fields: list(z.object({ text }).catch({}), SLACK_LIMITS.inbound.fields),
    elements: list(z.unknown(), SLACK_LIMITS.inbound.elements),
  })
  .catch({});

/** The parts of a message that can hold text. */
const messageParts = {
  text,
  attachments: list(attachment, SLACK_LIMITS.inbound.attachments),
  blocks: list(block, SLACK_LIMITS.inbound.blocks),
  /** Snippets and uploads (`file_share`); read through the Web API, not from here. */
  files: slackFilesSchema,
};

const author = {
  user: id.optional().catch(undefined),
  bot_id: id.optional().catch(undefined),
  bot_profile: z.unknown().optional(),
  subtype: text,
};

/** A `message` event (every subtype shares this shape). */
export const messageEventSchema = z.object({
  type: z.literal('message'),
  channel: id,
  ts: id,
  channel_type: text,
  thread_ts: id.optional().catch(undefined),
  team: id.optional().catch(undefined),
  /** Set on an `app_mention` that Slack sends again because its message was edited. */
  edited: z.unknown().optional(),
  ...author,
  ...messageParts,
  /** `message_changed`: the message as it is now. */
  message: z
    .object({ ...author, ...messageParts })
    .optional()
    .catch(undefined),
});
export type SlackMessageEvent = z.infer<typeof messageEventSchema>;

/** The Events API envelope around an event (HTTP body or Socket Mode payload). */
export const envelopeSchema = z
  .object({ event_id: id.optional().catch(undefined), team_id: id.optional().catch(undefined) })
  .catch({});

/** `/sockerr <text>`. */
export const commandSchema = z.object({
  text: z.string().catch(''),
  user_id: id,
  channel_id: id,
  team_id: id.optional().catch(undefined),
  trigger_id: id.optional().catch(undefined),
});

/** The "Explain socket errors" message shortcut. */
export const shortcutSchema = z.object({
  message: z.object({ ...messageParts, thread_ts: id.optional().catch(undefined) }).catch({}),
  channel: z.object({ id }),
  user: z.object({ id, team_id: id.optional().catch(undefined) }),
  team: z.object({ id }).nullable().optional().catch(undefined),
  trigger_id: id.optional().catch(undefined),
});

/** A press on one of a reply's buttons: share, more. */
export const shareActionSchema = z.object({
  action: z.object({ value: z.string().max(SLACK_LIMITS.buttonValue).catch('') }),
  body: z.object({
    channel: z.object({ id }).optional().catch(undefined),
    container: z
      .object({ channel_id: id.optional().catch(undefined) })
      .optional()
      .catch(undefined),
    trigger_id: id.optional().catch(undefined),
  }),
});
