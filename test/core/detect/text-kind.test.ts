import { describe, expect, it } from 'vitest';
import type { DetectionIndex } from '../../../src/core/detect/build-index.js';
import { HINT_WINDOW } from '../../../src/core/detect/hint-words.js';
import { foldCode, isCjkCode, MAX_SPACE_RUN } from '../../../src/core/detect/keywords/match.js';
import { PATTERNS } from '../../../src/core/detect/patterns.js';
import { measureReach } from '../../../src/core/detect/reach.js';
import { createTextKind } from '../../../src/core/detect/text-kind.js';

/** The two parts of an index a text's kind reads, with reaches past the hints' window. */
const index = {
  longestHint: 16,
  reach: () => ({ ascii: 9_000, plain: 11_000, all: 20_000 }),
} as unknown as DetectionIndex;
const MARGIN = 2048;

describe('the kind of a streamed text', () => {
  it('widens its context from ASCII to text without CJK to any text, and never narrows it', () => {
    const kind = createTextKind(index);
    kind.see('GET /users 200');
    expect(kind.context()).toBe(Math.max(HINT_WINDOW + 16, 9_000) + MARGIN);
    expect(kind.most()).toBe(11_000 + MARGIN);
    kind.see('Verbindung zurückgesetzt → erneut');
    expect(kind.context()).toBe(11_000 + MARGIN);
    kind.see('plain again');
    expect(kind.context()).toBe(11_000 + MARGIN);
    kind.see('由于目标计算机积极拒绝');
    expect(kind.context()).toBe(20_000 + MARGIN);
    expect(kind.most()).toBe(20_000 + MARGIN);
    kind.see('ASCII after it');
    expect(kind.context()).toBe(20_000 + MARGIN);
  });

  it('is wide from the first character past Latin-1 on, which V8 holds in two bytes', () => {
    const kind = createTextKind(index);
    kind.see('café, Grüße, señor');
    expect(kind.wide()).toBe(false);
    kind.see('done ✓');
    expect(kind.wide()).toBe(true);
    kind.see('plain');
    expect(kind.wide()).toBe(true);
  });
});

describe('the CJK characters a text is told by', () => {
  it('are every code unit that compares as a CJK character, and no other', () => {
    // A text without one cannot match a keyword's CJK character, so no gap between two can stretch it.
    for (let u = 0; u < 65536; u++) {
      const c = String.fromCharCode(u);
      expect(PATTERNS.cjk.test(c), u.toString(16)).toBe(isCjkCode(u));
      if (isCjkCode(foldCode(u))) expect(isCjkCode(u), u.toString(16)).toBe(true);
    }
  });
});

describe('the reach of mentions', () => {
  it('counts a gap between two CJK characters only where a text may hold them', () => {
    const gap = MAX_SPACE_RUN + 1;
    const reach = measureReach(['abc def', 'соединение сброшено', '连接被拒绝']);
    expect(reach.ascii).toBe(7 + gap);
    // A text without CJK characters cannot hold `连接被拒绝`, nor a console's wrap inside it.
    expect(reach.plain).toBe(19 + gap);
    expect(reach.all).toBe(5 + 4 * gap);
  });
});
