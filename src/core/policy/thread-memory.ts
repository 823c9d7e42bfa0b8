import { type CoreContext, channelKey } from '../context.js';
import type { MessageInput } from '../types.js';

/** How long a thread sockerr answered in counts as asking it (`auto mention`). */
const THREAD_MEMORY_MS = 7 * 24 * 60 * 60_000;

const threadKey = (input: MessageInput) => `thread:${channelKey(input.channel)}:${input.threadId}`;

/**
 * The threads sockerr answered in, for `auto mention`: a later message there asks it as a mention
 * does, whichever answer it gave there (a paste's triage or a question's answer). Only channels in
 * that mode read or write it: others pay no store call for it.
 */
export const threadMemory = {
  /** Whether the message is in a thread sockerr answered in. */
  async answeredIn(ctx: CoreContext, input: MessageInput): Promise<boolean> {
    return input.threadId !== undefined && Boolean(await ctx.store.recall(threadKey(input)));
  },

  /** Notes the thread of a reply about to be posted; a store failure only costs that memory. */
  async note(ctx: CoreContext, mentionOnly: boolean | undefined, input: MessageInput): Promise<void> {
    if (!mentionOnly || !input.threadId) return;
    await ctx.store
      .remember(threadKey(input), '1', THREAD_MEMORY_MS)
      .catch((error) => ctx.logger.warn('could not remember the thread of a reply', { error }));
  },
};
