import type { App, BlockAction, ButtonAction, MessageShortcut } from '@slack/bolt';
import { createMessageHandler } from './handle-message.js';
import { createRequestHandlers } from './handle-requests.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { SHARE_ACTION_ID } from './render.js';
import { registerSlackSurfaces } from './surfaces.js';

export { SEEN_REACTION } from './handle-message.js';

/** The slash command, as declared in `slack/manifest.json`. */
export const SLASH_COMMAND = '/sockerr';
/** The message shortcut's `callback_id`, as declared in `slack/manifest.json`. */
export const EXPLAIN_SHORTCUT_ID = 'explain_socket_errors';

const SHARE_ACTION = new RegExp(`^${SHARE_ACTION_ID}(?:_\\d+)?$`);

/**
 * Wires Slack's inputs to core and core's replies back to Slack. No decisions are made here;
 * every payload is checked (`schemas.ts`) before it reaches core. Requests are acknowledged
 * first: Slack wants that within 3 s, and a look-up may take a round trip.
 */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const requests = createRequestHandlers(deps);
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    await requests.command(command, respond);
  });
  const handleMessage = createMessageHandler(deps);
  app.message(handleMessage);
  registerSlackSurfaces(app, deps, handleMessage);
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: EXPLAIN_SHORTCUT_ID },
    async ({ shortcut, ack, respond }) => {
      await ack();
      await requests.shortcut(shortcut, respond);
    },
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: SHARE_ACTION },
    async ({ action, body, ack, respond }) => {
      await ack();
      await requests.share(action, body, respond);
    },
  );
}
