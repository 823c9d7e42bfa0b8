import { describe, expect, it, vi } from 'vitest';
import type { SlackCaller } from '../../../src/adapters/slack/calls.js';
import { hasValidSlackSignature } from '../../../src/adapters/slack/signature.js';
import { warmUpSlack } from '../../../src/adapters/slack/warm-up.js';
import type { Core } from '../../../src/core/index.js';
import { startFakeSlack } from '../../fakes/slack/fake-slack.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness } from './harness.js';

// Counted, not replaced: the warm-up must run the real signature check (its first HMAC sets up the hash).
vi.mock('../../../src/adapters/slack/signature.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/adapters/slack/signature.js')>();
  return { ...real, hasValidSlackSignature: vi.fn(real.hasValidSlackSignature) };
});

/** A core that counts the messages it is asked about. */
function countingCore(): { core: Core; asked: () => number } {
  const { core } = testCore();
  let asked = 0;
  const message: Core['message'] = (input) => {
    asked += 1;
    return core.message(input);
  };
  return { core: { ...core, message }, asked: () => asked };
}

describe('the Slack adapter at start', () => {
  it('warms its own Web API client with one api.test, beside Bolt’s auth.test, and starts even if it fails', async () => {
    const h = await createSlackHarness({ mode: 'http', core: testCore().core });
    h.fake.failNext('api.test', { status: 500 });
    await h.start();
    expect(h.fake.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['auth.test', 'api.test']));
    expect(h.fake.callsTo('api.test')).toHaveLength(1);
    expect(h.adapter.connected?.()).toBe(true);
    await h.stop();
  });

  it.each(['http', 'socket'] as const)(
    'runs its pass through Bolt (%s) without asking core, settling a request or calling Slack',
    async (mode) => {
      const { core, asked } = countingCore();
      const h = await createSlackHarness({ mode, core });
      await h.start();
      expect(asked()).toBe(0);
      expect(h.settledCount()).toBe(0);
      const methods = h.fake.calls.map((c) => c.method).filter((m) => m !== 'apps.connections.open');
      expect(methods.sort()).toEqual(['api.test', 'auth.test']);
      await h.stop();
    },
  );
});

describe('warmUpSlack', () => {
  it('checks a signature with the signing secret, once, when Slack signs requests (HTTP)', async () => {
    const fake = await startFakeSlack();
    const { webApi } = await import('@slack/bolt');
    const web = new webApi.WebClient('xoxb-fake-bot-token', { slackApiUrl: fake.apiUrl });
    const checked = vi.mocked(hasValidSlackSignature);
    checked.mockClear();
    await warmUpSlack(web, { signingSecret: 'a-signing-secret' });
    expect(checked).toHaveBeenCalledTimes(1);
    expect(checked.mock.calls[0]?.[0]).toBe('a-signing-secret');
    checked.mockClear();
    await warmUpSlack(web);
    expect(checked).not.toHaveBeenCalled();
    await fake.close();
  });

  it('runs one call through the caller every handler uses, which calls nothing of Slack', async () => {
    const fake = await startFakeSlack();
    const { webApi } = await import('@slack/bolt');
    const web = new webApi.WebClient('xoxb-fake-bot-token', { slackApiUrl: fake.apiUrl });
    const names: string[] = [];
    const calls: SlackCaller = {
      async call(what, run) {
        names.push(what);
        return { ok: true, value: await run() };
      },
      abort: () => undefined,
    };
    await warmUpSlack(web, { calls });
    expect(names).toEqual(['warm-up']);
    expect(fake.calls.map((c) => c.method)).toEqual(['api.test']);
    await fake.close();
  });
});
