import * as v from 'valibot';
import { type AutoMode, LOCALES, type Reply, type SettingsInput } from '../../core/index.js';
import type { ChannelDirectory } from './channel-directory.js';
import { checkPayload } from './check-payload.js';
import { readHomeChoice, renderHomeView } from './home-view.js';
import { toSlackChannel } from './inputs.js';
import { SLACK_LIMITS } from './limits.js';
import type { SlackListenerDeps } from './listener-deps.js';
import { slackId as id, optionalId, optionalText } from './payload-fields.js';
import { envelopeSchema } from './schemas.js';

const openedSchema = v.object({ user: id, tab: optionalText });
const choiceSchema = v.object({
  action: v.object({
    action_id: v.picklist(['home_auto', 'home_lang']),
    selected_option: v.object({ value: v.pipe(v.string(), v.maxLength(200)) }),
  }),
  body: v.object({
    user: v.object({ id, team_id: optionalId }),
    team: v.fallback(v.nullish(v.object({ id })), undefined),
  }),
});
const MODES: readonly AutoMode[] = ['on', 'off', 'mention'];

/**
 * Slack's App Home: published for a user when they open the Home tab (`app_home_opened`), and
 * again after they change a setting there. Its channels are those the user shares with sockerr;
 * only people who may change settings get the menus, and core checks that again on every change.
 */
export function createAppHome(deps: SlackListenerDeps, channels: ChannelDirectory) {
  const { core, calls, web, users, logger, metrics } = deps;

  const publish = async (userId: string, teamId: string | undefined, notice?: Reply) => {
    const listed = await channels.shared(userId);
    const shared = listed ?? [];
    const shown = shared.slice(0, SLACK_LIMITS.homeChannels);
    const view = await core.home({
      workspace: toSlackChannel(teamId, 'home'),
      user: await users.userRef(userId),
      channels: shown,
      more: shared.length - shown.length,
      // Slack would not say (a rate limit, a scope missing): the Home must not claim there are none.
      ...(listed ? {} : { channelsUnknown: true }),
    });
    const sent = await calls.call('views.publish', () =>
      web.views.publish({ user_id: userId, view: renderHomeView(view, notice) }),
    );
    if (sent.ok) metrics.replyPosted('slack', 'home');
  };

  return {
    async opened(event: unknown, body: unknown): Promise<void> {
      metrics.eventReceived('slack', 'app_home_opened');
      const parsed = checkPayload(openedSchema, event);
      // The Messages tab opens a DM, not the Home.
      if (!parsed.success || parsed.data.tab !== 'home') return;
      await publish(parsed.data.user, v.parse(envelopeSchema, body).team_id);
    },

    async choose(action: unknown, body: unknown): Promise<void> {
      metrics.eventReceived('slack', 'home_setting');
      const parsed = checkPayload(choiceSchema, { action, body });
      const choice = parsed.success ? readHomeChoice(parsed.data.action.selected_option.value) : null;
      if (!parsed.success || !choice) {
        metrics.requestRejected('slack', 'malformed');
        logger.warn('Slack App Home choice was malformed; ignored');
        return;
      }
      const userId = parsed.data.body.user.id;
      const teamId = parsed.data.body.team?.id ?? parsed.data.body.user.team_id;
      // Only a channel the user shares with sockerr can be changed from their Home.
      const shared = await channels.shared(userId);
      if (!shared) {
        // The menu shows the choice as made: the Home published again says it was not.
        logger.warn('Slack App Home choice not applied: Slack would not list the user’s channels');
        return publish(userId, teamId);
      }
      if (!shared.some((c) => c.channelId === choice.channelId)) {
        logger.warn('Slack App Home choice for a channel the user does not share with sockerr; ignored');
        return;
      }
      const input: SettingsInput = {
        channel: toSlackChannel(teamId, choice.channelId),
        user: await users.userRef(userId),
        scope: 'channel',
      };
      const mode = MODES.find((m) => m === choice.choice);
      const lang = LOCALES.find((l) => l === choice.choice);
      if (parsed.data.action.action_id === 'home_auto' && mode) input.auto = mode;
      else if (parsed.data.action.action_id === 'home_lang' && lang) input.lang = lang;
      else return;
      await publish(userId, teamId, await core.changeSettings(input));
    },
  };
}
