import { describe, expect, it } from 'vitest';
import { createShareOnce } from '../../../src/adapters/slack/share-once.js';

describe('createShareOnce', () => {
  it('runs the presses of one button on one message once, while the first runs and after it shared', async () => {
    let now = 0;
    const shareOnce = createShareOnce({ now: () => now });
    let runs = 0;
    const share = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return true;
    };
    await Promise.all([shareOnce('C1:1.0:en:10054', share), shareOnce('C1:1.0:en:10054', share)]);
    await shareOnce('C1:1.0:en:10054', share);
    expect(runs).toBe(1);
    await shareOnce('C1:2.0:en:10054', share);
    expect(runs).toBe(2);
    now += 61_000;
    await shareOnce('C1:1.0:en:10054', share);
    expect(runs).toBe(3);
  });

  it('forgets a share that failed, so pressing again tries again', async () => {
    const shareOnce = createShareOnce();
    const outcomes = [false, true];
    let runs = 0;
    const share = async () => outcomes[runs++] ?? true;
    await shareOnce('C1:1.0:en:10054', share);
    await shareOnce('C1:1.0:en:10054', share);
    await shareOnce('C1:1.0:en:10054', share);
    expect(runs).toBe(2);
  });

  it('runs every press of a message it cannot name', async () => {
    const shareOnce = createShareOnce();
    let runs = 0;
    const share = async () => {
      runs += 1;
      return true;
    };
    await shareOnce(undefined, share);
    await shareOnce(undefined, share);
    expect(runs).toBe(2);
  });
});
