import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { FEEDBACK_ACTION_IDS, HOME_ACTION_IDS } from './action-ids.js';
import { createAppHome } from './app-home.js';
import { createChannelDirectory } from './channel-directory.js';
import { createFeedbackHandler } from './feedback.js';
import { createFileSharedHandler } from './file-shared.js';
import type { SlackListenerDeps } from './listener-deps.js';

type HandleMessage = (args: {
  message: unknown;
  body: unknown;
  context: AllMiddlewareArgs['context'];
}) => Promise<void>;

const FEEDBACK = new RegExp(`^(${Object.values(FEEDBACK_ACTION_IDS).join('|')})$`);
const HOME = new RegExp(`^(${Object.values(HOME_ACTION_IDS).join('|')})$`);

/**
 * Everything beyond a message's text: mentions (`app_mention`, the same message as its `message`
 * event, answered once), shared files (`file_shared`), the feedback buttons under auto-replies,
 * and App Home with its settings menus. Each request is acknowledged first.
 */
export function registerSlackSurfaces(app: App, deps: SlackListenerDeps, handleMessage: HandleMessage): void {
  app.event('app_mention', async ({ event, body, context }) => {
    await handleMessage({ message: { ...event, type: 'message' }, body, context });
  });
  const fileShared = createFileSharedHandler(deps, handleMessage, deps.fileSharedGraceMs);
  app.event('file_shared', ({ event, body, context }) => fileShared({ event, body, context }));

  const feedback = createFeedbackHandler(deps);
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: FEEDBACK },
    async ({ action, body, ack }) => {
      await ack();
      await feedback(action, body);
    },
  );

  const home = createAppHome(deps, createChannelDirectory({ web: deps.web, calls: deps.calls }));
  app.event('app_home_opened', ({ event, body }) => home.opened(event, body));
  app.action<BlockAction<StaticSelectAction>>(
    { type: 'block_actions', action_id: HOME },
    async ({ action, body, ack }) => {
      await ack();
      await home.choose(action, body);
    },
  );
}
