import type { App } from '@slack/bolt';

/**
 * Set in the context of the warm-up pass: sockerr's listener ignores it, and request tracking does
 * not count it (tests wait on that count).
 */
export const WARM_UP_CONTEXT_KEY = 'sockerrWarmUp';

/**
 * Runs one made-up `message` event through Bolt's whole event path (authorize, context, `say`,
 * the global and listener middleware chains, the listeners' matchers, up to sockerr's event
 * listener), so that this code is compiled before the first real message instead of during it.
 * Its context carries {@link WARM_UP_CONTEXT_KEY}: sockerr's listener stops there, so nothing is
 * answered, stored or counted. Bolt keys the Web API client it hands a listener by the workspace the
 * event names (its `authorizations`, not its own `auth.test`), and this event names none: the first
 * real event still makes its workspace's client (about 0.2 ms; sockerr's calls go through its own
 * client, warmed by `warmUpSlack`). Needs `app.init()` done (authorize uses its auth.test); never fails.
 */
export async function warmUpBolt(app: App): Promise<void> {
  const ts = '1.000100';
  await app
    .processEvent({
      body: {
        type: 'event_callback',
        event_id: 'Ev0WARM',
        event: { type: 'message', channel: 'C0WARM', user: 'U0WARM', text: 'warm-up', ts, event_ts: ts },
      },
      ack: async () => undefined,
      customProperties: { [WARM_UP_CONTEXT_KEY]: true },
    })
    .catch(() => undefined);
}
