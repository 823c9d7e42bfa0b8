import { describe, expect, it } from 'vitest';
import { createCore, type Store } from '../../../src/core/index.js';
import { hashText } from '../../../src/infra/hash/index.js';
import { memoryLogger, realData } from '../../helpers/core.js';

/** A store that fails the test on any use: warming up must not touch state. */
const untouchable = new Proxy({} as Store, {
  get(_target, property) {
    throw new Error(`the warm-up used the store (${String(property)})`);
  },
});

/** Lets every microtask and the current turn end: the decision's warm-up settles within them. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('warmUpDecision, through core.warmUp', () => {
  it('decides about a sample paste up to a reply with feedback buttons, without touching the store or /metrics', async () => {
    let timed = 0;
    let fingerprinted = 0;
    const logger = memoryLogger();
    const core = createCore({
      ...realData(),
      store: untouchable,
      logger,
      cooldownMs: 10 * 60_000,
      defaultLang: 'en',
      metrics: {
        timeDetection: (run) => {
          timed += 1;
          return run();
        },
      },
      hashText: (text) => {
        fingerprinted += 1;
        return hashText(text);
      },
    });
    core.warmUp();
    await settled();
    // The feedback context (fingerprint of the paste) is made only for a reply: for each paste on each chat platform.
    expect(fingerprinted).toBe(5);
    expect(timed).toBe(0);
    expect(logger.lines.filter((l) => l.includes('warm-up'))).toEqual([]);
  });
});
