import type { App, BlockAction, ButtonAction, MessageShortcut } from '@slack/bolt';
import { createMessageHandler } from './handle-message.js';
import { createRequestHandlers } from './handle-requests.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { MORE_ACTION_ID, SHARE_ACTION_ID } from './render.js';
import { answerInAck, answerThroughResponseUrl } from './request-answer.js';
import { registerSlackSurfaces } from './surfaces.js';

export { SEEN_REACTION } from './handle-message.js';

/** The slash command, as declared in `slack/manifest.json`. */
export const SLASH_COMMAND = '/sockerr';
/** The message shortcut's `callback_id`, as declared in `slack/manifest.json`. */
export const EXPLAIN_SHORTCUT_ID = 'explain_socket_errors';

const SHARE_ACTION = new RegExp(`^${SHARE_ACTION_ID}(?:_\\d+)?$`);
const MORE_ACTION = new RegExp(`^${MORE_ACTION_ID}(?:_\\d+)?$`);

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
  const handleMessage = createMessageHandler(deps);
  app.message(handleMessage);
  registerSlackSurfaces(app, deps, handleMessage);
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: EXPLAIN_SHORTCUT_ID },
    async ({ shortcut, ack, respond }) => {
      await ack();
      await requests.shortcut(shortcut, answerThroughResponseUrl(respond, calls));
    },
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: SHARE_ACTION },
    async ({ action, body, ack, respond }) => {
      await ack();
      await requests.share(action, body, answerThroughResponseUrl(respond, calls), respond);
    },
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: MORE_ACTION },
    async ({ action, body, ack, respond }) => {
      await ack();
      await requests.more(action, body, answerThroughResponseUrl(respond, calls), respond);
    },
  );
}
