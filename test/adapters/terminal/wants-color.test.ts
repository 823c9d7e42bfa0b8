import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../../src/adapters/terminal/index.js';

describe('wantsColor', () => {
  it('colours a terminal, and nothing else', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });

  it('leaves colour out when NO_COLOR is set to anything, as no-color.org asks, but not when it is empty', () => {
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: 'false' })).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
  });
});
