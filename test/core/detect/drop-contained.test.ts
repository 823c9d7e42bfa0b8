import { describe, expect, it } from 'vitest';
import { dropContained } from '../../../src/core/detect/drop-contained.js';
import type { MessageMention } from '../../../src/core/detect/message-mention.js';

function mention(over: Partial<MessageMention>): MessageMention {
  return {
    ids: ['10057'],
    start: 0,
    end: 11,
    confidence: 'medium',
    context: {},
    lowered: false,
    variant: 'message',
    ...over,
  };
}

describe('dropContained', () => {
  it('keeps the longer of two mentions that start together', () => {
    const short = mention({ ids: ['10054'], end: 16, variant: 'message' });
    const long = mention({ ids: ['10054'], end: 24, variant: 'message' });
    expect(dropContained([short, long])).toEqual([long]);
  });

  it("lets an application's own wording win over a message read on exactly the same characters", () => {
    const loose = mention({ confidence: 'medium' });
    const own = mention({ ids: [], confidence: 'low', variant: 'not-error' });
    expect(dropContained([loose, own])).toEqual([own]);
    expect(dropContained([own, loose])).toEqual([own]);
  });

  it('keeps a message that reaches past the wording', () => {
    const loose = mention({ end: 12 });
    const own = mention({ ids: [], confidence: 'low', variant: 'not-error' });
    expect(dropContained([own, loose])).toEqual([loose]);
  });
});
