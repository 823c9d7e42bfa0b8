import { describe, expect, it } from 'vitest';
import httpManifest from '../../../slack/manifest.json' with { type: 'json' };
import socketManifest from '../../../slack/manifest.socket-mode.json' with { type: 'json' };
import { EXPLAIN_SHORTCUT_ID, SLASH_COMMAND } from '../../../src/adapters/slack/listeners.js';
import { SURFACE_EVENTS } from '../../../src/adapters/slack/surfaces.js';

/** What the adapter calls, and the bot scope each needs. */
const NEEDED_SCOPES = [
  'commands', // /sockerr and the message shortcut
  'chat:write', // chat.postMessage (threaded replies), chat.postEphemeral (shortcut)
  'reactions:write', // reactions.add (a repeat within the cooldown)
  'users:read', // users.info: the user's locale, and whether they are an admin or owner (settings)
  'usergroups:read', // usergroups.users.list: members of user groups in SOCKERR_SETTINGS_USERS
  'files:read', // files.info and the files' private URLs: snippets and .log/.txt uploads, file_shared
  'channels:read', // users.conversations: public channels the user and the bot share (App Home)
  'groups:read', // the same for private channels
  'app_mentions:read', // app_mention: `auto mention` answers when mentioned
  'channels:history', // message events: public channels
  'groups:history', // private channels
  'im:history', // DMs with the bot
  'mpim:history', // group DMs
];

describe('slack/manifest.json', () => {
  it('declares the slash command and the message shortcut the adapter listens for', () => {
    expect(httpManifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(httpManifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: EXPLAIN_SHORTCUT_ID }),
    ]);
    expect(httpManifest.features.shortcuts[0]?.name.length).toBeLessThanOrEqual(24);
  });

  it('asks for exactly the bot scopes the adapter uses, and no user scopes', () => {
    expect([...httpManifest.oauth_config.scopes.bot].sort()).toEqual([...NEEDED_SCOPES].sort());
    expect(Object.keys(httpManifest.oauth_config.scopes)).toEqual(['bot']);
  });

  it('subscribes to messages, mentions, shared files and the Home tab, and sends everything to /slack/events', () => {
    const { event_subscriptions, interactivity } = httpManifest.settings;
    expect(event_subscriptions.bot_events).toEqual([
      'message.channels',
      'message.groups',
      'message.im',
      'message.mpim',
      'app_mention',
      'file_shared',
      'app_home_opened',
    ]);
    expect(httpManifest.features.app_home.home_tab_enabled).toBe(true);
    for (const url of [
      event_subscriptions.request_url,
      interactivity.request_url,
      httpManifest.features.slash_commands[0]?.url,
    ]) {
      expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    }
    expect(interactivity.is_enabled).toBe(true);
    expect(httpManifest.settings.socket_mode_enabled).toBe(false);
  });

  it('subscribes to every event type the adapter listens for, and to no other', () => {
    // message.channels, .groups, .im and .mpim all arrive as `message`.
    const arriving = new Set(
      httpManifest.settings.event_subscriptions.bot_events.map((e) => e.split('.')[0]),
    );
    const listened = SURFACE_EVENTS.source.replace(/^\^\(\?:|\)\$$/g, '').split('|');
    expect([...arriving].sort()).toEqual([...listened].sort());
  });

  it('has a Socket Mode twin that differs only in needing no URLs', () => {
    const withoutUrls = JSON.parse(JSON.stringify(httpManifest), (key, value) =>
      key === 'url' || key === 'request_url' ? undefined : value,
    );
    withoutUrls.settings.socket_mode_enabled = true;
    expect(socketManifest).toEqual(withoutUrls);
  });

  it('stays within Slack’s length limits for the app directory texts', () => {
    const { description, long_description } = httpManifest.display_information;
    expect(description.length).toBeLessThanOrEqual(140);
    expect(long_description.length).toBeGreaterThanOrEqual(175);
    expect(long_description.length).toBeLessThanOrEqual(4000);
  });
});
