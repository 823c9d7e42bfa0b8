import { type CoreContext, channelKey } from '../context.js';
import { isStoreUnavailable } from '../ports/index.js';
import type { Core } from '../types.js';
import { decideAutoReply, markReplyPosted, releaseAutoReply } from './auto-reply.js';

/** Core's auto-reply methods: the decision, and what the adapter did with it (posted, or could not). */
export function autoReplyMethods(ctx: CoreContext): Pick<Core, 'message' | 'replyPosted' | 'replyFailed'> {
  return {
    async message(input) {
      try {
        return await decideAutoReply(ctx, input);
      } catch (error) {
        // The store logs an outage once; each paused auto-reply is only a debug line.
        if (isStoreUnavailable(error)) {
          ctx.logger.debug('auto-reply paused: the store cannot be used', {
            channel: channelKey(input.channel),
          });
          return { action: 'ignore', reason: 'store-unavailable' };
        }
        ctx.logger.error('auto-reply decision failed', { error, channel: channelKey(input.channel) });
        return { action: 'ignore', reason: 'error' };
      }
    },

    async replyPosted(input) {
      await markReplyPosted(ctx, input).catch((error) =>
        ctx.logger.warn('could not note a posted reply', { error }),
      );
    },

    async replyFailed(input, findings) {
      await releaseAutoReply(ctx, input, findings).catch((error) =>
        ctx.logger.warn('could not release an unposted reply', { error }),
      );
    },
  };
}
