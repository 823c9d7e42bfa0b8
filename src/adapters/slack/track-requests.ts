import type { App } from '@slack/bolt';
import { WARM_UP_CONTEXT_KEY } from './warm-up-bolt.js';

/** How many of Slack's requests are being handled, and a promise for when none is (a graceful stop drains them). */
export interface RequestTracker {
  running(): number;
  idle(): Promise<void>;
}

/** Counts every request Bolt handles (not the start's warm-up pass), from its first middleware to its last listener's end. */
export function trackRequests(app: App, onSettled?: () => void): RequestTracker {
  let running = 0;
  const idleWaiters: (() => void)[] = [];
  app.use(async ({ next, context }) => {
    if (context[WARM_UP_CONTEXT_KEY] === true) return next();
    running += 1;
    try {
      await next();
    } finally {
      running -= 1;
      if (running === 0) for (const resolve of idleWaiters.splice(0)) resolve();
      onSettled?.();
    }
  });
  return {
    running: () => running,
    idle: () => (running === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
  };
}
