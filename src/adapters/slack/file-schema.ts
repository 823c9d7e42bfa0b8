import * as v from 'valibot';
import { SLACK_LIMITS } from './limits.js';
import { cappedList, slackId as id, optionalId, optionalText as text } from './payload-fields.js';

/** One share of a file in a conversation (`files.info` → `shares.public|private[channel][]`). */
const shareSchema = v.fallback(v.object({ ts: id, thread_ts: optionalId }), { ts: '' });
const sharesByChannel = v.fallback(v.optional(v.record(v.string(), v.array(shareSchema))), undefined);

/**
 * A Slack file object as sockerr reads it: in a `file_share` message's `files`, in a shortcut's
 * message, or from `files.info`. A file may arrive partial (`file_access: "check_file_info"`, only
 * its `id`): `files.info` then tells the rest. Wrong types read as absent.
 */
export const slackFileSchema = v.object({
  id,
  name: text,
  title: text,
  mimetype: text,
  filetype: text,
  /** `snippet` for a text snippet (a long paste); `hosted` for an upload; `external`, `tombstone`… */
  mode: text,
  size: v.fallback(v.optional(v.pipe(v.number(), v.minValue(0))), undefined),
  url_private: text,
  url_private_download: text,
  user: text,
  bot_id: text,
  file_access: text,
  is_external: v.fallback(v.optional(v.boolean()), undefined),
  shares: v.fallback(v.optional(v.object({ public: sharesByChannel, private: sharesByChannel })), undefined),
});
export type SlackFile = v.InferOutput<typeof slackFileSchema>;

const isFile = (file: SlackFile | null): file is SlackFile => file !== null;

/** A message's files, at most as many as Slack lets one message carry; a malformed one is left out. */
export const slackFilesSchema = v.pipe(
  cappedList(v.fallback(v.nullable(slackFileSchema), null), SLACK_LIMITS.inbound.files),
  v.transform((files) => files?.filter(isFile)),
);
