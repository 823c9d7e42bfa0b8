import type { MessageInput } from '../../core/index.js';
import type { SlackFileReader } from './files.js';
import type { SlackSelf } from './inputs.js';
import { shownFiles } from './quoted-messages.js';
import type { SlackMessageEvent } from './schemas.js';

let mention: { userId: string; pattern: RegExp } | undefined;

/** `<@U123>` or, in older clients, `<@U123|name>`; built once for the bot's own user id. */
function mentionOf(userId: string): RegExp {
  if (mention?.userId !== userId) mention = { userId, pattern: new RegExp(`<@${userId}[|>]`) };
  return mention.pattern;
}

/**
 * What a Slack message tells core beyond its text: whether it asks sockerr (`<@bot>`, as an
 * `app_mention` always does, or a direct message), the thread a reply goes to, the other names of the same message
 * (its `ts`, its files' ids: a `message` and an `app_mention` or `file_shared` for it are one
 * message), and how to read its text files (a forwarded message's too), which core asks for only
 * when it may answer.
 */
export function withSlackExtras(
  input: MessageInput,
  event: SlackMessageEvent,
  self: SlackSelf,
  files: SlackFileReader | undefined,
): MessageInput {
  const text = event.text ?? '';
  // A direct message to sockerr asks it as a mention does.
  if (event.channel_type === 'im' || (self.botUserId && mentionOf(self.botUserId).test(text)))
    input.mentioned = true;
  input.threadId = event.thread_ts ?? event.ts;
  // A forwarded or linked message's snippets are read as the message's own.
  const shared = shownFiles(event, self);
  input.dedupeKeys = [event.ts, ...shared.map((f) => f.id)];
  if (files && shared.length > 0) input.loadFiles = () => files.readText(shared, event.channel);
  return input;
}
