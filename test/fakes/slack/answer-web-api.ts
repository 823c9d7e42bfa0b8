import { checkSlackMessage } from './check-slack-message.js';
import type { FakeSlackOptions } from './fake-slack-options.js';
import type { FakeSlackWorkspace } from './fake-slack-workspace.js';
import type { FakeSocketMode } from './fake-socket-mode.js';
import { FAKE_TEAM } from './fake-team.js';

interface WebApiContext {
  base: string;
  botToken: string;
  appToken: string;
  options: FakeSlackOptions;
  /** Channels the bot is not a member of, shared with the test through the fake. */
  notInChannel: ReadonlySet<string>;
  socketMode: FakeSocketMode;
  workspace: FakeSlackWorkspace;
}

/** The fake's normal answer to each Web API method, as Slack gives it when nothing is scripted. */
export function createWebApiAnswer({
  base,
  botToken,
  appToken,
  options,
  notInChannel,
  socketMode,
  workspace,
}: WebApiContext) {
  let ts = 1_700_000_000;
  return function answer(method: string, params: Record<string, unknown>, token: string | undefined) {
    // Slack's api.test checks only that the call arrived: no token needed, its arguments echoed.
    if (method === 'api.test') return { ok: true, args: params };
    if (method === 'apps.connections.open') {
      if (token !== appToken) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: socketMode.connectUrl(base) };
    }
    if (token !== botToken) return { ok: false, error: 'invalid_auth' };
    const channel = String(params.channel ?? '');
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'sockerr',
          team_id: FAKE_TEAM.id,
          user_id: FAKE_TEAM.botUserId,
          bot_id: FAKE_TEAM.botId,
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        if (method === 'chat.postEphemeral' && !params.user)
          return { ok: false, error: 'user_not_in_channel' };
        const problem = checkSlackMessage(params);
        if (problem) return { ok: false, error: problem };
        ts += 1;
        return method === 'chat.postMessage'
          ? { ok: true, channel, ts: `${ts}.000100`, message: { text: params.text, bot_id: FAKE_TEAM.botId } }
          : { ok: true, message_ts: `${ts}.000100` };
      }
      case 'reactions.add':
        if (notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        return params.name && params.timestamp ? { ok: true } : { ok: false, error: 'invalid_arguments' };
      case 'users.info': {
        const user = String(params.user ?? '');
        const locale = options.locales?.[user] ?? 'en-US';
        const isOwner = options.owners?.includes(user) ?? false;
        return {
          ok: true,
          user: {
            id: user,
            name: user.toLowerCase(),
            is_admin: isOwner || (options.admins?.includes(user) ?? false),
            is_owner: isOwner,
            is_bot: options.bots?.includes(user) ?? false,
            ...(params.include_locale ? { locale } : {}),
          },
        };
      }
      case 'usergroups.users.list': {
        const members = options.usergroups?.[String(params.usergroup ?? '')];
        return members ? { ok: true, users: members } : { ok: false, error: 'no_such_subteam' };
      }
      default:
        return workspace.answer(method, params) ?? { ok: false, error: 'unknown_method' };
    }
  };
}
