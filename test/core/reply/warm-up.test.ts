import { describe, expect, it } from 'vitest';
import { createCore, type Store } from '../../../src/core/index.js';
import { samplePaste } from '../../../src/core/reply/warm-up.js';
import { memoryLogger, realData } from '../../helpers/core.js';
import { detectErrors } from '../../helpers/detect.js';

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

  it('reads a paste of several errors, each as the runtimes print it, every line found at high', () => {
    const paste = samplePaste(realData().catalog);
    const lines = paste.split('\n').filter((line) => /\d{5}|Error|Exception|dial tcp|WSAE/.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(20);
    for (const line of lines)
      expect(
        detectErrors(line).some((f) => f.confidence === 'high'),
        line,
      ).toBe(true);
  });
});
