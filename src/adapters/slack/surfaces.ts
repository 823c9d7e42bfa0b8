import type { AllMiddlewareArgs, RespondFn } from '@slack/bolt';
import { FEEDBACK_ACTION_IDS, HOME_ACTION_IDS } from './action-ids.js';
import { createAppHome } from './app-home.js';
import { createChannelDirectory } from './channel-directory.js';
import { createFeedbackHandler } from './feedback.js';
import { createFileSharedHandler } from './file-shared.js';
import type { createRequestHandlers } from './handle-requests.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { MORE_ACTION_ID, SHARE_ACTION_ID } from './render.js';
import { answerThroughResponseUrl } from './request-answer.js';
import { WARM_UP_CONTEXT_KEY } from './warm-up-bolt.js';

type HandleMessage = (args: {
  message: unknown;
  body: unknown;
  context: AllMiddlewareArgs['context'];
}) => Promise<void>;

const oneOf = (ids: readonly string[]) => ids.join('|');
const SHARE = `${SHARE_ACTION_ID}(?:_\\d+)?`;
const MORE = `${MORE_ACTION_ID}(?:_\\d+)?`;
const FEEDBACK = oneOf(Object.values(FEEDBACK_ACTION_IDS));
const HOME = oneOf(Object.values(HOME_ACTION_IDS));

/** The events sockerr listens to, for one Bolt listener. */
export const SURFACE_EVENTS = /^(?:message|app_mention|file_shared|app_home_opened)$/;
/** Every `block_actions` action id of sockerr's buttons and menus, for one Bolt listener. */
export const SURFACE_ACTIONS = new RegExp(`^(?:${SHARE}|${MORE}|${FEEDBACK}|${HOME})$`);
const SHARE_ACTION = new RegExp(`^${SHARE}$`);
const MORE_ACTION = new RegExp(`^${MORE}$`);
const FEEDBACK_ACTION = new RegExp(`^(?:${FEEDBACK})$`);

interface EventArgs {
  event: { type: string };
  body: unknown;
  context: AllMiddlewareArgs['context'];
}

interface ActionArgs {
  action: { action_id: string };
  body: unknown;
  respond: RespondFn;
}

/**
 * Everything beyond the slash command and the shortcut: messages, mentions (`app_mention`, the
 * same message as its `message` event, answered once), shared files (`file_shared`), the buttons
 * under replies and App Home with its settings menus. Bolt runs every listener's middleware for
 * every request, so these are two listeners (one for events, one for actions, acknowledged
 * first) that pick the handler here, rather than one listener each.
 */
export function createSlackSurfaces(
  deps: SlackListenerDeps,
  handleMessage: HandleMessage,
  requests: ReturnType<typeof createRequestHandlers>,
) {
  const fileShared = createFileSharedHandler(deps, handleMessage, deps.fileSharedGraceMs);
  const feedback = createFeedbackHandler(deps);
  const home = createAppHome(deps, createChannelDirectory({ web: deps.web, calls: deps.calls }));

  return {
    async event({ event, body, context }: EventArgs): Promise<void> {
      // The start's pass through Bolt (warm-up-bolt.ts) ends here: it is no one's message.
      if (context[WARM_UP_CONTEXT_KEY] === true) return;
      switch (event.type) {
        case 'message':
          return handleMessage({ message: event, body, context });
        case 'app_mention':
          return handleMessage({ message: { ...event, type: 'message' }, body, context });
        case 'file_shared':
          return fileShared({ event, body, context });
        case 'app_home_opened':
          return home.opened(event, body);
      }
    },

    /** Runs after the ack: each answer is a request of its own. */
    async action({ action, body, respond }: ActionArgs): Promise<void> {
      const id = action.action_id;
      // What Share posts everyone sees: a post that timed out is not sent again (it may be there).
      if (SHARE_ACTION.test(id)) {
        const once = answerThroughResponseUrl(respond, deps.calls, { retryTimeouts: false });
        return requests.share(action, body, once, respond);
      }
      if (MORE_ACTION.test(id))
        return requests.more(action, body, answerThroughResponseUrl(respond, deps.calls), respond);
      if (FEEDBACK_ACTION.test(id)) return feedback(action, body);
      return home.choose(action, body);
    },
  };
}
