import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passOverLines } from '../../../../src/core/reply/paste/pass-over-lines.js';
import { NEAR_LINES } from '../../../../src/core/reply/paste/same-failure.js';

/** Every line stepped over, as the paste stream did: the count and the ring exact. */
function stepOver(text: string, base: number, from: number, to: number, ring: number[], index: number) {
  let pos = from;
  let count = index;
  while (pos < to) {
    ring[count++ % ring.length] = pos;
    pos = base + text.indexOf('\n', pos - base) + 1;
  }
  return count;
}

const lines = fc.array(fc.stringMatching(/^[a-z ]{0,6}$/), { minLength: 1, maxLength: 40 });

describe('lines passed over unread', () => {
  it('keep the last line starts, and the count exact or, past the ring, more than NEAR_LINES lines', () => {
    fc.assert(
      fc.property(lines, fc.nat(), fc.nat(), fc.nat(50), fc.nat(9), (parts, a, b, base, index) => {
        const text = `${parts.join('\n')}\n`;
        const starts = [0];
        for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1))
          starts.push(i + 1);
        starts.push(text.length);
        const [i, j] = [a % starts.length, b % starts.length].sort((x, y) => x - y) as [number, number];
        const from = base + (starts[i] as number);
        const to = base + (starts[j] as number);
        const ring = [-1, -1, -1, -1, -1];
        const exact = [-1, -1, -1, -1, -1];
        const count = passOverLines(text, base, from, to, ring, index);
        const exactCount = stepOver(text, base, from, to, exact, index);
        const passed = j - i;
        if (passed <= ring.length + 1) expect(count).toBe(exactCount);
        else expect(count - index).toBeGreaterThan(NEAR_LINES);
        expect(count).toBeLessThanOrEqual(exactCount);
        // The last lines passed over, each where the count puts it.
        for (let k = 1; k <= Math.min(passed, ring.length); k++)
          expect(ring[(count - k) % ring.length]).toBe(exact[(exactCount - k) % exact.length]);
      }),
    );
  });
});
