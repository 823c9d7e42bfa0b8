import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';
import type { Logger } from '../../core/index.js';
import type { SlackCaller } from './calls.js';
import { isBlocksRefusal } from './post-reply.js';

/** Where a request's answer goes: the person who asked (an ephemeral message) or the channel. */
export interface RequestAnswer {
  /**
   * Sends `message`; resolves with whether it reached Slack. `plain`, the same answer as text, goes
   * instead when Slack refuses the message's blocks (see `post-reply.ts`); it is rendered only then,
   * as a command's answer is on the hot path.
   */
  send(message: RespondArguments, plain?: () => RespondArguments): Promise<boolean>;
}

/**
 * The answer of a request already acknowledged: through its `response_url`, retried within a
 * budget; after a timeout only when `retryTimeouts` (the default), as Slack may have posted it late.
 */
export function answerThroughResponseUrl(
  respond: RespondFn,
  calls: SlackCaller,
  options: { retryTimeouts?: boolean } = {},
): RequestAnswer {
  const once = async (message: RespondArguments) =>
    calls.call('response_url', () => respond({ replace_original: false, ...message }), options);
  return {
    async send(message, plain) {
      const first = await once(message);
      if (first.ok || !plain || !isBlocksRefusal(first.error)) return first.ok;
      return (await once(plain())).ok;
    },
  };
}

/**
 * The one answer to a slash command: inside the ack while the ack is still open (Slack shows it
 * at once, and no second request is needed), else through the command's `response_url`.
 */
export interface AckAnswer extends RequestAnswer {
  /** Acknowledges with no message when nothing was sent (a replay, a failure already answered). */
  close(): Promise<void>;
}

export interface RequestAnswerDeps {
  ack: AckFn<string | RespondArguments>;
  respond: RespondFn;
  calls: SlackCaller;
  logger: Logger;
  /**
   * How long the ack may wait for the answer. Slack wants the ack within 3 s; an answer that
   * takes longer (a slow store, a slow `users.info`) goes through `response_url` after an empty ack.
   */
  waitMs: number;
}

/**
 * Holds the ack open for at most `waitMs`: an answer ready by then travels in it, a later one
 * after an empty ack. An ack that fails (the connection is gone) hands the answer to `response_url`.
 */
export function answerInAck(deps: RequestAnswerDeps): AckAnswer {
  const { ack, logger } = deps;
  const later = answerThroughResponseUrl(deps.respond, deps.calls);
  let acked: Promise<boolean> | undefined;
  const acknowledge = (message?: RespondArguments): Promise<boolean> => {
    clearTimeout(timer);
    acked = (message ? ack(message) : ack()).then(
      () => true,
      (error: unknown) => {
        logger.warn('could not acknowledge a Slack request', { error });
        return false;
      },
    );
    return acked;
  };
  const timer = setTimeout(() => {
    if (!acked) void acknowledge();
  }, deps.waitMs);
  // The wait alone must not keep a stopping process alive.
  timer.unref();

  return {
    async send(message, plain) {
      if (!acked) {
        if (await acknowledge(message)) return true;
        return later.send(message, plain);
      }
      await acked;
      return later.send(message, plain);
    },
    async close() {
      await (acked ?? acknowledge());
    },
  };
}
