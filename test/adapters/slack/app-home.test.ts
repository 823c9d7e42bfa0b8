import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core/index.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent } from './payloads.js';
import { homeChoice, homeOpened } from './surface-payloads.js';

type Json = Record<string, unknown>;
type Block = { type: string; block_id?: string; elements?: Json[] };

describe('Slack App Home', () => {
  let h: SlackHarness;
  let core: Core;
  beforeAll(async () => {
    core = testCore().core;
    h = await createSlackHarness({
      mode: 'http',
      core,
      locales: { U0CHEN: 'zh-TW' },
      fake: { admins: ['U0ADMIN', 'U0ADMIN2'] },
    });
    const channels = h.fake.workspace.channels;
    channels.set('C0ONCALL', {
      name: 'oncall',
      members: new Set(['U0SOCKERR', 'U0ALICE', 'U0ADMIN', 'U0ADMIN2', 'U0CHEN']),
    });
    channels.set('C0DEPLOYS', { name: 'deploys', members: new Set(['U0SOCKERR', 'U0ALICE']) });
    channels.set('C0RANDOM', { name: 'random', members: new Set(['U0ALICE']) }); // sockerr is not in it
    channels.set('C0PRIVATE', { name: 'private-incident', members: new Set(['U0ALICE']) });
    await h.start();
    // A week of errors in the workspace: two channels.
    await h.deliver('event', messageEvent({ id: 'EvHome1', typed: 'read ECONNRESET', channel: 'C0ONCALL' }));
    await h.deliver('event', messageEvent({ id: 'EvHome2', typed: 'read ECONNRESET', channel: 'C0DEPLOYS' }));
  });
  afterAll(() => h.stop());

  const published = async (user: string, payload: unknown, kind: 'event' | 'interaction' = 'event') => {
    const { calls } = await h.deliver(kind, payload);
    const publish = calls.find((c) => c.method === 'views.publish');
    expect(publish?.response.ok).toBe(true);
    expect(publish?.params.user_id).toBe(user);
    const view = publish?.params.view as { type: string; blocks: Block[] };
    return { view, text: flattenSlackMessage(view as unknown as Json), blocks: view.blocks };
  };
  const selects = (blocks: Block[]) =>
    blocks
      .filter((b) => b.type === 'actions')
      .flatMap((b) => (b.elements ?? []).filter((e) => e.type === 'static_select'));

  it('publishes a Home with the two channels the user shares with sockerr and the workspace’s week', async () => {
    const { view, text, blocks } = await published('U0ALICE', homeOpened('U0ALICE'));
    expect(view.type).toBe('home');
    expect(text).toContain('<#C0DEPLOYS>');
    expect(text).toContain('<#C0ONCALL>');
    expect(text).not.toContain('C0RANDOM');
    expect(text).not.toContain('C0PRIVATE');
    expect(text).toContain('Auto-replies: on · Language: English (en)');
    expect(text).toContain('Socket errors seen in this workspace in the last 7 days');
    expect(text).toMatch(/2× 10054 WSAECONNRESET/);
    // Alice may not change settings: no menus, and the refusal says who can.
    expect(selects(blocks)).toEqual([]);
    expect(text).toContain('SOCKERR_SETTINGS_USERS');
  });

  it('says it could not list the shared channels when Slack would not, rather than that there are none', async () => {
    // A new user (nothing cached) opens the Home while users.conversations is rate limited.
    h.fake.failNext('users.conversations', {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { ok: false },
    });
    const { text } = await published('U0NEWCOMER', homeOpened('U0NEWCOMER'));
    expect(text).not.toContain('We share no channel yet');
    expect(text).toContain('could not list the channels we share');
    expect(text).toContain('Socket errors seen in this workspace in the last 7 days');
  });

  it('shows the Home in the user’s own Slack language', async () => {
    const { text } = await published('U0CHEN', homeOpened('U0CHEN'));
    expect(text).toContain('本工作區過去 7 天的通訊端錯誤');
    expect(text).toContain('自動回覆：開啟');
  });

  it('gives people who may change settings a menu per channel, and applies a choice there', async () => {
    const { blocks } = await published('U0ADMIN', homeOpened('U0ADMIN'));
    expect(selects(blocks).map((s) => [s.action_id, (s.initial_option as Json).value])).toEqual([
      ['home_auto', 'C0ONCALL:on'],
      ['home_lang', 'C0ONCALL:en'],
    ]);
    const after = await published(
      'U0ADMIN',
      homeChoice('U0ADMIN', 'home_auto', 'C0ONCALL:mention'),
      'interaction',
    );
    expect(after.text).toContain('Auto-replies are now only when mentioned in this channel.');
    expect(after.text).toContain('Auto-replies: only when mentioned');
    const status = await core.command({
      text: 'status',
      channel: { platform: 'slack', workspaceId: 'T0FAKE', channelId: 'C0ONCALL' },
      user: { id: 'U0ADMIN', canManage: true },
    });
    expect(status.fallback).toContain('only when mentioned');
  });

  it('gives the menus a new block_id when a setting changed elsewhere, so Slack shows the new choice', async () => {
    const menusOf = (blocks: Block[]) =>
      blocks.find((b) => b.type === 'actions' && b.block_id?.includes('C0ONCALL'));
    const before = menusOf((await published('U0ADMIN', homeOpened('U0ADMIN'))).blocks);
    await core.changeSettings({
      channel: { platform: 'slack', workspaceId: 'T0FAKE', channelId: 'C0ONCALL' },
      user: { id: 'U0ADMIN', canManage: true },
      scope: 'channel',
      auto: 'off',
    });
    const after = menusOf((await published('U0ADMIN', homeOpened('U0ADMIN'))).blocks);
    expect(after?.elements?.[0]?.initial_option).toMatchObject({ value: 'C0ONCALL:off' });
    expect(after?.block_id).not.toBe(before?.block_id);
  });

  it('shows a choice was not applied when Slack would not list the user’s channels', async () => {
    h.fake.failNext('users.conversations', {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { ok: false },
    });
    const { text } = await published(
      'U0ADMIN2',
      homeChoice('U0ADMIN2', 'home_lang', 'C0DEPLOYS:zh-TW'),
      'interaction',
    );
    expect(text).toContain('could not list the channels we share');
    const status = await core.command({
      text: 'status',
      channel: { platform: 'slack', workspaceId: 'T0FAKE', channelId: 'C0DEPLOYS' },
      user: { id: 'U0ADMIN2', canManage: true },
    });
    expect(status.fallback).toContain('English (en)');
  });

  it('refuses a settings choice from someone who may not change settings, and changes nothing', async () => {
    const { text } = await published(
      'U0ALICE',
      homeChoice('U0ALICE', 'home_lang', 'C0DEPLOYS:zh-TW'),
      'interaction',
    );
    expect(text).toContain('Sorry, you cannot change that here');
    expect(text).toContain('Language: English (en)');
  });

  it('ignores a choice for a channel the user does not share with sockerr', async () => {
    const { calls } = await h.deliver('interaction', homeChoice('U0ADMIN', 'home_auto', 'C0RANDOM:off'));
    expect(calls.filter((c) => c.method === 'views.publish')).toEqual([]);
  });
});
