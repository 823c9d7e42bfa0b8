import { describe, expect, it } from 'vitest';
import { growingPercentGiven } from '../../src/app/tune-heap.js';

describe('growingPercentGiven', () => {
  it('sees a growing percent given on node’s command line, in either spelling', () => {
    expect(growingPercentGiven(['--max-semi-space-size=8', '--heap-growing-percent=70'])).toBe(true);
    expect(growingPercentGiven(['--heap_growing_percent=50'])).toBe(true);
  });

  it('leaves the choice to sockerr when the command line gives none, or only a flag with a like name', () => {
    expect(growingPercentGiven(['--max-semi-space-size=4', '--enable-source-maps'])).toBe(false);
    expect(growingPercentGiven(['--heap-growing-percentage=70'])).toBe(false);
    expect(growingPercentGiven([])).toBe(false);
  });
});
