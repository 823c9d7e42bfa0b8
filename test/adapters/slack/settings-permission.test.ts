import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { slashCommand } from './payloads.js';

/** Who may change sockerr's settings in Slack: admins, owners, and SOCKERR_SETTINGS_USERS (users and groups). */
describe('Slack settings permissions', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      fake: { admins: ['U0ADMIN'], owners: ['U0OWNER'], usergroups: { S0ONCALL: ['U0PAGER'] } },
      env: { SOCKERR_SETTINGS_USERS: 'U0LISTED,S0ONCALL' },
    });
    await h.start();
  });
  afterAll(() => h.stop());

  const autoOff = async (user: string, channel: string) => {
    const { answers } = await h.deliver(
      'command',
      slashCommand(h.fake, 'auto off', { user_id: user, channel_id: channel }),
    );
    return flattenSlackMessage(answers[0]?.body ?? {});
  };
  const status = async (channel: string) => {
    const { answers } = await h.deliver('command', slashCommand(h.fake, 'status', { channel_id: channel }));
    return flattenSlackMessage(answers[0]?.body ?? {});
  };

  it('refuses a member who is neither admin nor listed, saying who can, and changes nothing', async () => {
    const answer = await autoOff('U0ALICE', 'C0PERM1');
    expect(answer).toContain('workspace admins and owners');
    expect(answer).toContain('SOCKERR_SETTINGS_USERS');
    expect(await status('C0PERM1')).toMatch(/Auto-replies\*?\s*on/);
  });

  it('lets workspace admins and owners change settings', async () => {
    expect(await autoOff('U0ADMIN', 'C0PERM2')).toContain('Auto-replies are now off');
    expect(await autoOff('U0OWNER', 'C0PERM3')).toContain('Auto-replies are now off');
  });

  it('lets users listed by id, and members of listed user groups, change settings', async () => {
    expect(await autoOff('U0LISTED', 'C0PERM4')).toContain('Auto-replies are now off');
    expect(await autoOff('U0PAGER', 'C0PERM5')).toContain('Auto-replies are now off');
  });

  it('asks Slack about each user and each group once, then answers from its cache', async () => {
    await autoOff('U0ALICE', 'C0PERM6');
    await autoOff('U0PAGER', 'C0PERM7');
    const infoFor = (user: string) => h.fake.callsTo('users.info').filter((c) => c.params.user === user);
    expect(infoFor('U0ALICE')).toHaveLength(1);
    expect(infoFor('U0PAGER')).toHaveLength(1);
    expect(h.fake.callsTo('usergroups.users.list')).toHaveLength(1);
  });
});
