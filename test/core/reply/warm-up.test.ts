import { describe, expect, it } from 'vitest';
import { createCore, type Store } from '../../../src/core/index.js';
import { memoryLogger, realData } from '../../helpers/core.js';

/** A store that fails the test on any use: warming up must not touch state. */
const untouchable = new Proxy({} as Store, {
  get(_target, property) {
    throw new Error(`the warm-up used the store (${String(property)})`);
  },
});

describe('warmUpReplies, through core.warmUp', () => {
  it('runs every reply once without touching the store or counting a detection', () => {
    let timed = 0;
    const core = createCore({
      ...realData(),
      store: untouchable,
      logger: memoryLogger(),
      cooldownMs: 0,
      defaultLang: 'en',
      metrics: {
        timeDetection: (run) => {
          timed += 1;
          return run();
        },
      },
    });
    expect(() => core.warmUp()).not.toThrow();
    // The warm-up's passes are not users' detections: /metrics does not count them.
    expect(timed).toBe(0);
  });
});
