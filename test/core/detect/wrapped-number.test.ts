import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, highIds, readInPieces } from '../../helpers/detect.js';
import { breakLines, wrapWords } from '../../helpers/texts.js';

describe('an error number a wrap put on the line under its keyword', () => {
  it("reads Python's errno under `[Errno` when a wrap between words broke the line (c191-002, c50-015)", () => {
    for (const id of ['c191-002', 'c50-015']) {
      const paste = corpusPaste(id);
      expect(highIds(paste), id).toEqual(['11001']);
      expect(highIds(wrapWords(paste)), id).toEqual(['11001']);
    }
  });

  it("reads an errno after `errno =`, Db2's code after its label and MySQL's after a quoted host (c189-018, c130-001, c13-115)", () => {
    for (const id of ['c189-018', 'c130-001', 'c13-115']) {
      const paste = corpusPaste(id);
      expect(highIds(wrapWords(paste)), id).toEqual(highIds(paste));
      expect(highIds(paste), id).not.toEqual([]);
    }
  });

  it("reads what a number must be followed by across a wrap's break: asyncio's `[Errno 111]` / `Connect call failed` (c31-005)", () => {
    // 80 columns end right after `[Errno 111] `; a wrap between words ends it after `[Errno 111]`.
    const paste = corpusPaste('c31-005');
    expect(highIds(paste)).toEqual(['10061']);
    expect(highIds(breakLines(paste))).toEqual(['10061']);
    const words = `${'x'.repeat(55)} failed: [Errno 111]\nConnect call failed ('10.0.0.5', 6053)`;
    expect(highIds(words)).toEqual(['10061']);
  });

  it('reads it the same in a stream', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const text = `${wrapWords(corpusPaste('c191-002'))}\n${'INFO: a line of a long log\n'.repeat(3000)}`;
    for (const size of [64, 4099]) expect(readInPieces(detect, text, size)).toEqual(detect(text));
    expect(detect(text).map((f) => `${f.id}@${f.confidence}`)).toContain('11001@high');
  });

  it("reads no number from a log's next line that a line's next word would have fitted after", () => {
    // The line under `error code:` is a record of its own: its first word fitted on the line above.
    const text = `${'w'.repeat(40)} request failed, error code:\n111 retries left`;
    expect(anyIds(text)).toEqual([]);
    // Nor a number under a line that no wrap broke (not even one of a text's first lines).
    expect(anyIds('upstream failed with errno\n111')).toEqual([]);
  });
});
