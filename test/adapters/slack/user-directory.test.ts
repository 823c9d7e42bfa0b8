import { afterEach, describe, expect, it } from 'vitest';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, slashCommand } from './payloads.js';

/**
 * users.info only tells a person's language (and role, for a settings change): when Slack is slow
 * to answer it, a look-up or a reply goes out in English rather than tens of seconds late.
 */
describe('a slow users.info', () => {
  let h: SlackHarness | undefined;
  afterEach(() => h?.stop());
  const start = async () => {
    h = await createSlackHarness({ mode: 'http', core: testCore().core, locales: { U0SLOW: 'fr-FR' } });
    await h.start();
    h.fake.delay('users.info', 15_000);
    return h;
  };

  it('does not hold /sockerr 10054 past its ack: it is answered in the ack, in English', async () => {
    const { deliver, fake } = await start();
    const started = performance.now();
    const { answers } = await deliver('command', slashCommand(fake, '10054', { user_id: 'U0SLOW' }));
    expect(performance.now() - started).toBeLessThan(2500);
    expect(answers.map((a) => a.via)).toEqual(['ack']);
    expect(flattenSlackMessage(answers[0]?.body ?? {})).toContain('WSAECONNRESET · Connection reset');
  }, 10_000);

  it('does not hold a reply to a pasted trace for it: the reply is posted within seconds, in English', async () => {
    const { deliver } = await start();
    const started = performance.now();
    const event = messageEvent({ id: 'Ev-slow-users-info', typed: 'read ECONNRESET', user: 'U0SLOW' });
    const { calls } = await deliver('event', event);
    expect(performance.now() - started).toBeLessThan(2500);
    const posts = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(flattenSlackMessage(posts[0]?.params ?? {})).toContain('WSAECONNRESET · Connection reset');
  }, 10_000);

  it('does not let 60 slow look-ups at once hold the replies waiting for them', async () => {
    const { deliver, fake, settledCount } = await start();
    const started = performance.now();
    const events = Array.from({ length: 60 }, (_, i) =>
      messageEvent({
        id: `Ev-slow-many-${i}`,
        typed: 'read ECONNRESET',
        user: `U0MANY${i}`,
        channel: `C0MANY${i}`,
      }),
    );
    const before = settledCount();
    await Promise.all(events.map((e) => deliver('event', e, { settles: false })));
    while (settledCount() < before + 60 && performance.now() - started < 8000)
      await new Promise((r) => setTimeout(r, 50));
    expect(performance.now() - started).toBeLessThan(4000);
    expect(new Set(fake.callsTo('chat.postMessage').map((c) => c.params.channel)).size).toBe(60);
  }, 15_000);
});
