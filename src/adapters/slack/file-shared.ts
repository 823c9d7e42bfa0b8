import { setTimeout as delay } from 'node:timers/promises';
import type { AllMiddlewareArgs } from '@slack/bolt';
import * as v from 'valibot';
import { checkPayload } from './check-payload.js';
import type { SlackFile } from './file-schema.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { slackId as id, optionalId } from './payload-fields.js';

type HandleMessage = (args: {
  message: unknown;
  body: unknown;
  context: AllMiddlewareArgs['context'];
}) => Promise<void>;

const fileSharedSchema = v.object({
  channel_id: id,
  file_id: id,
  user_id: id,
  event_ts: optionalId,
});

/**
 * The `message` event of the same share usually arrives with this one and carries the message's
 * text too: it is given this long to be answered first (both name the message and the file, so
 * only one of them is answered).
 */
const GRACE_MS = 1_000;

/** Where the file was shared in `channel`: the message's `ts` (the event's own, else the latest) and thread. */
function shareIn(file: SlackFile, channel: string, eventTs: string | undefined) {
  const shares = [
    ...(file.shares?.public?.[channel] ?? []),
    ...(file.shares?.private?.[channel] ?? []),
  ].filter((s) => s.ts !== '');
  return shares.find((s) => s.ts === eventTs) ?? shares.sort((a, b) => Number(b.ts) - Number(a.ts))[0];
}

/**
 * `file_shared`: a file shared in a conversation sockerr is in. Read through `files.info` and
 * answered as the `file_share` message it came with would be (same thread, same policy); a file
 * whose message was already answered is not answered again.
 */
export function createFileSharedHandler(
  deps: SlackListenerDeps,
  handleMessage: HandleMessage,
  graceMs = GRACE_MS,
): (args: { event: unknown; body: unknown; context: AllMiddlewareArgs['context'] }) => Promise<void> {
  const { files, logger, metrics } = deps;
  return async ({ event, body, context }) => {
    metrics.eventReceived('slack', 'file_shared');
    const parsed = checkPayload(fileSharedSchema, event);
    if (!parsed.success || !files) {
      if (!parsed.success) metrics.requestRejected('slack', 'malformed');
      return;
    }
    const shared = parsed.data;
    if (graceMs > 0) await delay(graceMs);
    const file = await files.info(shared.file_id);
    const share = file && shareIn(file, shared.channel_id, shared.event_ts);
    if (!file || !share) {
      logger.debug('a shared Slack file has no message to answer in', { file: shared.file_id });
      return;
    }
    const message = {
      type: 'message',
      subtype: 'file_share',
      channel: shared.channel_id,
      ts: share.ts,
      ...(share.thread_ts ? { thread_ts: share.thread_ts } : {}),
      user: shared.user_id,
      text: '',
      files: [file],
    };
    await handleMessage({ message, body, context });
  };
}
