import { describe, expect, it } from 'vitest';
import { createDetector, type Detector } from '../../../../src/core/index.js';
import { createPasteStream } from '../../../../src/core/reply/paste/paste-stream.js';
import { realData } from '../../../helpers/core.js';
import { pushInPieces } from '../../../helpers/texts.js';

let built: Detector | undefined;
const detector = () => {
  built ??= createDetector(realData().catalog.entries, realData().rules);
  return built;
};

/** The longest text the detector's stream held at once while the paste stream read `text`. */
function longestHeld(text: string, size = 1 << 16): number {
  const paste = createPasteStream();
  let longest = 0;
  const stream = detector().stream((region) => {
    longest = Math.max(longest, region.text.length);
    return paste.region(region);
  });
  pushInPieces(stream, text, size);
  paste.end(stream.end());
  return longest;
}

const MB = 1 << 20;
/** Far below the texts (4 MB), far above what one step reads (126 KB) and the paste stream keeps. */
const BOUND = 600_000;

describe('a log read piece by piece', () => {
  it.each([
    ['one line that never ends', `connect ECONNREFUSED 10.0.0.5:5432 ${'x'.repeat(4 * MB)}`],
    [
      'lines without a timestamp, as one record',
      `Error: read ECONNRESET\n${'    at frame\n'.repeat(MB / 3)}`,
    ],
    ['short lines that never show a timestamp', 'hello, a plain line of text\n'.repeat(MB / 7)],
    [
      'random bytes read as text',
      Array.from({ length: 4 * MB }, (_, i) => String.fromCharCode((i * 7919) % 251)).join(''),
    ],
  ])('keeps bounded text, whatever the log: %s', (_label, text) => {
    expect(longestHeld(text)).toBeLessThan(BOUND);
  });
});
