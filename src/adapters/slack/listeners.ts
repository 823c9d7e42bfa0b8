import type { App, BlockAction, MessageShortcut } from '@slack/bolt';
import { createMessageHandler } from './handle-message.js';
import { createRequestHandlers } from './handle-requests.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { answerInAck, answerThroughResponseUrl } from './request-answer.js';
import { createSlackSurfaces, SURFACE_ACTIONS, SURFACE_EVENTS } from './surfaces.js';

export { SEEN_REACTION } from './handle-message.js';

/** The slash command, as declared in `slack/manifest.json`. */
export const SLASH_COMMAND = '/sockerr';
/** The message shortcut's `callback_id`, as declared in `slack/manifest.json`. */
export const EXPLAIN_SHORTCUT_ID = 'explain_socket_errors';

/**
 * Wires Slack's inputs to core and core's replies back to Slack. No decisions are made here;
 * every payload is checked (`schemas.ts`) before it reaches core. A slash command is answered in
 * its ack when the answer is ready within `ackWaitMs` (nearly always: core needs at most the
 * store and a cached `users.info`), else acknowledged empty and answered through `response_url`.
 * Shortcuts and buttons are acknowledged first: their answers are posts of their own.
 */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const { calls, logger } = deps;
  const requests = createRequestHandlers(deps);
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    const answer = answerInAck({ ack, respond, calls, logger, waitMs: deps.ackWaitMs });
    try {
      await requests.command(command, answer);
    } finally {
      await answer.close();
    }
  });
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: EXPLAIN_SHORTCUT_ID },
    async ({ shortcut, ack, respond }) => {
      await ack();
      await requests.shortcut(shortcut, answerThroughResponseUrl(respond, calls));
    },
  );
  const surfaces = createSlackSurfaces(deps, createMessageHandler(deps), requests);
  app.event(SURFACE_EVENTS, surfaces.event);
  app.action<BlockAction>({ type: 'block_actions', action_id: SURFACE_ACTIONS }, async (args) => {
    await args.ack();
    await surfaces.action(args);
  });
}
