import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { slashCommand } from './payloads.js';

const RATE_LIMITED = {
  status: 429,
  headers: { 'retry-after': '30' },
  body: { ok: false, error: 'ratelimited' },
};

describe('Slack settings when Slack cannot say who may change them', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core, fake: { admins: ['U0ADMIN'] } });
    await h.start();
  });
  afterAll(() => h.stop());

  const ask = async (typed: string, user: string) => {
    const { answers } = await h.deliver('command', slashCommand(h.fake, typed, { user_id: user }));
    return flattenSlackMessage(answers[0]?.body ?? {});
  };

  it('tells an admin to try again, not that they may not, and changes nothing', async () => {
    h.fake.failNext('users.info', RATE_LIMITED);
    const refused = await ask('auto off', 'U0ADMIN');
    expect(refused).toContain('could not check your permissions');
    expect(refused).not.toContain('cannot change that here');
    expect(await ask('status', 'U0BOB')).toMatch(/\*Auto-replies\*\s+on/);
  });

  it('still tells someone Slack says is no admin that they may not', async () => {
    const refused = await ask('auto off', 'U0BOB');
    expect(refused).toContain('cannot change that here');
  });
});
