import { z } from 'zod';
import { SLACK_LIMITS } from './limits.js';

const text = z.string().optional().catch(undefined);
const id = z.string().min(1).max(SLACK_LIMITS.inbound.id);

/** One share of a file in a conversation (`files.info` → `shares.public|private[channel][]`). */
const shareSchema = z.object({ ts: id, thread_ts: id.optional().catch(undefined) }).catch({ ts: '' });

/**
 * A Slack file object as sockerr reads it: in a `file_share` message's `files`, in a shortcut's
 * message, or from `files.info`. A file may arrive partial (`file_access: "check_file_info"`, only
 * its `id`): `files.info` then tells the rest. Wrong types read as absent.
 */
export const slackFileSchema = z.object({
  id,
  name: text,
  title: text,
  mimetype: text,
  filetype: text,
  /** `snippet` for a text snippet (a long paste); `hosted` for an upload; `external`, `tombstone`… */
  mode: text,
  size: z.number().nonnegative().optional().catch(undefined),
  url_private: text,
  url_private_download: text,
  user: text,
  bot_id: text,
  file_access: text,
  is_external: z.boolean().optional().catch(undefined),
  shares: z
    .object({
      public: z.record(z.string(), z.array(shareSchema)).optional().catch(undefined),
      private: z.record(z.string(), z.array(shareSchema)).optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
export type SlackFile = z.infer<typeof slackFileSchema>;

/** A message's files, at most as many as Slack lets one message carry. */
export const slackFilesSchema = z
  .preprocess(
    (value) => (Array.isArray(value) ? value.slice(0, SLACK_LIMITS.inbound.files) : undefined),
    z.array(slackFileSchema.nullable().catch(null)).optional(),
  )
  .catch(undefined)
  .transform((files) => files?.filter((f): f is SlackFile => f !== null))
  .optional();
