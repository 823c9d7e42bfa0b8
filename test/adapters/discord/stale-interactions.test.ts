import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, chatInput, messageCommand } from '../../fakes/discord/discord-events.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

/**
 * Commands and buttons sockerr does not (or no longer) have: a registration left from another
 * version, a button on an old message. Unanswered, Discord tells the person "The application did
 * not respond"; sockerr answers them privately with what it does offer.
 */
describe('Discord interactions sockerr does not know', () => {
  const h = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const answers = async (d: Record<string, unknown>) =>
    toContractReplies(await h.send('INTERACTION_CREATE', d));

  it('answers a slash command it has no handler for with its help, privately', async () => {
    const stale = chatInput({ id: freshId(), query: '10054' });
    stale.data = { ...(stale.data as object), name: 'sockerr-lookup' };
    const replies = await answers(stale);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.ephemeral).toBe(true);
    expect(replies[0]?.text).toContain('/sockerr 10054');
  });

  it('answers a message command it has no handler for', async () => {
    const stale = messageCommand({ id: freshId(), targetText: 'read ECONNRESET' });
    stale.data = { ...(stale.data as object), name: 'Explain this' };
    expect(await answers(stale)).toEqual([expect.objectContaining({ ephemeral: true })]);
  });

  it('answers a button it does not know, such as one from an older version', async () => {
    const replies = await answers(buttonPress({ id: freshId(), customId: 'sockerr:more:en:10054' }));
    expect(replies).toEqual([expect.objectContaining({ ephemeral: true })]);
  });
});
