import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createFrontReceiver } from '../../../src/adapters/slack/front-receiver.js';
import { trackRequests } from '../../../src/adapters/slack/track-requests.js';
import { WARM_UP_CONTEXT_KEY, warmUpBolt } from '../../../src/adapters/slack/warm-up-bolt.js';
import { quietBoltLogger } from '../../helpers/quiet-bolt-logger.js';

const quiet = quietBoltLogger;

/** A real Bolt App; who the bot is is given rather than asked of Slack, so no network is reached. */
function boltApp(): App {
  return new App({
    authorize: async () => ({ botToken: 'xoxb-warm-up-test', botId: 'B0BOT', botUserId: 'U0BOT' }),
    receiver: createFrontReceiver({ logger: quiet, unhandledRequestTimeoutMs: 3001 }),
    logger: quiet,
  });
}

describe('warmUpBolt', () => {
  it('runs a message event through Bolt’s middleware to the event listener, marked as the warm-up', async () => {
    const app = boltApp();
    const seen: unknown[] = [];
    let middleware = 0;
    app.use(async ({ next }) => {
      middleware += 1;
      await next();
    });
    app.event(/^message$/, async ({ event, context }) => {
      seen.push({ type: event.type, warmUp: context[WARM_UP_CONTEXT_KEY] });
    });
    await warmUpBolt(app);
    expect(middleware).toBe(1);
    expect(seen).toEqual([{ type: 'message', warmUp: true }]);
  });

  it('is not counted as a request from Slack', async () => {
    const app = boltApp();
    let settled = 0;
    const requests = trackRequests(app, () => {
      settled += 1;
    });
    await warmUpBolt(app);
    expect(settled).toBe(0);
    expect(requests.running()).toBe(0);
  });

  it('never fails, even when Bolt cannot authorize', async () => {
    const app = new App({
      authorize: async () => {
        throw new Error('no token');
      },
      receiver: createFrontReceiver({ logger: quiet, unhandledRequestTimeoutMs: 3001 }),
      logger: quiet,
    });
    await expect(warmUpBolt(app)).resolves.toBeUndefined();
  });
});
