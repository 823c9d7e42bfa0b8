import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCommand } from '../../fakes/discord/discord-events.js';
import { testCore } from '../../helpers/core.js';
import { createDiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

/** What Grafana's Discord contact point posts (through a webhook): the alert is all embed. */
const ALERT = {
  type: 'rich',
  title: '[FIRING:1] OrdersDbUnreachable orders-api (prod)',
  description: 'orders-api cannot reach its database',
  color: 15158332,
  fields: [
    { name: 'error', value: 'dial tcp 10.0.0.7:5432: connect: connection refused', inline: false },
    { name: 'since', value: '10:02:07 UTC', inline: true },
  ],
  footer: { text: 'Grafana v11.2.0' },
};

/**
 * "Explain socket errors" on a message whose text is in embeds: alerts from Grafana, Alertmanager
 * or CI post no content. Auto-replies never answer bots; this menu is how people ask about them.
 */
describe('Discord "Explain socket errors" on embeds', () => {
  const h = createDiscordHarness({ makeCore: () => testCore().core });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('explains the error in a webhook alert’s embed fields, privately', async () => {
    const event = messageCommand({
      id: freshId(),
      targetText: '',
      targetEmbeds: [ALERT],
      targetAuthor: 'webhook',
    });
    const answered = toContractReplies(await h.send('INTERACTION_CREATE', event));
    expect(answered).toHaveLength(1);
    expect(answered[0]?.ephemeral).toBe(true);
    expect(answered[0]?.text).toContain('ECONNREFUSED');
  });

  it('explains an error in the description of a bot’s embed beside its content', async () => {
    const embed = {
      type: 'rich',
      title: 'Deploy #4411 failed',
      description: 'getaddrinfo ENOTFOUND db.internal',
    };
    const event = messageCommand({
      id: freshId(),
      targetText: 'deploy finished with errors',
      targetEmbeds: [embed],
      targetAuthor: 'bot',
    });
    const answered = toContractReplies(await h.send('INTERACTION_CREATE', event));
    expect(answered[0]?.text).toContain('WSAHOST_NOT_FOUND');
  });
});
