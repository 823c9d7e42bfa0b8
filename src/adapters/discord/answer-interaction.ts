import { setTimeout as delay } from 'node:timers/promises';
import { type InteractionReplyOptions, MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Reply } from '../../core/index.js';
import { renderDiscordReply } from './render.js';
import type { SendGuard } from './send-guard.js';

/** Whether everyone in the channel sees an answer, or only the person who asked. */
export type Visibility = 'ephemeral' | 'public';

/** What an interaction is answered with. */
export interface InteractionAnswer {
  reply: Reply;
  visibility: Visibility;
}

/** Every message sockerr sends pings nobody: not a pasted @everyone, not a role, not the asker. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** Discord voids an interaction not answered within 3 s; deferring leaves this much margin. */
export const DEFAULT_DEFER_AFTER_MS = 1_500;

/**
 * Answers an interaction with the result of `work`. Quick work is sent as the answer itself; work
 * still running after `deferAfterMs` gets a deferred answer ("sockerr is thinking…", visible as
 * `expected`), then the result replaces it. If the result wants the other visibility it is sent
 * as a follow-up and the placeholder removed. Resolves whether the answer reached Discord.
 */
export async function answerInteraction(
  interaction: RepliableInteraction,
  work: Promise<InteractionAnswer>,
  options: {
    deferAfterMs: number;
    expected: Visibility;
    /**
     * Runs what goes through the interaction's webhook once deferred: it stays valid for 15 minutes,
     * so a 5xx or a timeout there is retried (the first answer has 3 s and is not).
     */
    guard?: SendGuard;
  },
): Promise<boolean> {
  const timer = new AbortController();
  const timedOut = Symbol('timed out');
  const first = await Promise.race([
    work,
    delay(options.deferAfterMs, timedOut, { signal: timer.signal }).catch(() => undefined),
  ]).finally(() => timer.abort());
  if (first !== timedOut && first !== undefined) {
    await interaction.reply(toReplyOptions(first));
    return true;
  }
  await interaction.deferReply(options.expected === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
  const answer = await work;
  const viaWebhook = (send: () => Promise<unknown>) =>
    options.guard
      ? options.guard.run(interaction.channelId ?? 'unknown', 'answer an interaction', send)
      : send().then(() => true);
  const { flags: _flags, ...edit } = toReplyOptions(answer);
  if (answer.visibility === options.expected) return viaWebhook(() => interaction.editReply(edit));
  if (!(await viaWebhook(() => interaction.followUp(toReplyOptions(answer))))) return false;
  await viaWebhook(() => interaction.deleteReply());
  return true;
}

function toReplyOptions(
  answer: InteractionAnswer,
): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  const payload = renderDiscordReply(answer.reply);
  const options: InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } = {
    ...payload,
    allowedMentions: NO_MENTIONS,
  };
  if (answer.visibility === 'ephemeral') options.flags = MessageFlags.Ephemeral;
  return options;
}
