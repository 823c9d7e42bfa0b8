import { describe, expect, it } from 'vitest';
import { createStallWatch } from '../../../../src/infra/store/redis/stall-watch.js';

describe('createStallWatch', () => {
  const watch = () => {
    let now = 0;
    let givenUp = 0;
    const stall = createStallWatch(
      10_000,
      () => (givenUp += 1),
      () => now,
    );
    return { stall, at: (ms: number) => (now = ms), givenUp: () => givenUp };
  };

  it('gives a connection up once nothing sent over 10 s has been answered, counted from the oldest', () => {
    const { stall, at, givenUp } = watch();
    at(1_500);
    stall.unanswered(0);
    at(9_500);
    stall.unanswered(8_000);
    expect(givenUp()).toBe(0);
    at(10_000);
    stall.unanswered(8_500);
    expect(givenUp()).toBe(1);
    // The next connection is judged afresh.
    at(11_500);
    stall.unanswered(10_000);
    expect(givenUp()).toBe(1);
  });

  it('keeps a connection that answered meanwhile, even with an error, however slow a command was', () => {
    const { stall, at, givenUp } = watch();
    at(1_500);
    stall.unanswered(0);
    stall.answered();
    at(30_000);
    stall.unanswered(28_500);
    expect(givenUp()).toBe(0);
  });
});
