import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fake-slack.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, slashCommand } from './payloads.js';

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');

/**
 * A channel another organization created and shared with this workspace (Slack Connect), or one
 * shared across an Enterprise Grid org: the Events API envelope's `team_id` names the channel's
 * source workspace, not this installation; `authorizations[0].team_id` (and `context_team_id`)
 * name this one (slackapi/bolt-js#687, slackapi/java-slack-sdk#629). Slash commands and buttons
 * name the workspace of the person who used them, this one.
 */
function sharedChannelEvent(id: string, typed: string, channel: string) {
  const envelope = messageEvent({ id, typed, channel });
  return {
    ...envelope,
    team_id: 'T0PARTNER',
    context_team_id: 'T0FAKE',
    authorizations: [
      {
        enterprise_id: null,
        team_id: 'T0FAKE',
        user_id: 'U0SOCKERR',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: true,
    event: { ...envelope.event, team: 'T0PARTNER', user: 'U0PARTNER' },
  };
}

describe.each(['http', 'socket'] as const)('Slack channels shared with another organization (%s)', (mode) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await createSlackHarness({ mode, core: testCore().core, fake: { admins: ['U0ALICE'] } });
    await h.start();
  });
  afterAll(() => h.stop());

  it('answers a pasted error in a shared channel, in its thread', async () => {
    const event = sharedChannelEvent('EvShared1', 'Error: read ECONNRESET', 'C0SHARED1');
    const [reply, ...more] = posts((await h.deliver('event', event)).calls);
    expect(more).toEqual([]);
    expect(reply?.params.thread_ts).toBe(messageEvent({ id: 'EvShared1', typed: '' }).event.ts);
    expect(flattenSlackMessage(reply?.params ?? {})).toContain('WSAECONNRESET');
  });

  it('keeps quiet in a shared channel whose auto-replies were turned off with /sockerr auto off', async () => {
    const { answers } = await h.deliver(
      'command',
      slashCommand(h.fake, 'auto off', { channel_id: 'C0SHARED2' }),
    );
    expect(flattenSlackMessage(answers[0]?.body ?? {})).toMatch(/off/i);
    const event = sharedChannelEvent('EvShared2', 'Error: read ECONNRESET', 'C0SHARED2');
    const { calls } = await h.deliver('event', event);
    expect(calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'reactions.add')).toEqual([]);
  });

  it('answers only mentions in a shared channel set to /sockerr auto mention', async () => {
    await h.deliver('command', slashCommand(h.fake, 'auto mention', { channel_id: 'C0SHARED3' }));
    const event = sharedChannelEvent('EvShared3', 'getaddrinfo ENOTFOUND db.internal', 'C0SHARED3');
    expect(posts((await h.deliver('event', event)).calls)).toEqual([]);
  });
});
