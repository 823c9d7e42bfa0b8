import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, highIds } from '../../helpers/detect.js';
import { breakLines } from '../../helpers/texts.js';

describe("a record's key read across a console's break", () => {
  it("reads CFNetwork's stream error when a console broke the domain key that says it is POSIX's (c5-058…c5-061)", () => {
    // 80 columns cut `_kCFStre` / `amErrorDomainKey=1}}` (c5-058), `…=1` / `}}`, `_kCFStreamErrorDomai` / `nKey=1`.
    for (const id of ['c5-058', 'c5-059', 'c5-060', 'c5-061']) {
      const paste = corpusPaste(id);
      expect(highIds(breakLines(paste)), id).toEqual(highIds(paste));
      expect(highIds(paste), id).not.toEqual([]);
    }
  });

  it('joins no break that ends a line of another width', () => {
    // The domain key's `=1}` is split by a break after a 104-column line: no console's, no POSIX domain read.
    const text = `${'x'.repeat(40)} UserInfo={_kCFStreamErrorCodeKey=61, _kCFStreamErrorDomainKey=1\n}}`;
    expect(text.indexOf('\n')).toBe(104);
    expect(anyIds(text)).toEqual([]);
  });
});
