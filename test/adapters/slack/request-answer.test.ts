import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/index.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { shareButton, slashCommand } from './payloads.js';

/** A store whose settings take `ms` to read, as a slow Redis would. */
function slowSettings(ms: number): Store {
  const store = createMemoryStore();
  return {
    ...store,
    getSettings: async (key) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return store.getSettings(key);
    },
  };
}

/** Buttons of a Slack message by action_id. */
const buttons = (body: Record<string, unknown>) =>
  ((body.blocks ?? []) as { type: string; elements?: Record<string, string>[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('a slash command’s answer', () => {
  let h: SlackHarness | undefined;
  afterEach(() => h?.stop());

  it('comes through the response_url after an empty ack when a slow store holds it past the wait', async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore({ store: slowSettings(400) }).core,
      adapter: { ackWaitMs: 50 },
    });
    await h.start();
    const { status, answers, ackMs } = await h.deliver('command', slashCommand(h.fake, '10054'));
    expect(status).toBe(200);
    // The ack went out when the wait was over, not when the store answered.
    expect(ackMs).toBeLessThan(350);
    expect(answers.map((a) => a.via)).toEqual(['response_url']);
    expect(answers[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(flattenSlackMessage(answers[0]?.body ?? {})).toContain('WSAECONNRESET');
  });

  it('comes through the response_url when users.info is slow for a user not seen before', async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core, adapter: { ackWaitMs: 50 } });
    await h.start();
    h.fake.delay('users.info', 300);
    const first = await h.deliver('command', slashCommand(h.fake, '10060', { user_id: 'U0NEW' }));
    expect(first.answers.map((a) => a.via)).toEqual(['response_url']);
    // Slack's answer about the user is kept: the next command is answered in its ack.
    const next = await h.deliver('command', slashCommand(h.fake, '10060', { user_id: 'U0NEW' }));
    expect(next.answers.map((a) => a.via)).toEqual(['ack']);
  });

  it('shows the whole explanation in place of the brief one when More is pressed', async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core });
    await h.start();
    const asked = await h.deliver('command', slashCommand(h.fake, '10061'));
    const brief = asked.answers[0]?.body ?? {};
    const more = buttons(brief).find((b) => b.action_id === 'more');
    expect(more?.value).toBe('en:10061');
    const pressed = await h.deliver(
      'interaction',
      shareButton(h.fake, { action_id: more?.action_id ?? '', value: more?.value ?? '' }),
    );
    expect(pressed.status).toBe(200);
    const [whole] = pressed.responses;
    expect(whole?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    const text = flattenSlackMessage(whole?.body ?? {});
    expect(text).toContain('WSAECONNREFUSED');
    expect(text.length).toBeGreaterThan(flattenSlackMessage(brief).length);
    expect(buttons(whole?.body ?? {}).map((b) => b.action_id)).toEqual(['share']);
  });

  it('shares an explanation once when the response_url answers after the deadline', async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      adapter: { apiTimeoutMs: 200, callBudgetMs: 2500, backoffMs: 20 },
    });
    await h.start();
    const asked = await h.deliver('command', slashCommand(h.fake, '10053'));
    const share = buttons(asked.answers[0]?.body ?? {}).find((b) => b.action_id === 'share');
    // Slack posts it for everyone, but answers the response_url later than sockerr waits.
    h.fake.delay('response_url', 400);
    const press = shareButton(h.fake, { action_id: 'share', value: share?.value ?? '' });
    await h.deliver('interaction', press);
    await new Promise((resolve) => setTimeout(resolve, 700));
    h.fake.delay('response_url', 0);
    const shared = h.fake.responses.filter((r) => r.body.response_type === 'in_channel');
    expect(shared).toHaveLength(1);
  });

  it('is sent again as text when the response_url refuses its blocks, rather than lost', async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore({ store: slowSettings(400) }).core,
      adapter: { ackWaitMs: 50 },
    });
    await h.start();
    h.fake.failNext('response_url', { body: { error: 'invalid_blocks' } });
    const { answers } = await h.deliver('command', slashCommand(h.fake, '10054'));
    expect(answers.map((a) => a.via)).toEqual(['response_url']);
    expect(answers[0]?.body.blocks).toBeUndefined();
    expect(answers[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(answers[0]?.body.text)).toContain('WSAECONNRESET');
  });

  it('shows the whole explanation as text when Slack refuses its blocks after More is pressed', async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core });
    await h.start();
    const asked = await h.deliver('command', slashCommand(h.fake, '10061'));
    const more = buttons(asked.answers[0]?.body ?? {}).find((b) => b.action_id === 'more');
    h.fake.failNext('response_url', { body: { error: 'msg_blocks_too_long' } });
    const pressed = await h.deliver(
      'interaction',
      shareButton(h.fake, { action_id: more?.action_id ?? '', value: more?.value ?? '' }),
    );
    expect(pressed.responses).toHaveLength(1);
    const [whole] = pressed.responses;
    expect(whole?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(whole?.body.blocks).toBeUndefined();
    expect(String(whole?.body.text)).toContain('WSAECONNREFUSED');
  });
});
