import { describe, expect, it } from 'vitest';
import { matchLoose } from '../../../src/core/detect/loose.js';
import { setUniqueEnds } from '../../../src/core/detect/unique-ends.js';

const PROTOCOL =
  'the requested protocol has not been configured into the system or no implementation for it exists';
const FAMILY =
  'the protocol family has not been configured into the system or no implementation for it exists';

function infoOf(id: string) {
  return { loose: true, ids: [id], uniqueFrom: 0, uniqueBack: 0 };
}

describe('how much of a loose message a cut text must keep', () => {
  it('asks a text cut at either end to keep one character more than another error shares', () => {
    const messages = new Map([
      [PROTOCOL, infoOf('10043')],
      [FAMILY, infoOf('10046')],
    ]);
    setUniqueEnds(messages);
    const shared = ' has not been configured into the system or no implementation for it exists'.length;
    expect(messages.get(PROTOCOL)?.uniqueBack).toBe(shared + 1);
    expect(messages.get(PROTOCOL)?.uniqueFrom).toBe('the '.length + 1);
  });

  it('does not compare a message with another text of the same error', () => {
    const messages = new Map([
      [PROTOCOL, infoOf('10043')],
      [`${PROTOCOL} now`, infoOf('10043')],
    ]);
    setUniqueEnds(messages);
    expect(messages.get(PROTOCOL)).toMatchObject({ uniqueFrom: 1, uniqueBack: 1 });
  });

  it('reads a text that starts inside the message only when it keeps what names it alone', () => {
    const text = 'Error: has not been configured into the system or no implementation for it exists';
    const anchorAt = text.indexOf('implementation');
    const offset = PROTOCOL.indexOf('implementation');
    const target = (uniqueBack: number) => ({ key: PROTOCOL, uniqueFrom: 1, uniqueBack });
    expect(matchLoose(text, target(1), offset, anchorAt)).toEqual({
      start: 7,
      end: text.length,
      // Three quarters of the message kept: as sure as the whole (loose.ts, keepsMost).
      sure: true,
    });
    expect(matchLoose(text, target(78), offset, anchorAt)).toBeNull();
  });
});
