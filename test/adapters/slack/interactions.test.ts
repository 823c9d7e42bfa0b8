import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import botMessage from '../../fixtures/slack/event-bot-message.json' with { type: 'json' };
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, messageShortcut, shareButton, slashCommand } from './payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');
const visible = (message: Record<string, unknown>) => flattenSlackMessage(message);

describe('Slack adapter: shortcut, share button, languages and Web API failures', () => {
  let h: SlackHarness;
  /** A second instance over the same store, as behind a load balancer. */
  let h2: SlackHarness;
  beforeAll(async () => {
    const { core, store } = testCore();
    h = await createSlackHarness({ mode: 'http', core, locales: { U0CHEN: 'zh-TW' } });
    h2 = await createSlackHarness({ mode: 'http', core: testCore({ store }).core });
    await Promise.all([h.start(), h2.start()]);
  });
  afterAll(() => Promise.all([h.stop(), h2.stop()]));

  it('waits out a 429 from chat.postMessage and posts the reply once', async () => {
    h.fake.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    const started = Date.now();
    const { calls } = await h.deliver(
      'event',
      messageEvent({ id: 'Ev-429-1', typed: 'send EPIPE', channel: 'C0RATE' }),
    );
    expect(posts(calls).map((c) => c.status)).toEqual([429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('drops a reply when Slack asks to wait too long, logs it once, and keeps serving', async () => {
    h.fake.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '600' },
      body: { ok: false },
    });
    const dropped = await h.deliver(
      'event',
      messageEvent({ id: 'Ev-429-2', typed: 'recv ENOBUFS', channel: 'C0RATE2' }),
    );
    expect(posts(dropped.calls).map((c) => c.status)).toEqual([429]);
    const warnings = h.logger.lines.filter((l) => l.includes('"level":"warn"') && l.includes('ratelimited'));
    expect(warnings).toHaveLength(1);
    const next = await h.deliver('command', slashCommand(h.fake, 'ENOBUFS'));
    expect(visible(next.answers[0]?.body ?? {})).toContain('WSAENOBUFS');
  });

  it('explains any message privately from the shortcut, also a bot’s', async () => {
    const { calls, responses } = await h.deliver(
      'interaction',
      messageShortcut(h.fake, { ...botMessage.event }),
    );
    const ephemeral = calls.filter((c) => c.method === 'chat.postEphemeral');
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]?.params).toMatchObject({ channel: 'C0ONCALL', user: 'U0BOB' });
    expect(visible(ephemeral[0]?.params ?? {})).toContain('WSAETIMEDOUT');
    expect(posts(calls)).toHaveLength(0);
    expect(responses).toHaveLength(0);
  });

  it('explains an app’s post whose words are only in rich text, its text empty', async () => {
    const code = 'pg.connect: Error: connect ECONNREFUSED 10.0.4.12:5432';
    const { calls } = await h.deliver(
      'interaction',
      messageShortcut(h.fake, {
        ...botMessage.event,
        text: '',
        blocks: [
          {
            type: 'rich_text',
            elements: [{ type: 'rich_text_preformatted', elements: [{ type: 'text', text: code }] }],
          },
        ],
      }),
    );
    const ephemeral = calls.filter((c) => c.method === 'chat.postEphemeral');
    expect(visible(ephemeral[0]?.params ?? {})).toContain('WSAECONNREFUSED');
  });

  it('answers the shortcut through its response_url where the bot is not a member', async () => {
    h.fake.notInChannel.add('C0NOTIN');
    const shortcut = messageShortcut(h.fake, { text: 'connect ECONNREFUSED 127.0.0.1:6379' }, 'C0NOTIN');
    const { calls, responses } = await h.deliver('interaction', shortcut);
    expect(calls.map((c) => [c.method, c.response.error])).toContainEqual([
      'chat.postEphemeral',
      'not_in_channel',
    ]);
    expect(responses).toHaveLength(1);
    expect(responses[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visible(responses[0]?.body ?? {})).toContain('WSAECONNREFUSED');
  });

  it('posts the explanation for everyone when someone presses Share, and removes the private copy', async () => {
    const asked = await h.deliver('command', slashCommand(h.fake, '10053'));
    const blocks = (asked.answers[0]?.body.blocks ?? []) as {
      type: string;
      elements?: Record<string, string>[];
    }[];
    const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
    expect(button).toBeDefined();
    const pressed = await h.deliver(
      'interaction',
      shareButton(h.fake, { action_id: button?.action_id ?? '', value: button?.value ?? '' }),
    );
    expect(pressed.status).toBe(200);
    const [shared, removed] = pressed.responses;
    expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(visible(shared?.body ?? {})).toContain('WSAECONNABORTED');
    expect(removed?.body).toEqual({ delete_original: true });
  });

  it('shares once when Share is clicked twice, as Slack sends each click, also when two instances get them', async () => {
    const asked = await h.deliver('command', slashCommand(h.fake, '10060'));
    const blocks = (asked.answers[0]?.body.blocks ?? []) as {
      type: string;
      elements?: Record<string, string>[];
    }[];
    const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
    const action = { action_id: button?.action_id ?? '', value: button?.value ?? '' };
    // Both clicks are on the same private answer (one container), each with its own trigger_id.
    const container = {
      type: 'message',
      message_ts: '1700000700.000100',
      channel_id: 'C0ONCALL',
      is_ephemeral: true,
    };
    const click = () => ({ ...shareButton(h.fake, action), container });
    const shared = (responses: { body: Record<string, unknown> }[]) =>
      responses.filter((r) => r.body.response_type === 'in_channel');
    const before = h.fake.responses.length;
    const settled = h.settledCount();
    const once = { settles: false };
    await Promise.all([h.deliver('interaction', click(), once), h.deliver('interaction', click(), once)]);
    await expect.poll(() => h.settledCount()).toBe(settled + 2);
    expect(shared(h.fake.responses.slice(before))).toHaveLength(1);
    // A third click that another instance gets (its response_url is still Slack's, the same fake's).
    await h2.deliver('interaction', click());
    expect(shared(h.fake.responses.slice(before))).toHaveLength(1);
    expect(h2.logger.lines.some((l) => l.includes('already shared; not posted twice'))).toBe(true);
    // Another answer's Share button shares its own explanation.
    const other = { ...container, message_ts: '1700000700.000200' };
    const next = await h.deliver('interaction', { ...shareButton(h.fake, action), container: other });
    expect(shared(next.responses)).toHaveLength(1);
  });

  it('replies in the user’s Slack language, asking Slack once per user', async () => {
    const first = await h.deliver(
      'event',
      messageEvent({ id: 'Ev-zh-1', typed: 'read ECONNRESET', user: 'U0CHEN', channel: 'C0ZH' }),
    );
    const lookups = first.calls.filter((c) => c.method === 'users.info');
    expect(lookups.map((c) => c.params)).toEqual([
      expect.objectContaining({ user: 'U0CHEN', include_locale: 'true' }),
    ]);
    expect(visible(posts(first.calls)[0]?.params ?? {})).toMatch(/[\u4e00-\u9fff]/);
    const second = await h.deliver(
      'command',
      slashCommand(h.fake, '10054', { user_id: 'U0CHEN', channel_id: 'C0ZH' }),
    );
    expect(second.calls.filter((c) => c.method === 'users.info')).toEqual([]);
    expect(visible(second.answers[0]?.body ?? {})).toMatch(/[\u4e00-\u9fff]/);
  });

  it('falls back to English when users.info lacks its scope, and says which scope once', async () => {
    h.fake.failNext('users.info', {
      body: { ok: false, error: 'missing_scope', needed: 'users:read', provided: 'chat:write' },
    });
    const { answers } = await h.deliver('command', slashCommand(h.fake, '10060', { user_id: 'U0DANA' }));
    expect(visible(answers[0]?.body ?? {})).toContain('WSAETIMEDOUT');
    const warnings = h.logger.lines.filter(
      (l) => l.includes('"level":"warn"') && l.includes('missing_scope'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"needed":"users:read"');
  });
});
